import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord } from '../../db';
import type { SessionRecord } from '../../domain';
import { formatCalendarDate } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { CurrentViewPart } from './current-view/CurrentViewPart';
import { FromYoungPerson } from './from-young-person/FromYoungPerson';
import { GoalsPart } from './goals/GoalsPart';
import { GroupingPart } from './grouping/GroupingPart';
import { OptionsPart } from './options/OptionsPart';
import { RespectPart } from './respect/RespectPart';
import { SafetyPlanPart } from './safety-plan/SafetyPlanPart';
import { SessionCaseNotFound } from './SessionCaseNotFound';
import { SessionNav } from './SessionNav';
import { isSessionPart, type SessionPart, type SessionPartProps } from './session-part';
import { SummaryPart } from './summary/SummaryPart';
import './session.scss';

const PART_SCREENS: Record<SessionPart, (props: SessionPartProps) => React.ReactNode> = {
  respect: RespectPart,
  'current-view': CurrentViewPart,
  grouping: GroupingPart,
  options: OptionsPart,
  goals: GoalsPart,
  'safety-plan': SafetyPlanPart,
  summary: SummaryPart,
};

/**
 * A session with the young person: one part at a time (RESPECT, Current View, the
 * grouping, comparing options, goals, the safety plan, the summary) with the parts listed beside it, in any order. Everything is on
 * this device, so the whole session works offline; each part keeps what is typed as a
 * draft until it is saved.
 */
export function SessionPage() {
  const { t, i18n } = useTranslation(['session', 'common', 'young-person-notes']);
  const { caseId, sessionId, part } = useParams();
  const caseRecord = useRecord('case', caseId);
  const session = useRecord('session', sessionId);
  const current: SessionPart = isSessionPart(part) ? part : 'respect';
  const name = caseRecord ? String(caseRecord.preferredName) : '';
  usePageTitle(
    caseRecord ? t('page.title', { name, part: t(`parts.${current}`) }) : t('notFound'),
    t('common:appName'),
  );

  if (caseRecord === undefined || session === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (
    !caseId ||
    caseRecord === null ||
    caseRecord.deleted ||
    session === null ||
    session.deleted ||
    session.caseId !== caseId ||
    (part !== undefined && !isSessionPart(part))
  ) {
    return <SessionCaseNotFound />;
  }
  const Part = PART_SCREENS[current];
  const status = String(session.status);
  return (
    <>
      <p className="nhsuk-body session-back">
        <Link to={`/practitioner/cases/${caseId}`}>{t('backToCase')}</Link>
      </p>
      <span className="nhsuk-caption-l">
        {t('page.caption', { name, date: formatCalendarDate(String(session.date), i18n.language) })}
        {' · '}
        {t(`status.${status}`)}
      </span>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t(`parts.${current}`)}
      </h1>
      <FromYoungPerson caseId={caseId} session={session} />
      <div className="session-layout">
        <SessionNav caseId={caseId} sessionId={session.id} current={current} />
        <div className="session-layout__part">
          <Part caseId={caseId} session={session as SessionRecord} />
        </div>
      </div>
    </>
  );
}
