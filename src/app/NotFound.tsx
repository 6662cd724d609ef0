import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'), t('appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p className="nhsuk-body">{t('notFound.body')}</p>
      <p className="nhsuk-body">
        <Link to="/">{t('notFound.goToStart')}</Link>
      </p>
    </>
  );
}
