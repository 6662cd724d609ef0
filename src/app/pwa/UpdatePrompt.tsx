import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { NotificationBanner } from '../../ui/NotificationBanner';

/**
 * Registers the service worker and, when a new version is waiting, asks before switching
 * to it (DESIGN.md §8): a silent reload could lose a half-filled form.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  if (!needRefresh) return null;
  return (
    <NotificationBanner title={t('update.ready')} live>
      <p className="nhsuk-body">{t('update.advice')}</p>
      <div className="app-banner__actions">
        <button
          type="button"
          className="nhsuk-button"
          onClick={() => void updateServiceWorker(true)}
        >
          {t('update.updateNow')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setNeedRefresh(false)}
        >
          {t('update.later')}
        </button>
      </div>
    </NotificationBanner>
  );
}
