import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from './chunk-errors';

/**
 * What a person sees when a screen fails. Nothing is cleared: everything saved is in the
 * local store, and the reload keeps it. A failed chunk load is a new version, said plainly.
 */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const newVersion = isChunkLoadError(error);
  return (
    <div className="nhsuk-u-margin-top-5" role="alert">
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {newVersion ? t('error.newVersionTitle') : t('error.title')}
      </h1>
      <p className="nhsuk-body">{newVersion ? t('error.newVersion') : t('error.kept')}</p>
      <div className="app-banner__actions">
        <button type="button" className="nhsuk-button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <a className="nhsuk-button nhsuk-button--secondary" href="/">
          {t('error.goToStart')}
        </a>
      </div>
    </div>
  );
}
