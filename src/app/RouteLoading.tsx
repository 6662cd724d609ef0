import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/Spinner';

export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <main className="nhsuk-width-container app-main" id="maincontent">
      <Loading label={t('loading')} />
    </main>
  );
}
