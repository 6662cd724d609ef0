import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  readStorageStatus,
  requestPersistentStorage,
  useOutboxCount,
  type StorageStatus,
} from '../../db';

/** Formats a byte count for people: "1.2 MB". */
function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * Whether the browser has agreed to keep OurPlan's data (DESIGN.md §9): the app asks at
 * start; this section shows the answer plainly and lets the person ask again.
 */
export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const [status, setStatus] = useState<StorageStatus>();
  const waiting = useOutboxCount();

  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);

  async function askAgain() {
    await requestPersistentStorage();
    refresh();
  }

  return (
    <section aria-labelledby="storage-heading">
      <h2 className="nhsuk-heading-m" id="storage-heading">
        {t('storage.title')}
      </h2>
      <div aria-live="polite" data-testid="storage-status">
        {!status ? (
          <p className="nhsuk-body">{t('storage.checking')}</p>
        ) : (
          <>
            <p className="nhsuk-body">{t(`storage.${status.persisted}`)}</p>
            {status.usageBytes !== undefined && status.quotaBytes !== undefined && (
              <p className="nhsuk-body">
                {t('storage.usage', {
                  used: formatBytes(status.usageBytes, i18n.language),
                  quota: formatBytes(status.quotaBytes, i18n.language),
                })}
              </p>
            )}
          </>
        )}
      </div>
      {status?.persisted === 'denied' && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void askAgain()}
        >
          {t('storage.askAgain')}
        </button>
      )}
      <h2 className="nhsuk-heading-m">{t('device.title')}</h2>
      <p className="nhsuk-body" data-testid="outbox-count">
        {t('device.waiting', { count: waiting ?? 0 })}
      </p>
    </section>
  );
}
