import { useTranslation } from 'react-i18next';
import { PlanLogList } from './PlanLogList';
import { usePlanLog } from './use-plan-log';

/**
 * "Who has looked at or changed your plan" (RESPECT: Clarity): the server's audit log of
 * the case, which only the young person (and the care team) may see. Needs a connection;
 * offline it says so, and the rest of the page still works.
 */
export function PlanLog({ caseId, headingLevel }: { caseId: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation(['my-information', 'common']);
  const { state, retry } = usePlanLog(caseId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `plan-log-${caseId}`;
  return (
    <section aria-labelledby={headingId} data-testid="plan-log-section">
      <Heading className="nhsuk-heading-m" id={headingId}>
        {t('log.heading')}
      </Heading>
      <p className="nhsuk-body">{t('log.lead')}</p>
      {/* Only the short status lines are announced, not the whole list when it comes. */}
      <div role="status">
        {state.status === 'offline' && <p className="nhsuk-body">{t('log.offline')}</p>}
        {state.status === 'loading' && <p className="nhsuk-body">{t('log.loading')}</p>}
        {state.status === 'failed' && <p className="nhsuk-body">{t('log.failed')}</p>}
      </div>
      {state.status === 'failed' && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={retry}>
          {t('log.retry')}
        </button>
      )}
      {state.status === 'loaded' && <PlanLogList events={state.events} />}
    </section>
  );
}
