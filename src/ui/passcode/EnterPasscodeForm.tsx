/**
 * Entering the passcode: to take the tablet back after hand-over (issue #4) or to unlock
 * the app (issue #10). It never says more than "not right" (a PIN has no parts to name),
 * and a wrong passcode is cleared from the field, since it must be typed afresh anyway.
 *
 * Growing delays (src/db/passcode.ts) survive a reload, so the form asks for any wait in
 * force when it opens. While one runs, a countdown replaces the Unlock button. The
 * countdown itself is not a live region (a screen reader would read every tick); a
 * separate polite status says the wait once when it starts and "You can try again now"
 * when it ends.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  localStore,
  normalisePasscode,
  passcodeWait,
  verifyPasscode,
  type PasscodeVerdict,
} from '../../db';
import { ErrorSummary, type ErrorSummaryItem } from '../form/ErrorSummary';
import { TextField } from '../form/TextField';
import { PASSCODE_INPUT_PROPS, type PasscodePurpose } from './passcode-input';
import { deadlineIn, useCountdown, type Deadline } from './useCountdown';
import { waitMessage } from './wait-message';
import './passcode.scss';

export interface EnterPasscodeFormProps {
  /** Whose passcode unlocks (the signed-in person). */
  userId: string;
  /** Called once the right passcode is entered. */
  onDone: () => void;
  /** Offers "I have forgotten my passcode" when given (e.g. sign in again online). */
  onForgotten?: () => void;
  /** Why it is asked for; hand-over unless said otherwise. */
  purpose?: PasscodePurpose;
  /**
   * What checks it; by default the passcode check alone. The app lock passes its unlock,
   * which checks the same way (same delays) and then opens the data key.
   */
  check?: (passcode: string) => Promise<PasscodeVerdict>;
}

interface EnterPasscodeValues {
  passcode: string;
}

type Failure = 'wrong' | 'checkFailed';

const ID = 'enter-passcode';

export function EnterPasscodeForm({
  userId,
  onDone,
  onForgotten,
  purpose = 'hand-over',
  check,
}: EnterPasscodeFormProps) {
  const { t } = useTranslation('passcode');
  const [failure, setFailure] = useState<Failure>();
  const [deadline, setDeadline] = useState<Deadline | null>(null);
  const remaining = useCountdown(deadline);
  const waiting = remaining > 0;
  const form = useForm<EnterPasscodeValues>({ defaultValues: { passcode: '' } });

  // A wait started before a reload (or in another tab) still holds.
  useEffect(() => {
    let current = true;
    void passcodeWait(localStore().db, userId).then(
      (ms) => {
        if (current && ms > 0) setDeadline(deadlineIn(ms));
      },
      () => undefined, // unreadable now: the next attempt is checked (and refused) anyway
    );
    return () => {
      current = false;
    };
  }, [userId]);

  const requiredKey = form.formState.errors.passcode?.message;
  const fieldError = requiredKey
    ? t(`problems.${requiredKey}`)
    : failure === 'wrong'
      ? t('enter.wrong')
      : undefined;
  const summary: ErrorSummaryItem[] = [
    ...(fieldError ? [{ fieldId: `${ID}-passcode`, message: fieldError }] : []),
    ...(failure === 'checkFailed' ? [{ message: t('enter.checkFailed') }] : []),
  ];

  const onSubmit = form.handleSubmit(async ({ passcode }) => {
    if (waiting) return; // Enter in the field while the countdown runs: nothing to check
    setFailure(undefined);
    try {
      const verdict = check
        ? await check(passcode)
        : await verifyPasscode(localStore().db, userId, passcode);
      if (verdict.ok) {
        onDone();
        return;
      }
      setFailure('wrong');
      form.setValue('passcode', '');
      if (verdict.retryAfterMs > 0) setDeadline(deadlineIn(verdict.retryAfterMs));
    } catch {
      setFailure('checkFailed');
    }
  });

  const status = deadline
    ? waiting
      ? waitMessage(t, deadline.endsAt - deadline.startedAt)
      : t('enter.tryAgainNow')
    : '';

  return (
    <>
      <ErrorSummary
        title={t('summaryTitle')}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      <h1 className="nhsuk-heading-l">{t('enter.title')}</h1>
      <p className="nhsuk-body">
        {purpose === 'lock' ? t('enter.leadLock') : t('enter.leadHandOver')}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-passcode`}
          label={t('enter.passcode')}
          error={fieldError}
          errorPrefix={t('errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          {...form.register('passcode', {
            validate: (value) => (normalisePasscode(value) === '' ? 'enterRequired' : true),
          })}
        />
        <div className="app-passcode__actions">
          {waiting ? (
            <div className="nhsuk-inset-text" data-testid="passcode-wait">
              <p>{waitMessage(t, remaining)}</p>
            </div>
          ) : (
            <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
              {t('enter.submit')}
            </button>
          )}
          {onForgotten && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={onForgotten}
            >
              {t('enter.forgotten')}
            </button>
          )}
        </div>
        <p className="nhsuk-u-visually-hidden" role="status">
          {status}
        </p>
      </form>
    </>
  );
}
