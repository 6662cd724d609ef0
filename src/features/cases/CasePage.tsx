import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RESPECT_CONTENT } from '../../content';
import { useCaseOverview, type CaseOverview } from '../../db';
import { bestPracticeChecklist, respectCoverage } from '../../domain';
import { formatCalendarDate, todayOnDevice } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConflictsSection } from './ConflictsSection';
import { RefusedSection } from './RefusedSection';
import { CaseNotFound } from './CaseNotFound';
import { BestPracticeSection } from './overview/BestPracticeSection';
import { goalDaysOf } from './overview/checklist-words';
import { CurrentGrouping } from './overview/CurrentGrouping';
import { GoalsSection } from './overview/GoalsSection';
import { RespectCoverageSection } from './overview/RespectCoverageSection';
import { SessionButton } from './overview/SessionButton';
import { buildTimeline } from './overview/timeline';
import { Timeline } from './overview/Timeline';
import './cases.scss';

/** What the overview derives from the record: pure rules over one read of the case. */
function derive(overview: CaseOverview, today: string) {
  return {
    timeline: buildTimeline(overview),
    coverage: respectCoverage(RESPECT_CONTENT, overview.respectItems),
    checklist: bestPracticeChecklist(overview, { today }),
    goalDays: goalDaysOf(overview.goals),
  };
}

/**
 * A case's overview: the session to start or continue, anything refused or saved
 * differently on two devices, the agreed grouping with its reasons and everyone's view,
 * THRIVE's best-practice checklist, the timeline, RESPECT across sessions, the details,
 * and inviting the young person and family. One live read of the case (useCaseOverview)
 * feeds it all, so the page shows one consistent state and works offline.
 */
export function CasePage() {
  // 'respect' too: its words load with the page's, not after it (RespectCoverageSection).
  const { t, i18n } = useTranslation(['cases', 'common', 'respect', 'case-sharing']);
  const { caseId } = useParams();
  const overview = useCaseOverview(caseId);
  const record = overview?.record;
  const name = record ? String(record.preferredName) : '';
  usePageTitle(record ? name : t('case.notFound'), t('common:appName'));
  const today = todayOnDevice();
  const derived = useMemo(
    () => (overview ? derive(overview, today) : undefined),
    [overview, today],
  );

  if (overview === undefined) return <Loading label={t('common:loading')} />;
  if (overview === null || !record || !derived) {
    return <CaseNotFound />;
  }
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
    ['case.understanding', text(record.understanding) ?? t('case.none')],
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
      <SessionButton caseId={record.id} inProgress={overview.inProgressSession !== undefined} />
      <RefusedSection caseId={record.id} />
      <ConflictsSection caseId={record.id} />
      <CurrentGrouping caseId={record.id} name={name} decision={overview.latestDecision} />
      <BestPracticeSection
        caseId={record.id}
        checklist={derived.checklist}
        goalDays={derived.goalDays}
      />
      <GoalsSection caseId={record.id} goals={overview.goals} ratings={overview.goalRatings} />
      <Timeline caseId={record.id} entries={derived.timeline} />
      <RespectCoverageSection coverage={derived.coverage} />
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
      </Link>{' '}
      <Link
        className="nhsuk-button nhsuk-button--secondary"
        to={`/practitioner/cases/${record.id}/sharing`}
      >
        {t('case-sharing:caseLink')}
      </Link>
    </>
  );
}
