import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../ui/useOnlineStatus';

/**
 * Where the person's work is (DESIGN.md §5): for now, always saved on this device, since
 * nothing syncs yet (issue #3 adds syncing / synced at HH:MM / N changes waiting). The
 * offline line says plainly that the app still works.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <div className="app-statusbar">
      <div
        className="nhsuk-width-container app-statusbar__inner"
        role="status"
        aria-label={t('status.label')}
      >
        <p className="app-status" data-testid="save-status">
          <span className="app-status__dot" aria-hidden="true" />
          {t('status.savedOnDevice')}
        </p>
        {!online && (
          <p className="app-status app-status--offline" data-testid="offline-indicator">
            <span className="app-status__dot" aria-hidden="true" />
            {t('status.offline')}
          </p>
        )}
      </div>
    </div>
  );
}
