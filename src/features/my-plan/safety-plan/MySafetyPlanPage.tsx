/**
 * "My safety plan" on the young person's and carer's phone, at /my-plan/safety-plan
 * (issue #7 items 2, 3 and 6): the crisis lines first ("If you need help now"), then the
 * plan, then a way to add to it in their own words.
 *
 * Design choices:
 * - Everything comes from this phone (IndexedDB): no network request, so it opens the
 *   same offline, on a bad signal, or while sync is failing.
 * - The crisis lines and the plan are separate parts, each behind its own error
 *   boundary: if the plan cannot be read the numbers still show (and the plan shown
 *   earlier in this visit, if any).
 * - All the words the screen needs are asked for at once, so they load together.
 * - If the person asked for a PIN before the plan shows (settings), the plan part waits
 *   for it; the crisis lines never do.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartBoundary } from '../../../ui/safety-plan/PartBoundary';
import { usePageTitle } from '../../../ui/usePageTitle';
import { HelpNow } from './HelpNow';
import { MyPlans } from './MyPlans';
import { PinGate } from './PinGate';
import { PlanProblem } from './PlanProblem';

export function MySafetyPlanPage() {
  const { t } = useTranslation([
    'my-safety-plan',
    'safety-plan-content',
    'crisis-contacts',
    'common',
  ]);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-xl" tabIndex={-1}>
        {t('title')}
      </h1>
      <HelpNow />
      <PartBoundary fallback={(retry) => <PlanProblem retry={retry} />}>
        <PinGate>
          <MyPlans />
        </PinGate>
      </PartBoundary>
      <p className="nhsuk-body">
        <Link to="/my-plan">{t('backToMyPlan')}</Link>
      </p>
    </>
  );
}
