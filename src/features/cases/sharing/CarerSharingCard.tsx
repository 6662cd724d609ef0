import { useRecord } from '../../../db';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format-date';
import { CarerSharingForm } from './CarerSharingForm';
import { SECTIONS, sectionsOf, type CaseCarer } from '../../../domain/carer-sharing';

/** One carer: what they can see now and who decided, then the form to change it. */
export function CarerSharingCard({
  caseId,
  youngPerson,
  carer,
}: {
  caseId: string;
  youngPerson: string;
  carer: CaseCarer;
}) {
  const { t, i18n } = useTranslation('case-sharing');
  const account = useRecord('user', carer.userId);
  const settings = carer.settings;
  const decider = useRecord('user', settings?.updatedBy);
  const displayName = typeof account?.['displayName'] === 'string' ? account['displayName'] : '';
  const heading = displayName
    ? t('carerHeading', { relationship: carer.relationship, name: displayName })
    : carer.relationship;
  const sections = sectionsOf(settings);
  const shared = SECTIONS.filter((s) => sections[s]).map((s) => t(`section.${s}.short`));
  const reason = String(settings?.['reason'] ?? '').trim();
  const deciderName =
    typeof decider?.['displayName'] === 'string' && decider['displayName'] !== ''
      ? decider['displayName']
      : t('current.aPractitioner');

  const rows: [string, string][] = [
    ['current.canSee', shared.length > 0 ? shared.join(', ') : t('current.nothing')],
    [
      'current.decidedBy',
      !settings
        ? t('current.notYet')
        : settings['decidedBy'] === 'practitioner'
          ? t('current.byPractitioner', { name: deciderName })
          : t('current.byYoungPerson', { name: youngPerson }),
    ],
  ];
  if (settings?.['decidedBy'] === 'practitioner') rows.push(['current.reason', reason]);
  if (settings) rows.push(['current.changed', formatDateTime(settings.updatedAt, i18n.language)]);

  return (
    <section
      className="nhsuk-card"
      aria-labelledby={`case-sharing-${carer.userId}`}
      data-testid="case-sharing-carer"
    >
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`case-sharing-${carer.userId}`}>
          {heading}
        </h2>
        <dl className="nhsuk-summary-list" data-testid="case-sharing-current">
          {rows.map(([label, value]) => (
            <div className="nhsuk-summary-list__row" key={label}>
              <dt className="nhsuk-summary-list__key">{t(label)}</dt>
              <dd className="nhsuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        <CarerSharingForm
          caseId={caseId}
          youngPerson={youngPerson}
          relationship={carer.relationship}
          carerUserId={carer.userId}
          settings={settings}
        />
      </div>
    </section>
  );
}
