/**
 * What shows when the plan could not be read from this phone (issue #7 item 6): the copy
 * shown earlier in this visit, if there is one, with a note; otherwise a plain message.
 * Either way the crisis lines above stay, and "Try again" reads the plan again.
 */
import { useTranslation } from 'react-i18next';
import { PlanSections } from '../../../ui/safety-plan/PlanSections';
import { lastShownPlans } from './last-good-copy';
import { PlanStatus } from './PlanStatus';

export function PlanProblem({ retry }: { retry: () => void }) {
  const { t } = useTranslation('my-safety-plan');
  const copies = lastShownPlans();
  return (
    <section aria-labelledby="plan-problem-heading" data-testid="plan-problem">
      <h2 className="nhsuk-heading-l" id="plan-problem-heading">
        {t('plan.title')}
      </h2>
      <div className="nhsuk-warning-callout">
        <h3 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">{t('problem.important')} </span>
            {t('problem.title')}
          </span>
        </h3>
        <p className="nhsuk-body">
          {t(copies.length > 0 ? 'problem.showingCopy' : 'problem.noCopy')}
        </p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={retry}>
          {t('problem.retry')}
        </button>
      </div>
      {copies.map((copy) => (
        <section key={copy.caseId} aria-label={t('plan.titleFor', { name: copy.name })}>
          <PlanStatus dates={copy} />
          <PlanSections view={copy.view} headingLevel={3} />
        </section>
      ))}
    </section>
  );
}
