/**
 * Settings: "My safety plan on the start screen" (issue #7 item 3), for a young person or
 * carer signed in on this phone. Three choices, kept on this device only
 * (src/db/safety-plan-start.ts, which explains the default, "show"):
 * show it (protected by the phone's own lock), ask for a PIN first, or don't show it.
 *
 * Design choices:
 * - Choosing "ask for a PIN" asks for a new PIN twice, by the passcode rules (6 to 20
 *   numbers, not too simple: src/db/passcode.ts); it is stored as a passcode under its
 *   own key. With a PIN already set, the fields may be left empty to keep it.
 * - While a PIN is set, changing the setting or the PIN needs the current PIN, or anyone
 *   holding the phone could switch it off. Leaving "ask for a PIN" removes the PIN.
 * - Problems show the NHS.UK way and nothing typed is cleared, except a wrong current PIN.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PASSCODE_MAX_LENGTH,
  PASSCODE_MIN_LENGTH,
  clearPasscode,
  hasPasscode,
  localStore,
  normalisePasscode,
  passcodeProblem,
  setPasscode,
  useSignedInAccount,
  verifyPasscode,
} from '../../db';
import {
  START_SETTINGS,
  offersPlanOnStart,
  readStartSetting,
  safetyPlanPinId,
  saveStartSetting,
  type StartSetting,
} from '../../db/safety-plan-start';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { PASSCODE_INPUT_PROPS } from '../../ui/passcode/passcode-input';
import { waitMessage } from '../../ui/passcode/wait-message';
import '../../ui/passcode/passcode.scss';

const ID = 'safety-plan-start';

interface Stored {
  setting: StartSetting;
  hasPin: boolean;
}

export function SafetyPlanStartSection() {
  const account = useSignedInAccount();
  if (!account || !offersPlanOnStart(account.roles)) return null;
  return <StartSettingForm key={account.userId} userId={account.userId} />;
}

type Field = 'current' | 'pin' | 'confirm';

function StartSettingForm({ userId }: { userId: string }) {
  const { t } = useTranslation('my-safety-plan');
  const { t: tp } = useTranslation('passcode');
  const [stored, setStored] = useState<Stored>();
  const [choice, setChoice] = useState<StartSetting>('show');
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  /** Each field's problem, in words. */
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const { db } = localStore();
    void Promise.all([readStartSetting(db, userId), hasPasscode(db, safetyPlanPinId(userId))])
      .then(([setting, hasPin]) => {
        if (!live) return;
        // "Ask for a PIN" with no PIN stored cannot ask: it works as "show".
        const effective = setting === 'pin' && !hasPin ? 'show' : setting;
        setStored({ setting: effective, hasPin });
        setChoice(effective);
      })
      .catch(() => {
        if (live) setStored({ setting: 'show', hasPin: false });
      });
    return () => {
      live = false;
    };
  }, [userId]);

  if (!stored) return null;
  const locked = stored.setting === 'pin' && stored.hasPin;
  const params = { minimum: PASSCODE_MIN_LENGTH, maximum: PASSCODE_MAX_LENGTH };
  const message = (key: string) => t(`settings.problems.${key}`, params);

  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (locked && normalisePasscode(current) === '') found.current = 'currentRequired';
    const keep = locked && normalisePasscode(pin) === '' && normalisePasscode(confirm) === '';
    if (choice === 'pin' && !keep) {
      const problem = passcodeProblem(pin);
      if (problem) found.pin = problem;
      if (normalisePasscode(confirm) === '') found.confirm = 'confirmRequired';
      else if (normalisePasscode(confirm) !== normalisePasscode(pin)) found.confirm = 'mismatch';
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    setSaved(false);
    setFailed(false);
    const found = check();
    setProblems(
      Object.fromEntries(Object.entries(found).map(([field, key]) => [field, message(key)])),
    );
    if (busy || Object.keys(found).length > 0) return;
    setBusy(true);
    const { db } = localStore();
    const pinId = safetyPlanPinId(userId);
    try {
      if (locked) {
        const verdict = await verifyPasscode(db, pinId, current);
        if (!verdict.ok) {
          setCurrent('');
          setProblems({
            current:
              verdict.retryAfterMs > 0
                ? waitMessage(tp, verdict.retryAfterMs)
                : message('currentWrong'),
          });
          return;
        }
      }
      let hasPin = stored.hasPin;
      if (choice === 'pin' && normalisePasscode(pin) !== '') {
        await setPasscode(db, pinId, pin);
        hasPin = true;
      } else if (choice !== 'pin' && stored.hasPin) {
        await clearPasscode(db, pinId);
        hasPin = false;
      }
      await saveStartSetting(db, userId, choice);
      setStored({ setting: choice, hasPin });
      setCurrent('');
      setPin('');
      setConfirm('');
      setSaved(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const fieldMessage = (field: Field): string | undefined => problems[field];
  const summary: ErrorSummaryItem[] = [
    ...(['current', 'pin', 'confirm'] as const).flatMap((field) => {
      const text = fieldMessage(field);
      return text ? [{ fieldId: `${ID}-field-${field}`, message: text }] : [];
    }),
    ...(failed ? [{ message: t('settings.saveFailed') }] : []),
  ];

  return (
    <section aria-labelledby={`${ID}-heading`} data-testid="safety-plan-start-setting">
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('settings.title')}
      </h2>
      {saved && <NotificationBanner title={t('settings.saved')} variant="success" live />}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary title={t('add.summaryTitle')} items={summary} focusKey={submitCount} />
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset" aria-describedby={`${ID}-hint`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('settings.legend')}
            </legend>
            <div className="nhsuk-hint" id={`${ID}-hint`}>
              {t('settings.hint')}
            </div>
            <div className="nhsuk-radios">
              {START_SETTINGS.map((value) => (
                <div className="nhsuk-radios__item" key={value}>
                  <input
                    className="nhsuk-radios__input"
                    id={`${ID}-choice-${value}`}
                    name={ID}
                    type="radio"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                    aria-describedby={`${ID}-choice-${value}-hint`}
                  />
                  <label
                    className="nhsuk-label nhsuk-radios__label"
                    htmlFor={`${ID}-choice-${value}`}
                  >
                    {t(`settings.choices.${value}.label`)}
                  </label>
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${ID}-choice-${value}-hint`}>
                    {t(`settings.choices.${value}.hint`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {choice === 'pin' && (
          <>
            <TextField
              id={`${ID}-field-pin`}
              label={t(locked ? 'settings.changePin' : 'settings.newPin')}
              hint={t(locked ? 'settings.changePinHint' : 'settings.newPinHint', params)}
              error={fieldMessage('pin')}
              errorPrefix={t('add.errorPrefix')}
              {...PASSCODE_INPUT_PROPS}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
            <TextField
              id={`${ID}-field-confirm`}
              label={t('settings.confirmPin')}
              error={fieldMessage('confirm')}
              errorPrefix={t('add.errorPrefix')}
              {...PASSCODE_INPUT_PROPS}
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </>
        )}
        {locked && (
          <TextField
            id={`${ID}-field-current`}
            label={t('settings.currentPin')}
            hint={t('settings.currentPinHint')}
            error={fieldMessage('current')}
            errorPrefix={t('add.errorPrefix')}
            {...PASSCODE_INPUT_PROPS}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
        <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
