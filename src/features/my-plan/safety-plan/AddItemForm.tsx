/**
 * Adding to the safety plan from the phone, in the young person's own words (issue #7
 * item 1): which part of the plan, what to add, and a phone number if it is someone to
 * call. Saved on this phone as a new `safety-plan-item` record, so it survives the merge
 * when the worker adds items on the tablet at the same time (DESIGN.md §4).
 *
 * Design choices:
 * - "People I can ask for help" is chosen to start with: it is what the young person is
 *   most likely to add on the go (a friend's number).
 * - Checks are the record's own rules (text required, at most SHORT_TEXT_MAX characters;
 *   the schema's loose UK phone pattern), worded plainly for young people. Problems show
 *   the NHS.UK way (error summary and a message on the field); nothing typed is cleared
 *   by an error or a failed save. After a save the words and number are cleared, the part
 *   of the plan stays chosen, and a message says where it went.
 * - `addedByRole` is the person's role on the case, which the server's write policy
 *   checks (a young person may add items as themselves).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import {
  SAFETY_PLAN_SECTIONS,
  SHORT_TEXT_MAX,
  phoneNumber,
  type SafetyPlanSection,
} from '../../../domain';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import type { Rater } from '../goals/goal-view';

const ID = 'add-to-plan';

export interface AddItemFormProps {
  caseId: string;
  planId: string;
  role: Rater;
  /** The order the new item gets: after everything already in the plan. */
  nextOrder: number;
}

type Problem = 'textRequired' | 'textTooLong' | 'phoneInvalid';

function textProblem(text: string): Problem | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'textRequired';
  if (trimmed.length > SHORT_TEXT_MAX) return 'textTooLong';
  return undefined;
}

function phoneProblem(phone: string): Problem | undefined {
  if (phone.trim() === '') return undefined;
  return phoneNumber.safeParse(phone).success ? undefined : 'phoneInvalid';
}

export function AddItemForm({ caseId, planId, role, nextOrder }: AddItemFormProps) {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content']);
  const [section, setSection] = useState<SafetyPlanSection>('people-to-ask');
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  const [submitCount, setSubmitCount] = useState(0);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [added, setAdded] = useState<SafetyPlanSection | null>(null);

  const textError = checked ? textProblem(text) : undefined;
  const phoneError = checked ? phoneProblem(phone) : undefined;
  const message = (problem: Problem) => t(`add.problems.${problem}`, { max: SHORT_TEXT_MAX });
  const summary: ErrorSummaryItem[] = [
    ...(textError ? [{ fieldId: `${ID}-text`, message: message(textError) }] : []),
    ...(phoneError ? [{ fieldId: `${ID}-phone`, message: message(phoneError) }] : []),
    ...(failed ? [{ message: t('add.saveFailed') }] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    setChecked(true);
    setFailed(false);
    setAdded(null);
    if (busy || textProblem(text) || phoneProblem(phone)) return;
    setBusy(true);
    try {
      const trimmedPhone = phone.trim();
      await localStore().records.create('safety-plan-item', caseId, {
        planId,
        section,
        text: text.trim(),
        ...(trimmedPhone !== '' ? { phone: trimmedPhone } : {}),
        order: nextOrder,
        addedByRole: role,
      });
      setText('');
      setPhone('');
      setChecked(false);
      setAdded(section);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${ID}-heading`} className="app-no-print" data-testid="add-to-plan">
      <h3 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('add.title')}
      </h3>
      <p className="nhsuk-body">{t('add.lead')}</p>
      {added && (
        <NotificationBanner
          title={t('add.added', {
            section: t(`safety-plan-content:sections.${added}.title`),
          })}
          variant="success"
          live
        />
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary title={t('add.summaryTitle')} items={summary} focusKey={submitCount} />
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('add.section')}
            </legend>
            <div className="nhsuk-radios">
              {SAFETY_PLAN_SECTIONS.map((s) => (
                <div className="nhsuk-radios__item" key={s}>
                  <input
                    className="nhsuk-radios__input"
                    id={`${ID}-section-${s}`}
                    name={`${ID}-section`}
                    type="radio"
                    value={s}
                    checked={section === s}
                    onChange={() => setSection(s)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${ID}-section-${s}`}>
                    {t(`safety-plan-content:sections.${s}.title`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <TextAreaField
          id={`${ID}-text`}
          label={t('add.text')}
          hint={t('add.textHint')}
          errorPrefix={t('add.errorPrefix')}
          error={textError ? message(textError) : undefined}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <TextField
          id={`${ID}-phone`}
          label={t('add.phone')}
          hint={t('add.phoneHint')}
          errorPrefix={t('add.errorPrefix')}
          error={phoneError ? message(phoneError) : undefined}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          className="nhsuk-input--width-20"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
          {busy ? t('add.saving') : t('add.submit')}
        </button>
      </form>
    </section>
  );
}
