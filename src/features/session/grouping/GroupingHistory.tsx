/**
 * The grouping history, newest first: each agreed grouping with where it came from, the
 * day and the reasons given then. Entries are append-only records, so this reads true
 * even after a decision is edited (THRIVE.md §1: keep the history, not just the current).
 */
import { useTranslation } from 'react-i18next';
import type { GroupingHistoryEntryRecord } from '../../../domain';
import { formatCalendarDate } from '../../../ui/format-date';

export function GroupingHistory({ entries }: { entries: readonly GroupingHistoryEntryRecord[] }) {
  const { t, i18n } = useTranslation('grouping');
  const name = (id: string) => t(`groupings.${id}.name`);
  const step = (e: GroupingHistoryEntryRecord) =>
    e.from === null
      ? t('history.first', { to: name(e.grouping) })
      : e.from === e.grouping
        ? t('history.stayed', { to: name(e.grouping) })
        : t('history.changed', { from: name(e.from), to: name(e.grouping) });
  return (
    <section aria-labelledby="grouping-history-heading">
      <h2 className="nhsuk-heading-m" id="grouping-history-heading">
        {t('history.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="nhsuk-body">{t('history.none')}</p>
      ) : (
        <ol className="app-grouping-history" data-testid="grouping-history">
          {entries.map((e) => (
            <li key={e.id} className="app-grouping-history__entry">
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <strong>{step(e)}</strong>
                <span className="app-grouping-history__date">
                  {' · '}
                  {formatCalendarDate(e.agreedOn, i18n.language)}
                </span>
              </p>
              <p className="nhsuk-body app-grouping-text">
                {t('history.reasons')} {e.reasons}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
