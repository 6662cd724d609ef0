/**
 * The app frame's lock (issue #10): what a signed-in person's screens show while OurPlan
 * is locked, has no passcode yet, or is still finding out. Open screens (signposting,
 * signing in, joining) pass whatever the state; so does the young person's safety plan
 * when they chose to keep it open (OpenSafetyPlanScreen).
 *
 * The screens are a separate chunk, loaded only when someone is signed in, so the shell
 * carries neither Dexie nor the lock code.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Loading } from '../../ui/Spinner';
import { isOpenPath, lockState, SAFETY_PLAN_PATH, useLockState } from './lock-state';

const LockScreens = lazy(() => import('./LockScreens'));
const OpenPlanKeeper = lazy(() => import('../../features/my-plan/safety-plan/OpenPlanKeeper'));

let initStarted = false;

function startInit(): void {
  if (initStarted) return;
  initStarted = true;
  void import('./lock-runtime')
    .then((m) => m.initLock())
    .catch(() => {
      initStarted = false;
    });
}

export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useLockState();
  const { pathname } = useLocation();

  useEffect(() => {
    if (lockState() === 'checking') startInit();
  }, [state]);

  if (state === 'unlocked') {
    return (
      <>
        {children}
        {/* Its own boundary: loading it must never blank the screen being shown. */}
        <Suspense fallback={null}>
          <OpenPlanKeeper />
        </Suspense>
      </>
    );
  }
  if (state === 'signed-out' || isOpenPath(pathname)) return children;
  if (state === 'checking') return <Loading label={t('loading')} />;
  return <LockScreens state={state} safetyPlan={pathname === SAFETY_PLAN_PATH} />;
}
