/**
 * Keeps the copy of the young person's safety plan that stays readable while OurPlan is
 * locked (issue #10 item 3, src/db/open-safety-plan.ts) up to date: mounted by the app
 * frame while unlocked, for a young person who chose to keep the plan open. It follows
 * the plan live, so a change made in a session and synced here is in the copy at once,
 * whether or not the plan screen is opened. Renders nothing.
 */
import { useEffect, useMemo } from 'react';
import { useCaseload, useSignedInAccount, saveOpenPlan, localStore } from '../../../db';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSafetyPlanOpen } from '../../../db/lock-settings';
import { useSafetyPlan } from '../../../db/safety-plans';
import { datesOfPlan, viewOfRecords } from '../../../ui/safety-plan/bundle-view';

function KeepOne({ caseId, name, userId }: { caseId: string; name: string; userId: string }) {
  const bundle = useSafetyPlan(caseId);
  const copy = useMemo(
    () =>
      bundle?.plan
        ? { caseId, name, view: viewOfRecords(bundle), ...datesOfPlan(bundle.plan) }
        : undefined,
    [bundle, caseId, name],
  );
  useEffect(() => {
    if (copy) void saveOpenPlan(localStore().db, userId, copy).catch(() => undefined);
  }, [copy, userId]);
  return null;
}

export default function OpenPlanKeeper() {
  const account = useSignedInAccount();
  const cases = useCaseload();
  const open = useLiveQuery(
    async () => (account ? readSafetyPlanOpen(localStore().db, account.userId) : false),
    [account],
  );
  if (!account || !cases || !open || !account.roles.includes('young-person')) return null;
  return (
    <>
      {cases.map(({ record }) => (
        <KeepOne
          key={record.id}
          caseId={record.id}
          name={String(record['preferredName'] ?? '')}
          userId={account.userId}
        />
      ))}
    </>
  );
}
