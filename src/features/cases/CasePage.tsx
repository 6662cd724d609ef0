import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseRecords, useRecord } from '../../db';
import { formatCalendarDate } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConflictsSection } from './ConflictsSection';
import { GroupingTag } from './GroupingTag';
import { RefusedSection } from './RefusedSection';
import { CaseNotFound } from './CaseNotFound';
import './cases.scss';

/**
 * A case: its details, anything saved differently on two devices, the agreed grouping,
 * and inviting the young person and family. Works offline, like every case screen; the
 * sessions, goals, option grids and safety plan of later issues join this page.
 */
export function CasePage() {
  const { t, i18n } = useTranslation(['cases', 'common']);
  const { caseId } = useParams();
  const record = useRecord('case', caseId);
  const decisions = useCaseRecords('grouping-decision', caseId);
  const name = record ? String(record.preferredName) : '';
  usePageTitle(record ? name : t('case.notFound'), t('common:appName'));

  if (record === undefined) return <Loading label={t('common:loading')} />;
  if (record === null || record.deleted) {
    return <CaseNotFound />;
  }
  const latest = decisions
    ?.slice()
    .sort((a, b) => (String(a.agreedOn) < String(b.agreedOn) ? 1 : -1))[0];
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const involved = Array.isArray(record.involved)
    ? (record.involved as { name: string; relationship: string }[])
    : [];
  const rows: [string, string][] = [
    ['case.preferredName', name],
    ['case.age', text(record.ageBand) ? t(`ageBands.${String(record.ageBand)}`) : t('case.none')],
    [
      'case.dateOfBirth',
      text(record.dateOfBirth)
        ? formatCalendarDate(String(record.dateOfBirth), i18n.language)
        : t('case.none'),
    ],
    ['case.pronouns', text(record.pronouns) ?? t('case.none')],
    [
      'case.involved',
      involved.length > 0
        ? involved.map((p) => `${p.name} (${p.relationship})`).join(', ')
        : t('case.none'),
    ],
    [
      'case.nextReview',
      text(record.nextReviewOn)
        ? formatCalendarDate(String(record.nextReviewOn), i18n.language)
        : t('caseload.noReview'),
    ],
  ];

  return (
    <>
      <p className="nhsuk-body">
        <Link to="/practitioner">{t('case.backToCaseload')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1} data-testid="case-name">
        {name}
      </h1>
      <RefusedSection caseId={record.id} />
      <ConflictsSection caseId={record.id} />
      <h2 className="nhsuk-heading-m">{t('case.grouping')}</h2>
      <p className="nhsuk-body">
        <GroupingTag grouping={latest ? String(latest.grouping) : undefined} />
      </p>
      <h2 className="nhsuk-heading-m">{t('case.details')}</h2>
      <dl className="nhsuk-summary-list" data-testid="case-details">
        {rows.map(([label, value]) => (
          <div className="nhsuk-summary-list__row" key={label}>
            <dt className="nhsuk-summary-list__key">{t(label)}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <Link
        className="nhsuk-button nhsuk-button--secondary"
        to={`/practitioner/cases/${record.id}/edit`}
      >
        {t('case.changeDetails')}
      </Link>
      <h2 className="nhsuk-heading-m">{t('case.family')}</h2>
      <p className="nhsuk-body">{t('case.familyLead', { name })}</p>
      <Link
        className="nhsuk-button nhsuk-button--secondary"
        to={`/practitioner/cases/${record.id}/invite`}
      >
        {t('case.invite')}
      </Link>
      <div className="nhsuk-inset-text">
        <p className="nhsuk-body">{t('case.comingLater')}</p>
      </div>
    </>
  );
}
