import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutcomeSummaries } from '../../db';
import { tallyOutcomes } from '../../domain/service-outcomes';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { OutcomesFigures } from './OutcomesFigures';
import { ReliableChangeExplained } from './ReliableChangeExplained';

/**
 * "Outcomes of my cases" (issue #6 item 6), at /practitioner/outcomes: Goals Based
 * Outcomes over every case on this device (the practitioner's and their teams'), by the
 * grouping each case has now. Worked out here from what has synced, so it works offline;
 * the rules are domain/service-outcomes.ts.
 */
export function PractitionerOutcomesPage() {
  const { t } = useTranslation(['outcomes', 'common']);
  usePageTitle(t('practitioner.title'), t('common:appName'));
  const input = useOutcomeSummaries();
  const outcomes = useMemo(
    () => input && tallyOutcomes(input.goals, input.groupingByCase),
    [input],
  );

  return (
    <>
      <p className="nhsuk-body">
        <Link to="/practitioner">{t('practitioner.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        <span className="nhsuk-caption-l">{t('practitioner.caption')}</span>
        {t('practitioner.title')}
      </h1>
      <p className="nhsuk-body">{t('practitioner.lead')}</p>
      {outcomes === undefined ? (
        <Loading label={t('common:loading')} />
      ) : (
        <OutcomesFigures outcomes={outcomes} empty={t('practitioner.empty')} />
      )}
      <p className="nhsuk-body-s" data-testid="outcomes-source">
        {t('practitioner.source')}
      </p>
      <ReliableChangeExplained />
    </>
  );
}
