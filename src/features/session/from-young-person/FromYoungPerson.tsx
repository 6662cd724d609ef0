import { useTranslation } from 'react-i18next';
import { useCaseRecords, useRecord } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { formatDateTime } from '../../../ui/format-date';
// The same rules as the young person's "next time" list on their phone, so both agree.
import { notesForSession } from '../../../domain/next-time-notes';
import './from-young-person.scss';

/**
 * The young person's questions and things they want to say, written on their phone
 * (issue #8 item 2, RESPECT: Expression), at the top of every part of the session screen:
 * those written since the last completed session before this one (all of them when there
 * is none), newest first, each with when it was written and whether it is a question.
 * Nothing is shown when there are none, so the screen stays as it was. Words in the
 * `young-person-notes` namespace, which the session page loads up front.
 */
export function FromYoungPerson({ caseId, session }: { caseId: string; session: AnyRecord }) {
  const { t, i18n } = useTranslation('young-person-notes');
  const notes = useCaseRecords('note', caseId);
  const memberships = useCaseRecords('case-membership', caseId);
  const sessions = useCaseRecords('session', caseId);
  const caseRecord = useRecord('case', caseId);
  if (!notes || !memberships || !sessions || !caseRecord) return null;
  const found = notesForSession(notes, memberships, sessions, session);
  if (found.notes.length === 0) return null;
  const name = String(caseRecord['preferredName'] ?? '');
  return (
    <section
      className="nhsuk-inset-text nhsuk-u-margin-top-2"
      aria-labelledby="from-young-person-heading"
      data-testid="from-young-person"
    >
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="from-young-person-heading">
        {t(found.sinceLastSession ? 'heading.since' : 'heading.all', { name })}
      </h2>
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {found.notes.map((note) => (
          <li key={note.id} data-testid="from-young-person-note">
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              {note.purpose === 'question' && (
                <>
                  <strong className="nhsuk-tag nhsuk-tag--blue">{t('question')}</strong>{' '}
                </>
              )}
              {t('written', { date: formatDateTime(note.createdAt, i18n.language) })}
            </p>
            <p className="nhsuk-body from-young-person__body" dir="auto">
              {note.body}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
