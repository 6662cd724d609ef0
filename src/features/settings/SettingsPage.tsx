import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { LanguageSection } from './LanguageSection';
import { LockSection } from './LockSection';
import { SafetyPlanStartSection } from './SafetyPlanStartSection';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      <LanguageSection />
      <LockSection />
      <SafetyPlanStartSection />
      <StorageSection />
    </>
  );
}
