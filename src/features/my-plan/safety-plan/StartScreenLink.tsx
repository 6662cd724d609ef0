/**
 * The start screen's "My safety plan" link (issue #7 item 3: the plan opens offline in one
 * tap from the start screen). Shown when this device holds a safety plan, the signed-in
 * person is a young person or carer, and their setting (src/db/safety-plan-start.ts) does
 * not hide it.
 *
 * Design choices:
 * - This module is loaded on demand by the start screen (React.lazy), only when the
 *   device remembers someone signed in: the app shell stays free of Dexie and zod, and
 *   loading this also warms the local store the plan itself needs. Once the link shows,
 *   the plan screen's code and words are fetched too, so the tap waits for nothing but the plan.
 * - It reads only the account, the setting and whether a live plan exists (a count, not
 *   the plan), and shows nothing if that read fails: the start screen must never break,
 *   and My plan still leads to the plan.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSafetyPlanOnStart } from '../../../db/safety-plan-start';

export default function StartScreenLink() {
  const { t, i18n } = useTranslation('my-safety-plan');
  const shown = useSafetyPlanOnStart();
  useEffect(() => {
    // Fetch the plan screen's code and words now, so the tap does not wait for them.
    if (!shown) return;
    void import('./route').catch(() => undefined);
    void i18n.loadNamespaces(['safety-plan-content', 'crisis-contacts']).catch(() => undefined);
  }, [shown, i18n]);
  if (!shown) return null;
  return (
    <p className="nhsuk-body" data-testid="start-safety-plan">
      <Link className="nhsuk-button" to="/my-plan/safety-plan">
        {t('startLink')}
      </Link>
    </p>
  );
}
