import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLockState } from '../lock/lock-state';

/**
 * OurPlan's header, styled with NHS.UK classes. It deliberately has no NHS logo: OurPlan
 * is a tool services use, not an NHS-branded service. `locked` (hand-over mode) leaves
 * the name without its link and drops the navigation.
 */
export function AppHeader({ locked = false }: { locked?: boolean }) {
  // Lock now (issue #10): offered whenever someone's OurPlan is open on this device.
  const lockState = useLockState();
  const { t } = useTranslation();
  const brand = (
    <>
      <svg className="app-header__logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="5">
          <circle cx="23" cy="32" r="13" />
          <circle cx="41" cy="32" r="13" />
        </g>
      </svg>
      <span>{t('appName')}</span>
    </>
  );
  return (
    <header className="app-header" role="banner">
      <div className="nhsuk-width-container app-header__inner">
        {locked ? (
          <span className="app-header__service">{brand}</span>
        ) : (
          <Link className="app-header__service" to="/" aria-label={t('nav.home')}>
            {brand}
          </Link>
        )}
        {!locked && (
          <nav aria-label={t('nav.label')}>
            <ul className="app-header__nav">
              <li>
                <Link className="app-header__link" to="/">
                  {t('nav.start')}
                </Link>
              </li>
              <li>
                <Link className="app-header__link" to="/settings">
                  {t('nav.settings')}
                </Link>
              </li>
              {lockState === 'unlocked' && (
                <li>
                  <button
                    type="button"
                    className="app-header__link app-header__lock"
                    onClick={() => void import('../lock/lock-runtime').then((m) => m.lock())}
                  >
                    {t('nav.lock')}
                  </button>
                </li>
              )}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
