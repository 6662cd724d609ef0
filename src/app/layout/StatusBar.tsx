import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { statusLine } from '../../sync/status';
import { useSyncStatus } from '../../sync/use-sync-status';
import { useOnlineStatus } from '../../ui/useOnlineStatus';
import { syncStatus } from '../sync/sync-status';

/**
 * Where the person's work is (DESIGN.md §5): saved on this device / syncing / synced at
 * HH:MM / N changes waiting / a problem, with what to do. The offline line says plainly
 * that the app still works. On the pages for school staff and the young person's card
 * (/support), which need no account and keep nothing, "saved on this device" would be
 * untrue, so only the offline line shows, in words that say nothing is kept.
 */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const online = useOnlineStatus();
  const status = useSyncStatus(syncStatus);
  const line = statusLine(status);
  const text = (() => {
    switch (line.key) {
      case 'syncedAt':
        return t('status.syncedAt', {
          time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
            new Date(line.at),
          ),
        });
      case 'waiting':
        return t('status.waiting', { count: line.waiting });
      case 'offline':
        return line.waiting > 0
          ? t('status.waiting', { count: line.waiting })
          : t('status.savedOnDevice');
      case 'problem':
        return t('status.problem', {
          what: t(`status.problems.${line.problem}`, {
            defaultValue: t('status.problems.unexpected'),
          }),
        });
      default:
        return t(`status.${line.key}`);
    }
  })();
  const attention = line.key === 'problem' || line.key === 'signedOut';
  const keepsNothing = pathname === '/support' || pathname.startsWith('/support/');
  if (keepsNothing && online) return null;
  return (
    <div className="app-statusbar">
      <div
        className="nhsuk-width-container app-statusbar__inner"
        role="status"
        aria-label={t('status.label')}
      >
        {!keepsNothing && (
          <p
            className={`app-status${attention ? ' app-status--problem' : ''}`}
            data-testid="save-status"
          >
            <span className="app-status__dot" aria-hidden="true" />
            {text}
          </p>
        )}
        {!online && (
          <p className="app-status app-status--offline" data-testid="offline-indicator">
            <span className="app-status__dot" aria-hidden="true" />
            {keepsNothing ? t('status.offlineNothingSaved') : t('status.offline')}
          </p>
        )}
      </div>
    </div>
  );
}
