/**
 * "Something to talk about next time" (issue #8 item 2, RESPECT: Expression): what kind
 * of thing it is (a question, or something I want to say) and the words, in the young
 * person's own voice.
 *
 * Design choices:
 * - Neither kind is chosen to start with: which it is matters to the practitioner reading
 *   it, and a default would be kept by accident.
 * - Checks are the note record's own rules (words required, at most LONG_TEXT_MAX
 *   characters), worded plainly. Problems show the NHS.UK way (error summary, then a
 *   message on the field); nothing chosen or typed is cleared by an error or a failed
 *   save, which says why it failed (saveFailureMessage: needs the `validation` and
 *   `common` namespaces, which the page loads).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import type { NextTimePurpose } from '../../../domain/next-time-notes';
import './my-notes.scss';

const ID = 'my-note';
/** The kinds in the order offered: a question first, the likelier one. */
const KINDS: readonly NextTimePurpose[] = ['question', 'expression'];

type Problem = 'chooseKind' | 'bodyRequired' | 'bodyTooLong';

function bodyProblem(body: string): Problem | undefined {
  const trimmed = body.trim();
  if (trimmed === '') return 'bodyRequired';
  if (trimmed.length > LONG_TEXT_MAX) return 'bodyTooLong';
  return undefined;
}

export interface NoteFormProps {
  onSave: (purpose: NextTimePurpose, body: string) => Promise<void>;
}

export function NoteForm({ onSave }: NoteFormProps) {
  const { t } = useTranslation(['my-notes', 'validation', 'common']);
  const [purpose, setPurpose] = useState<NextTimePurpose | undefined>();
  const [body, setBody] = useState('');
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const checked = submitCount > 0;
  const kindError = checked && purpose === undefined ? 'chooseKind' : undefined;
  const bodyError = checked ? bodyProblem(body) : undefined;
  const message = (problem: Problem) => t(`form.${problem}`, { max: LONG_TEXT_MAX });
  const kindId = (p: NextTimePurpose) => `${ID}-kind-${p}`;
  const summary: ErrorSummaryItem[] = [
    ...(kindError ? [{ fieldId: kindId(KINDS[0]!), message: message(kindError) }] : []),
    ...(bodyError ? [{ fieldId: `${ID}-body`, message: message(bodyError) }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    setFailure(undefined);
    if (busy || purpose === undefined || bodyProblem(body)) return;
    setBusy(true);
    try {
      await onSave(purpose, body.trim());
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  const kindErrorId = `${ID}-kind-error`;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="my-note-form">
      <ErrorSummary title={t('form.summaryTitle')} items={summary} focusKey={submitCount} />
      <div className={`nhsuk-form-group${kindError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={kindError ? kindErrorId : undefined}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('form.kind')}
          </legend>
          {kindError && (
            <ErrorMessage id={kindErrorId} prefix={t('form.errorPrefix')}>
              {message(kindError)}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {KINDS.map((p) => (
              <div className="nhsuk-radios__item" key={p}>
                <input
                  className="nhsuk-radios__input"
                  id={kindId(p)}
                  name={`${ID}-kind`}
                  type="radio"
                  value={p}
                  checked={purpose === p}
                  onChange={() => setPurpose(p)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={kindId(p)}>
                  {t(`form.${p}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextAreaField
        id={`${ID}-body`}
        label={t('form.body')}
        labelSize="s"
        hint={t('form.bodyHint')}
        errorPrefix={t('form.errorPrefix')}
        error={bodyError ? message(bodyError) : undefined}
        rows={5}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
        {busy ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
