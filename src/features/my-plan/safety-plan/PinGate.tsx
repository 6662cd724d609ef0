/**
 * The safety plan's PIN, when the person chose "ask for a PIN first" in settings
 * (src/db/safety-plan-start.ts): the plan part of the screen waits for it; the crisis lines above
 * never do.
 *
 * Design choices:
 * - The PIN is checked by src/db/passcode.ts under its own key: the same rules, slow
 *   hash and growing waits after wrong tries as the device passcode.
 * - Once entered, the plan stays open until the app is closed or reloaded (kept in
 *   memory only), so going back and forth on the phone does not ask again.
 * - "Ask for a PIN" with no PIN stored cannot ask, so the plan shows: a crisis tool fails
 *   open, never shut (settings never saves that state; it could only follow a damaged
 *   store).
 * - A problem reading the setting also shows the plan, for the same reason.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hasPasscode,
  localStore,
  normalisePasscode,
  useSignedInAccount,
  verifyPasscode,
} from '../../../db';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { PASSCODE_INPUT_PROPS } from '../../../ui/passcode/passcode-input';
import { waitMessage } from '../../../ui/passcode/wait-message';
import '../../../ui/passcode/passcode.scss';
import { Loading } from '../../../ui/Spinner';
import { readStartSetting, safetyPlanPinId } from '../../../db/safety-plan-start';

const unlocked = new Set<string>();

/** For tests: forget every unlock. */
export function forgetUnlocks(): void {
  unlocked.clear();
}

export interface PinGateProps {
  children: ReactNode;
  /** The level of the PIN form's heading: 1 where the gate is the whole page (print). */
  headingLevel?: 1 | 2;
}

export function PinGate({ children, headingLevel = 2 }: PinGateProps) {
  const { t } = useTranslation(['my-safety-plan', 'common']);
  const account = useSignedInAccount();
  const userId = account?.userId;
  const [needsPin, setNeedsPin] = useState<{ userId: string; needed: boolean }>();

  useEffect(() => {
    if (!userId) return;
    let live = true;
    const { db } = localStore();
    const ask = async () =>
      !unlocked.has(userId) &&
      (await readStartSetting(db, userId)) === 'pin' &&
      (await hasPasscode(db, safetyPlanPinId(userId)));
    void ask().then(
      (needed) => live && setNeedsPin({ userId, needed }),
      () => live && setNeedsPin({ userId, needed: false }),
    );
    return () => {
      live = false;
    };
  }, [userId]);

  if (account === undefined) return <Loading label={t('common:loading')} />;
  if (account === null) return <>{children}</>;
  if (needsPin?.userId !== account.userId) return <Loading label={t('common:loading')} />;
  if (!needsPin.needed) return <>{children}</>;
  return (
    <EnterPin
      userId={account.userId}
      headingLevel={headingLevel}
      onDone={() => {
        unlocked.add(account.userId);
        setNeedsPin({ userId: account.userId, needed: false });
      }}
    />
  );
}

const ID = 'safety-plan-pin';

function EnterPin({
  userId,
  headingLevel,
  onDone,
}: {
  userId: string;
  headingLevel: 1 | 2;
  onDone: () => void;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const { t } = useTranslation('my-safety-plan');
  const { t: tp } = useTranslation('passcode');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string>();
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    if (busy) return;
    if (normalisePasscode(pin) === '') {
      setProblem(t('pin.required'));
      return;
    }
    setBusy(true);
    try {
      const verdict = await verifyPasscode(localStore().db, safetyPlanPinId(userId), pin);
      if (verdict.ok) {
        onDone();
        return;
      }
      setPin('');
      setProblem(verdict.retryAfterMs > 0 ? waitMessage(tp, verdict.retryAfterMs) : t('pin.wrong'));
    } catch {
      setProblem(t('pin.checkFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${ID}-heading`} data-testid="safety-plan-pin">
      <Heading className="nhsuk-heading-l" id={`${ID}-heading`} tabIndex={-1}>
        {t('pin.title')}
      </Heading>
      <p className="nhsuk-body">{t('pin.lead')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          title={t('add.summaryTitle')}
          items={problem ? [{ fieldId: `${ID}-input`, message: problem }] : []}
          focusKey={submitCount}
        />
        <TextField
          id={`${ID}-input`}
          label={t('pin.label')}
          error={problem}
          errorPrefix={t('add.errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
        <button type="submit" className="nhsuk-button" disabled={busy} aria-disabled={busy}>
          {t('pin.submit')}
        </button>
      </form>
      <p className="nhsuk-body">{t('pin.forgotten')}</p>
    </section>
  );
}
