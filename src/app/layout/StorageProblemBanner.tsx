import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Imported from its own file, not the db barrel, so the shell does not pull in Dexie.
import { onStorageProblem, type StorageProblemCode } from '../../db/storage-errors';
import { NotificationBanner } from '../../ui/NotificationBanner';

/** Shows any storage failure from the local store, with what to do about it. */
export function StorageProblemBanner() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<StorageProblemCode>();

  useEffect(() => onStorageProblem((error) => setProblem(error.code)), []);

  if (!problem) return null;
  return (
    <NotificationBanner title={t('storageProblem.title')} live>
      <p className="nhsuk-body">{t(`storageProblem.${problem}`)}</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => setProblem(undefined)}
      >
        {t('storageProblem.dismiss')}
      </button>
    </NotificationBanner>
  );
}
