/**
 * The session part "Safety plan" (issue #7; THRIVE Getting Risk Support, domain/THRIVE.md
 * §1): the written safety plan drawn up with the young person and family. Starting it,
 * writing each section (or handing the tablet over so the young person writes in their
 * own words), the backup team and its coordinator, agreeing it with a date and who was
 * there, every agreed version with what changed, and sharing it only with consent.
 *
 * Design choices:
 * - Everything is on this device (useSafetyPlan reads IndexedDB), so the part works
 *   offline like the rest of the session; each form keeps a draft.
 * - The note that the plan's wording is example content a service must review is shown
 *   here, to practitioners, and never in the young person's hand-over screen (issue #7
 *   item 6).
 * - Starting a plan makes only the header (draft, no sections marked as the young
 *   person's yet); items, actions, versions and consents are records of their own.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { handOverPath, localStore, useRecord } from '../../../db';
import { useSafetyPlan } from '../../../db/safety-plans';
import { isPlanReviewDue } from '../../../domain/safety-plan';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import type { SessionPartProps } from '../session-part';
import { AgreeForm } from './AgreeForm';
import { PlanEditor } from './PlanEditor';
import { SharingSection } from './SharingSection';
import { VersionsSection } from './VersionsSection';
import './safety-plan-editor.scss';

export function SafetyPlanPart({ caseId, session }: SessionPartProps) {
  // Every namespace the part's pieces use, loaded before it first shows: a piece asking
  // for one later (the agreed version, drawn with the phone's plan view) would suspend the
  // whole session page, heading and all, while it loads.
  const { t, i18n } = useTranslation([
    'safety-plan',
    'safety-plan-content',
    'my-safety-plan',
    'account',
    'common',
  ]);
  const caseRecord = useRecord('case', caseId);
  const bundle = useSafetyPlan(caseId);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (bundle === undefined || !caseRecord) return <Loading label={t('common:loading')} />;
  const name = String(caseRecord.preferredName);
  const { plan, items, actions, versions, shares } = bundle;

  const start = async () => {
    setStarting(true);
    setFailure(undefined);
    try {
      await localStore().records.create('safety-plan', caseId, {
        status: 'draft',
        writtenByYoungPerson: [],
      });
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    } finally {
      setStarting(false);
    }
  };

  const date = (d: unknown) => formatCalendarDate(String(d), i18n.language);
  const reviewBy = typeof plan?.['reviewBy'] === 'string' ? plan['reviewBy'] : undefined;
  return (
    <div className="app-safety-plan-part">
      <p className="nhsuk-body-l">{t('part.intro', { name })}</p>
      <div className="nhsuk-inset-text" data-testid="example-content-note">
        <p className="nhsuk-body">{t('part.exampleContent')}</p>
      </div>
      {!plan ? (
        <>
          <p className="nhsuk-body">{t('part.none', { name })}</p>
          {failure && (
            <ErrorMessage role="alert" prefix={t('account:errorPrefix')}>
              {failure}
            </ErrorMessage>
          )}
          <button
            type="button"
            className="nhsuk-button"
            disabled={starting}
            onClick={() => void start()}
          >
            {t('part.start')}
          </button>
        </>
      ) : (
        <>
          <p className="nhsuk-body" data-testid="plan-status">
            {plan['status'] === 'agreed' && plan['agreedOn']
              ? reviewBy
                ? t('part.status.agreedReview', {
                    date: date(plan['agreedOn']),
                    review: date(reviewBy),
                  })
                : t('part.status.agreed', { date: date(plan['agreedOn']) })
              : t('part.status.draft')}
          </p>
          {isPlanReviewDue({ reviewBy }, todayOnDevice()) && (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">{t('part.reviewDue.title')}</h2>
              <p className="nhsuk-body">{t('part.reviewDue.text', { date: date(reviewBy) })}</p>
            </div>
          )}
          {session.status !== 'completed' && (
            <div className="nhsuk-inset-text">
              <p className="nhsuk-body">{t('handOver.offer', { name })}</p>
              <Link
                className="nhsuk-button nhsuk-button--secondary"
                to={handOverPath({ caseId, sessionId: session.id, part: 'safety-plan' })}
              >
                {t('handOver.start')}
              </Link>
            </div>
          )}
          <p className="nhsuk-body">
            <Link to={`/practitioner/cases/${caseId}/safety-plan/print`}>{t('part.print')}</Link>
          </p>
          <PlanEditor
            caseId={caseId}
            plan={plan}
            items={items}
            actions={actions}
            audience="practitioner"
          />
          <AgreeForm
            caseId={caseId}
            plan={plan}
            items={items}
            actions={actions}
            versions={versions}
          />
          <VersionsSection plan={plan} items={items} actions={actions} versions={versions} />
          <SharingSection caseId={caseId} planId={plan.id} shares={shares} />
        </>
      )}
    </div>
  );
}
