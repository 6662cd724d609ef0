import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { handOverPath, useHandOver } from '../../db/hand-over';
import { Loading } from '../../ui/Spinner';
import { LockGate } from '../lock/LockGate';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { StatusBar } from './StatusBar';
import { StorageProblemBanner } from './StorageProblemBanner';

/**
 * The frame of every screen: skip link, header, save status, messages about updates and
 * storage, the screen itself, footer. After a navigation, focus moves to the new
 * screen's heading so screen reader users hear where they are.
 *
 * In hand-over mode (src/db/hand-over.ts) the frame has no way out: the header and footer
 * lose their links, and any other address leads back to the hand-over screen.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const handOver = useHandOver();
  const lockedTo = handOver ? handOverPath(handOver) : undefined;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  return (
    <div className="app-shell">
      <a className="nhsuk-skip-link" href="#maincontent">
        {t('skipLink')}
      </a>
      <AppHeader locked={lockedTo !== undefined} />
      <StatusBar />
      <div className="app-shell__body">
        <div className="nhsuk-width-container">
          <UpdatePrompt />
          <StorageProblemBanner />
          <main
            className="nhsuk-main-wrapper app-main"
            id="maincontent"
            ref={mainRef}
            tabIndex={-1}
          >
            <Suspense fallback={<Loading label={t('loading')} />}>
              {lockedTo !== undefined && location.pathname !== lockedTo ? (
                <Navigate to={lockedTo} replace />
              ) : (
                <LockGate>
                  <Outlet />
                </LockGate>
              )}
            </Suspense>
          </main>
        </div>
      </div>
      <AppFooter locked={lockedTo !== undefined} />
    </div>
  );
}
