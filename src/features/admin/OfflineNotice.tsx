import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '../../ui/NotificationBanner';

/** Said plainly whenever there is no connection: every admin action needs the server. */
export function OfflineNotice() {
  const { t } = useTranslation('admin');
  return (
    <NotificationBanner title={t('offline.title')} live>
      <p className="nhsuk-body" data-testid="admin-offline">
        {t('offline.body')}
      </p>
    </NotificationBanner>
  );
}
