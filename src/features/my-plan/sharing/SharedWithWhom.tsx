import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { sectionsOf, sharedList } from '../../../domain/carer-sharing';
import { useSharing, type CarerSharing } from './use-sharing';

/**
 * "Who can see my plan" on the home (issue #8 items 5–6): for each carer, in one line,
 * what they can see, and who decided it. A young person sees every carer; a carer sees
 * only their own line, since the other carers' choices are not theirs to know, and never
 * a practitioner's reason (it can be a safeguarding matter about them). Uses only
 * the `my-sharing` and `common` namespaces, which the home loads up front.
 */
export function SharedWithWhom({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['my-sharing', 'common']);
  const data = useSharing(caseId);
  if (data === undefined || !data.account || data.role === null) return null;
  const you = data.account.userId;
  const carers = data.role === 'carer' ? data.carers.filter((c) => c.userId === you) : data.carers;
  const headingId = `shared-with-whom-${caseId}`;
  return (
    <section aria-labelledby={headingId} data-testid="shared-with-whom">
      <h3 className="nhsuk-heading-s" id={headingId}>
        {t('summary.heading')}
      </h3>
      {carers.length === 0 ? (
        <p className="nhsuk-body">{t('summary.nobody')}</p>
      ) : (
        <ul className="nhsuk-list">
          {carers.map((c) => (
            <li key={c.userId} data-testid="shared-with-whom-carer">
              <CarerLine carer={c} forCarer={data.role === 'carer'} t={t} />
            </li>
          ))}
        </ul>
      )}
      <p className="nhsuk-body">
        <Link to="/my-plan/sharing">
          {data.role === 'carer' ? t('summary.linkCarer') : t('summary.link')}
        </Link>
      </p>
    </section>
  );
}

function CarerLine({
  carer,
  forCarer,
  t,
}: {
  carer: CarerSharing;
  forCarer: boolean;
  t: TFunction<['my-sharing', 'common']>;
}) {
  const shared = sharedList(sectionsOf(carer.settings));
  const name = carer.relationship;
  const what =
    shared.length === 0
      ? t(forCarer ? 'summary.youNothing' : 'summary.nothing', { name })
      : t(forCarer ? 'summary.youCanSee' : 'summary.canSee', {
          name,
          list: shared.map((s) => t(`section.${s}.${forCarer ? 'theirs' : 'short'}`)).join(', '),
        });
  const byPractitioner = carer.settings?.['decidedBy'] === 'practitioner';
  const reason = String(carer.settings?.['reason'] ?? '').trim();
  return (
    <>
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">{what}</p>
      {carer.settings && (
        <p className="nhsuk-body-s">
          {byPractitioner
            ? forCarer
              ? t('summary.careTeamDecided')
              : reason
                ? t('summary.practitionerDecidedWhy', { reason })
                : t('summary.practitionerDecided')
            : t(forCarer ? 'summary.youngPersonDecided' : 'summary.youDecided')}
        </p>
      )}
    </>
  );
}
