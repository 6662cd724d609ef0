import { useTranslation } from 'react-i18next';
import { useRecord } from '../../../db';
import { CarerSharingForm } from './CarerSharingForm';
import { SectionsList } from './SectionsList';
import { sectionsOf } from '../../../domain/carer-sharing';
import type { CarerSharing } from './use-sharing';

/**
 * The young person's part of /my-plan/sharing: what sharing means, then per carer either
 * their choice (a form) or, where a practitioner decided, that decision read-only. The
 * server refuses a young person's change to a practitioner's decision, so the form would
 * only fail later: the page says who to talk to instead.
 */
export function YoungPersonSharing({
  caseId,
  carers,
  level,
}: {
  caseId: string;
  carers: CarerSharing[];
  level: 2 | 3;
}) {
  const { t } = useTranslation('my-sharing');
  return (
    <>
      <div className="nhsuk-inset-text" data-testid="sharing-explained">
        <p className="nhsuk-body">{t('explain.choose')}</p>
        <p className="nhsuk-body">{t('explain.onlyTicked')}</p>
        <p className="nhsuk-body">{t('explain.nextConnect')}</p>
        <p className="nhsuk-body">{t('explain.checked')}</p>
        <p className="nhsuk-body nhsuk-u-margin-bottom-0">{t('explain.careTeam')}</p>
      </div>
      {carers.length === 0 ? (
        <p className="nhsuk-body" data-testid="sharing-nobody">
          {t('summary.nobody')}
        </p>
      ) : (
        carers.map((carer) =>
          carer.settings?.['decidedBy'] === 'practitioner' ? (
            <PractitionerDecided key={carer.userId} carer={carer} level={level} />
          ) : (
            <CarerSharingForm key={carer.userId} caseId={caseId} carer={carer} level={level} />
          ),
        )
      )}
    </>
  );
}

function PractitionerDecided({ carer, level }: { carer: CarerSharing; level: 2 | 3 }) {
  const { t } = useTranslation('my-sharing');
  const Heading = level === 2 ? 'h2' : 'h3';
  const settings = carer.settings;
  // A young person's phone gets staff user records, but it may not have synced yet.
  const decider = useRecord('user', settings?.updatedBy);
  const name =
    decider && typeof decider['displayName'] === 'string' && decider['displayName'] !== ''
      ? decider['displayName']
      : t('decided.yourPractitioner');
  const reason = String(settings?.['reason'] ?? '').trim();
  return (
    <div className="nhsuk-card" data-testid="sharing-practitioner-decided">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-m">
          {t('form.heading', { name: carer.relationship })}
        </Heading>
        <p className="nhsuk-body">
          <strong>{t('decided.title')}</strong>
        </p>
        <p className="nhsuk-body">{t('decided.who', { name })}</p>
        {reason !== '' && <p className="nhsuk-body">{t('decided.reason', { reason })}</p>}
        <SectionsList sections={sectionsOf(settings)} who="young-person" />
        <p className="nhsuk-body nhsuk-u-margin-bottom-0">{t('decided.talk')}</p>
      </div>
    </div>
  );
}
