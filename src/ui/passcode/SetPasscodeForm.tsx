/**
 * Choosing a passcode for this device: before handing the tablet over (issue #4) or at
 * first sign-in for the app lock (issue #10). The passcode twice, checked by the same
 * rule the store applies (`passcodeProblem`); problems shown the NHS.UK way, a summary
 * that links to each field and a message on the field, and nothing typed is cleared.
 * Saving runs the slow hash (about half a second), so the button waits meanwhile.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PASSCODE_MAX_LENGTH,
  PASSCODE_MIN_LENGTH,
  confirmationProblem,
  localStore,
  passcodeProblem,
  setPasscode,
} from '../../db';
import { ErrorSummary, type ErrorSummaryItem } from '../form/ErrorSummary';
import { TextField } from '../form/TextField';
import { PASSCODE_INPUT_PROPS, type PasscodePurpose } from './passcode-input';
import './passcode.scss';

export interface SetPasscodeFormProps {
  /** Whose passcode it is (the signed-in person). */
  userId: string;
  /** Called once the passcode is saved on this device. */
  onDone: () => void;
  /** Why it is asked for; hand-over unless said otherwise. */
  purpose?: PasscodePurpose;
  /** What saves it; by default the passcode alone. The app lock makes the data key too. */
  save?: (passcode: string) => Promise<void>;
  /** The heading, when not "Choose a passcode" (e.g. a new one after a forgotten one). */
  title?: string;
}

interface SetPasscodeValues {
  passcode: string;
  confirm: string;
}

const ID = 'set-passcode';

export function SetPasscodeForm({
  userId,
  onDone,
  purpose = 'hand-over',
  save,
  title,
}: SetPasscodeFormProps) {
  const { t } = useTranslation('passcode');
  const [failure, setFailure] = useState<string>();
  const form = useForm<SetPasscodeValues>({ defaultValues: { passcode: '', confirm: '' } });
  const { errors } = form.formState;

  const message = (field: keyof SetPasscodeValues): string | undefined => {
    const key = errors[field]?.message;
    return key
      ? t(`problems.${key}`, { minimum: PASSCODE_MIN_LENGTH, maximum: PASSCODE_MAX_LENGTH })
      : undefined;
  };
  const summary: ErrorSummaryItem[] = [
    ...(['passcode', 'confirm'] as const).flatMap((field) => {
      const text = message(field);
      return text ? [{ fieldId: `${ID}-${field}`, message: text }] : [];
    }),
    ...(failure ? [{ message: failure }] : []),
  ];

  const onSubmit = form.handleSubmit(async ({ passcode }) => {
    setFailure(undefined);
    try {
      if (save) await save(passcode);
      else await setPasscode(localStore().db, userId, passcode);
    } catch {
      setFailure(t('set.saveFailed'));
      return;
    }
    onDone();
  });

  return (
    <>
      <ErrorSummary
        title={t('summaryTitle')}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      <h1 className="nhsuk-heading-l">{title ?? t('set.title')}</h1>
      <p className="nhsuk-body">{purpose === 'lock' ? t('set.leadLock') : t('set.leadHandOver')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-passcode`}
          label={t('set.newPasscode')}
          hint={t('set.newPasscodeHint')}
          error={message('passcode')}
          errorPrefix={t('errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          {...form.register('passcode', { validate: (value) => passcodeProblem(value) ?? true })}
        />
        <TextField
          id={`${ID}-confirm`}
          label={t('set.confirmPasscode')}
          error={message('confirm')}
          errorPrefix={t('errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          {...form.register('confirm', {
            validate: (value, values) => confirmationProblem(value, values.passcode),
          })}
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('set.submit')}
        </button>
      </form>
    </>
  );
}
