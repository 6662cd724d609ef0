import { useTranslation } from 'react-i18next';
import type { ServiceOutcomes } from '../../domain/service-outcomes';
import { OutcomesTable } from './OutcomesTable';

/** The figures, or `empty` when there is no goal at all. */
export function OutcomesFigures({ outcomes, empty }: { outcomes: ServiceOutcomes; empty: string }) {
  const { t } = useTranslation('outcomes');
  if (outcomes.total.goals === 0) {
    return (
      <p className="nhsuk-body" data-testid="outcomes-empty">
        {empty}
      </p>
    );
  }
  return (
    <>
      <p className="nhsuk-body" data-testid="outcomes-summary">
        {t('summary', { count: outcomes.total.goals, rated: outcomes.total.rated })}
      </p>
      <OutcomesTable outcomes={outcomes} />
    </>
  );
}
