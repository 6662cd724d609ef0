/**
 * Saving unsent changes as a locked file before signing out (issue #10 item 4). The file
 * is encrypted with the person's passcode (src/app/account/unsent-file.ts), because it
 * carries case data out of the app's protection.
 *
 * Why the passcode is checked first: a typo would make a file nobody can open, and the
 * changes would be gone once the person signs out. So with a passcode on this device, the
 * typed one must match it (with the same growing delays as the lock screen, since this is
 * another place to guess it). With none on this device (nothing asked for one yet), the
 * person chooses one for the file, typed twice and held to the same rules.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PASSCODE_MAX_LENGTH,
  PASSCODE_MIN_LENGTH,
  confirmationProblem,
  hasPasscode,
  localStore,
  normalisePasscode,
  passcodeProblem,
  passcodeWait,
  verifyPasscode,
} from '../../db';
import { encryptUnsent, unsentEntries, unsentFileName } from '../../app/account/unsent-file';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { PASSCODE_INPUT_PROPS } from '../../ui/passcode/passcode-input';
import { deadlineIn, useCountdown, type Deadline } from '../../ui/passcode/useCountdown';
import { waitMessage } from '../../ui/passcode/wait-message';
import '../../ui/passcode/passcode.scss';

export interface DownloadUnsentFormProps {
  /** The signed-in person, whose passcode locks the file. */
  userId: string;
  /** PBKDF2 iterations for the file; only tests pass fewer than the 600,000 default. */
  fileIterations?: number;
}

interface DownloadValues {
  passcode: string;
  confirm: string;
}

type Failure = 'wrong' | 'saveFailed';

const ID = 'unsent-file';

/** Hand the file to the browser's download. */
function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: let go of the URL afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DownloadUnsentForm({ userId, fileIterations }: DownloadUnsentFormProps) {
  const { t } = useTranslation('account');
  const { t: tp } = useTranslation('passcode');
  /** Whether a passcode is set on this device (undefined until known). */
  const [deviceHasPasscode, setDeviceHasPasscode] = useState<boolean>();
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  const [deadline, setDeadline] = useState<Deadline | null>(null);
  const remaining = useCountdown(deadline);
  const waiting = remaining > 0;
  const form = useForm<DownloadValues>({ defaultValues: { passcode: '', confirm: '' } });
  const { errors } = form.formState;

  useEffect(() => {
    let current = true;
    const db = localStore().db;
    void Promise.all([hasPasscode(db, userId), passcodeWait(db, userId)]).then(
      ([has, wait]) => {
        if (!current) return;
        setDeviceHasPasscode(has);
        if (wait > 0) setDeadline(deadlineIn(wait));
      },
      // Unreadable: ask for a new passcode for the file, which needs no stored one.
      () => current && setDeviceHasPasscode(false),
    );
    return () => {
      current = false;
    };
  }, [userId]);

  if (deviceHasPasscode === undefined) return null;

  const problem = (field: keyof DownloadValues): string | undefined => {
    const key = errors[field]?.message;
    if (key) {
      return tp(`problems.${key}`, { minimum: PASSCODE_MIN_LENGTH, maximum: PASSCODE_MAX_LENGTH });
    }
    return field === 'passcode' && failure === 'wrong' ? tp('enter.wrong') : undefined;
  };
  const fields: readonly (keyof DownloadValues)[] = deviceHasPasscode
    ? ['passcode']
    : ['passcode', 'confirm'];
  const summary: ErrorSummaryItem[] = [
    ...fields.flatMap((field) => {
      const message = problem(field);
      return message ? [{ fieldId: `${ID}-${field}`, message }] : [];
    }),
    ...(failure === 'saveFailed' ? [{ message: t('unsentFile.saveFailed') }] : []),
  ];

  const onSubmit = form.handleSubmit(async ({ passcode }) => {
    if (waiting) return; // Enter in the field while the countdown runs: nothing to check
    setFailure(undefined);
    setSaved(false);
    const { db } = localStore();
    try {
      if (deviceHasPasscode) {
        const verdict = await verifyPasscode(db, userId, passcode);
        if (!verdict.ok) {
          setFailure('wrong');
          form.setValue('passcode', '');
          if (verdict.retryAfterMs > 0) setDeadline(deadlineIn(verdict.retryAfterMs));
          return;
        }
      }
      const file = await encryptUnsent(await unsentEntries(db), passcode, {
        iterations: fileIterations,
      });
      saveFile(file, unsentFileName());
      setSaved(true);
    } catch {
      setFailure('saveFailed');
    }
  });

  const status = deadline ? (waiting ? waitMessage(tp, remaining) : tp('enter.tryAgainNow')) : '';

  return (
    <>
      <ErrorSummary
        title={tp('summaryTitle')}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-passcode`}
          label={deviceHasPasscode ? t('unsentFile.passcode') : t('unsentFile.newPasscode')}
          hint={deviceHasPasscode ? t('unsentFile.passcodeHint') : t('unsentFile.newPasscodeHint')}
          error={problem('passcode')}
          errorPrefix={t('errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          {...form.register('passcode', {
            validate: (value) => {
              if (deviceHasPasscode)
                return normalisePasscode(value) === '' ? 'enterRequired' : true;
              return passcodeProblem(value) ?? true;
            },
          })}
        />
        {!deviceHasPasscode && (
          <TextField
            id={`${ID}-confirm`}
            label={t('unsentFile.confirmPasscode')}
            error={problem('confirm')}
            errorPrefix={t('errorPrefix')}
            {...PASSCODE_INPUT_PROPS}
            {...form.register('confirm', {
              validate: (value, values) => confirmationProblem(value, values.passcode),
            })}
          />
        )}
        {waiting ? (
          <div className="nhsuk-inset-text" data-testid="passcode-wait">
            <p>{waitMessage(tp, remaining)}</p>
          </div>
        ) : (
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={form.formState.isSubmitting}
          >
            {t('account.unsentExport')}
          </button>
        )}
        <p className="nhsuk-u-visually-hidden" role="status">
          {status}
        </p>
      </form>
      <p className="nhsuk-body" role="status">
        {saved ? t('unsentFile.saved') : ''}
      </p>
    </>
  );
}
