/**
 * Bringing back unsent changes saved as a locked file at sign-out (issue #10 item 4): the
 * file and the passcode it was locked with, and the changes go back in the outbox to be
 * sent (src/app/account/unsent-file.ts). Bringing the same file back twice adds nothing.
 *
 * Problems follow the NHS.UK pattern (a summary linking to the field, a message on the
 * field) and keep what was chosen and typed: a wrong passcode is usually a near miss, and
 * the file picker is tedious to go through again. Once the file is chosen the section says
 * how many changes it holds, from the part of the file that is in clear.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore, normalisePasscode } from '../../db';
import {
  UNSENT_FILE_EXTENSION,
  decryptUnsent,
  readUnsentFileCount,
  requeueUnsent,
  type RequeueResult,
} from '../../app/account/unsent-file';
import { ErrorMessage } from '../../ui/form/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { PASSCODE_INPUT_PROPS } from '../../ui/passcode/passcode-input';
import '../../ui/passcode/passcode.scss';

const ID = 'import-unsent';
const FILE_ID = `${ID}-file`;
const PASSCODE_ID = `${ID}-passcode`;

/** Each problem is a key in locales/<lang>/account.json `importUnsent`. */
type FileProblem = 'chooseFile' | 'notAFile';
type PasscodeProblem = 'enterPasscode' | 'wrongPasscode';

interface Problems {
  file?: FileProblem;
  passcode?: PasscodeProblem;
  form?: 'failed';
}

export function ImportUnsentSection() {
  const { t } = useTranslation('account');
  const [file, setFile] = useState<File>();
  const [fileCount, setFileCount] = useState<number>();
  const [passcode, setPasscode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RequeueResult>();

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFile(chosen);
    setFileCount(undefined);
    setResult(undefined);
    if (chosen) {
      void readUnsentFileCount(chosen).then(
        (count) => setFileCount(count),
        () => undefined, // the count is a courtesy: opening the file says what is wrong
      );
    }
  }

  async function bringBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSubmitCount((n) => n + 1);
    setResult(undefined);
    const found: Problems = {
      ...(file ? {} : { file: 'chooseFile' }),
      ...(normalisePasscode(passcode) === '' ? { passcode: 'enterPasscode' } : {}),
    };
    setProblems(found);
    if (!file || found.passcode) return;

    setBusy(true);
    try {
      const opened = await decryptUnsent(file, passcode);
      if (!opened.ok) {
        setProblems(
          opened.reason === 'notAFile' ? { file: 'notAFile' } : { passcode: 'wrongPasscode' },
        );
        return;
      }
      setResult(await requeueUnsent(localStore().db, opened.entries));
    } catch {
      setProblems({ form: 'failed' });
    } finally {
      setBusy(false);
    }
  }

  const fileError = problems.file ? t(`importUnsent.${problems.file}`) : undefined;
  const passcodeError = problems.passcode ? t(`importUnsent.${problems.passcode}`) : undefined;
  const summary: ErrorSummaryItem[] = [
    ...(fileError ? [{ fieldId: FILE_ID, message: fileError }] : []),
    ...(passcodeError ? [{ fieldId: PASSCODE_ID, message: passcodeError }] : []),
    ...(problems.form ? [{ message: t('importUnsent.failed') }] : []),
  ];
  const fileDescribedBy = [`${FILE_ID}-hint`, fileError ? `${FILE_ID}-error` : undefined]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby={`${ID}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('importUnsent.title')}
      </h2>
      <p className="nhsuk-body">{t('importUnsent.lead')}</p>
      <ErrorSummary title={t('importUnsent.summaryTitle')} items={summary} focusKey={submitCount} />
      {result && (
        <NotificationBanner title={t('importUnsent.addedTitle')} variant="success" live>
          {result.added > 0 ? (
            <p className="nhsuk-body">{t('importUnsent.added', { count: result.added })}</p>
          ) : (
            <p className="nhsuk-body">{t('importUnsent.nothingNew')}</p>
          )}
          {result.added > 0 && result.alreadyThere > 0 && (
            <p className="nhsuk-body">
              {t('importUnsent.alreadyThere', { count: result.alreadyThere })}
            </p>
          )}
        </NotificationBanner>
      )}
      <form onSubmit={(e) => void bringBack(e)} noValidate>
        <div className={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={FILE_ID}>
            {t('importUnsent.file')}
          </label>
          <div className="nhsuk-hint" id={`${FILE_ID}-hint`}>
            {t('importUnsent.fileHint')}
          </div>
          {fileError && (
            <ErrorMessage id={`${FILE_ID}-error`} prefix={t('errorPrefix')}>
              {fileError}
            </ErrorMessage>
          )}
          <input
            id={FILE_ID}
            name="file"
            type="file"
            className={`nhsuk-file-upload__input${fileError ? ' nhsuk-file-upload__input--error' : ''}`}
            accept={`${UNSENT_FILE_EXTENSION},application/json`}
            aria-describedby={fileDescribedBy}
            aria-invalid={fileError ? true : undefined}
            onChange={chooseFile}
          />
          <p className="nhsuk-body nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" role="status">
            {fileCount === undefined ? '' : t('importUnsent.fileHolds', { count: fileCount })}
          </p>
        </div>
        <TextField
          id={PASSCODE_ID}
          name="passcode"
          label={t('importUnsent.passcode')}
          error={passcodeError}
          errorPrefix={t('errorPrefix')}
          {...PASSCODE_INPUT_PROPS}
          value={passcode}
          onChange={(e) => setPasscode(e.target.value)}
        />
        <button type="submit" className="nhsuk-button" disabled={busy}>
          {t('importUnsent.submit')}
        </button>
      </form>
    </section>
  );
}
