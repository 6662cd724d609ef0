import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summariseAuditEvents, type PlainAuditEvent } from '../../../domain';
import { lineWords } from './log-words';

/** Lines shown at first, and added by each "Show more": enough for a week or two. */
const PAGE = 20;

/**
 * The audit log as the young person reads it: grouped (one line per person, action, kind
 * and day, with a count), newest first, in words. Takes the events as given, so it does
 * not care where they came from.
 */
export function PlanLogList({ events }: { events: readonly PlainAuditEvent[] }) {
  const { t, i18n } = useTranslation(['my-information', 'common']);
  const lines = useMemo(() => summariseAuditEvents(events), [events]);
  const [shown, setShown] = useState(PAGE);
  if (lines.length === 0) return <p className="nhsuk-body">{t('log.empty')}</p>;
  return (
    <>
      <ul className="nhsuk-list nhsuk-list--bullet" data-testid="plan-log">
        {lines.slice(0, shown).map((line) => (
          <li key={JSON.stringify([line.who, line.what, line.about, line.day])}>
            {lineWords(line, t, i18n.language)}
          </li>
        ))}
      </ul>
      {lines.length > shown && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setShown((n) => n + PAGE)}
        >
          {t('log.showMore')}
        </button>
      )}
    </>
  );
}
