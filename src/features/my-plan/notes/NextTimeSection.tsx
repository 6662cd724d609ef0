import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoteList } from './NoteList';
import { useMyNotes } from './use-my-notes';

/**
 * "What I want to talk about next time" on the home (issue #8 item 1): the young person's
 * questions and things to say written since the last completed session, newest first,
 * with "Add something". Uses only the `my-notes` and `common` namespaces, which the home
 * loads.
 *
 * A carer sees the young person's notes here only when they reach the carer's phone (the
 * young person shares their notes), without "Add something" (carers cannot write notes);
 * with none, nothing is shown, since the carer cannot tell "none" from "not shared". Staff
 * are not on this screen, so it renders nothing for them.
 */
export function NextTimeSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['my-notes', 'common']);
  const data = useMyNotes(caseId);
  if (!data || data.rater === null) return null;
  const { rater, sinceLastSession: notes } = data;
  const mine = rater === 'young-person';
  if (!mine && notes.length === 0) return null;
  const headingId = `next-time-heading-${caseId}`;
  return (
    <section aria-labelledby={headingId} data-testid="next-time">
      <h3 className="nhsuk-heading-s" id={headingId}>
        {mine
          ? t('nextTime.title')
          : t('nextTime.titleFor', { name: data.name || t('theYoungPerson') })}
      </h3>
      {notes.length > 0 ? (
        <NoteList notes={notes} testId="next-time-notes" />
      ) : (
        <p className="nhsuk-body" data-testid="next-time-none">
          {t('nextTime.none')}
        </p>
      )}
      {mine && (
        <p className="nhsuk-body">
          <Link
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            to={`/my-plan/notes?case=${encodeURIComponent(caseId)}`}
          >
            {t('nextTime.add')}
          </Link>
        </p>
      )}
    </section>
  );
}
