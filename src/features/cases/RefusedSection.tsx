import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncNow } from '../../app/sync/sync-runtime';
import { localStore, useCaseRejected, type RejectedEntry } from '../../db';
import { discardRejected, retryRejected } from '../../sync';
import { formatDateTime } from '../../ui/format-date';
import { fieldLabel } from './field-label';

/**
 * Changes to this case the server did not accept, with its reason (DESIGN.md §5
 * "Authority"). They are never dropped quietly: the practitioner tries again (once the
 * reason has gone, e.g. the device clock was put right) or lets the change go, after
 * which the server's version comes back to this device.
 */
export function RefusedSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(['cases', 'validation']);
  const refused = useCaseRejected(caseId);
  const [busy, setBusy] = useState<string>();
  if (!refused || refused.length === 0) return null;

  const act = async (entry: RejectedEntry, action: 'retry' | 'discard') => {
    setBusy(entry.id);
    try {
      const { db, records } = localStore();
      if (action === 'retry') await retryRejected(db, entry.id, await records.device());
      else await discardRejected(db, entry.id);
      await syncNow();
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="refused-title" data-testid="refused">
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label" id="refused-title">
          <span role="text">{t('refused.title')}</span>
        </h2>
        <p className="nhsuk-body">{t('refused.lead')}</p>
        <ul className="nhsuk-list">
          {refused.map((entry) => {
            const fields = [...Object.keys(entry.mutation.set), ...(entry.mutation.unset ?? [])];
            return (
              <li key={entry.id}>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2">
                  {t('refused.change', {
                    fields: fields.map((f) => fieldLabel(f, t)).join(', ') || t('refused.record'),
                    when: formatDateTime(entry.mutation.at, i18n.language),
                  })}
                </p>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2">
                  {t('refused.reason', {
                    reason: t(`validation:${entry.reason.key}`, entry.reason.params),
                  })}
                </p>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  disabled={busy === entry.id}
                  onClick={() => void act(entry, 'retry')}
                >
                  {t('refused.retry')}
                </button>{' '}
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  disabled={busy === entry.id}
                  onClick={() => void act(entry, 'discard')}
                >
                  {t('refused.discard')}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
