import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format-date';
import type { NextTimeNote } from '../../../domain/next-time-notes';
import './my-notes.scss';

/**
 * The young person's notes for next time, newest first: whether each is a question or
 * something to say, when it was written, and the words as they wrote them (line breaks
 * kept). Read-only: notes are append-only records.
 */
export function NoteList({ notes, testId }: { notes: readonly NextTimeNote[]; testId: string }) {
  const { t, i18n } = useTranslation('my-notes');
  return (
    <ul className="nhsuk-list my-notes__list" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.id} className="my-notes__item" data-testid={`${testId}-item`}>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
            <strong
              className={`nhsuk-tag ${note.purpose === 'question' ? 'nhsuk-tag--blue' : 'nhsuk-tag--green'}`}
            >
              {t(`list.${note.purpose}`)}
            </strong>{' '}
            {t('list.written', { date: formatDateTime(note.createdAt, i18n.language) })}
          </p>
          <p className="nhsuk-body my-notes__body" dir="auto">
            {note.body}
          </p>
        </li>
      ))}
    </ul>
  );
}
