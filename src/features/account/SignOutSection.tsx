import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, unsentCount } from '../../app/account/account';
import { useSignedInAccount } from '../../db';
import { Checkbox } from '../../ui/form/Checkbox';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { DownloadUnsentForm } from './DownloadUnsentForm';

export interface SignOutSectionProps {
  /** PBKDF2 iterations for the locked file of unsent changes; only tests pass fewer. */
  fileIterations?: number;
}

/**
 * Signing out removes OurPlan's data from the device (DESIGN.md §6), so it refuses while
 * changes are unsent: the person can stay, save them as a locked file (to bring back after
 * signing in again), or knowingly remove them.
 */
export function SignOutSection({ fileIterations }: SignOutSectionProps = {}) {
  const { t } = useTranslation('account');
  const account = useSignedInAccount();
  const [unsent, setUnsent] = useState<number>();
  const [confirmed, setConfirmed] = useState(false);
  const [offlineNote, setOfflineNote] = useState(false);

  async function attempt(discardUnsent: boolean) {
    const outcome = await signOut({ discardUnsent });
    if (outcome === 'unsentChanges') {
      setUnsent(await unsentCount());
      return;
    }
    if (outcome === 'signedOutOffline') {
      setOfflineNote(true);
      return;
    }
    window.location.assign('/');
  }

  if (offlineNote) {
    return (
      <NotificationBanner title={t('account.signOutTitle')} live>
        <p className="nhsuk-body">{t('account.signedOutOffline')}</p>
      </NotificationBanner>
    );
  }

  return (
    <section aria-labelledby="sign-out-heading">
      <h2 className="nhsuk-heading-m" id="sign-out-heading">
        {t('account.signOutTitle')}
      </h2>
      {unsent === undefined ? (
        <>
          <p className="nhsuk-body">{t('account.signOutExplain')}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void attempt(false)}
          >
            {t('account.signOut')}
          </button>
        </>
      ) : (
        <div className="nhsuk-warning-callout" role="alert">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">{t('account.unsentTitle')}</span>
          </h3>
          <p className="nhsuk-body">{t('account.unsentExplain', { count: unsent })}</p>
          <button type="button" className="nhsuk-button" onClick={() => setUnsent(undefined)}>
            {t('account.unsentStay')}
          </button>
          {account && (
            <DownloadUnsentForm userId={account.userId} fileIterations={fileIterations} />
          )}
          <Checkbox
            id="confirm-discard"
            className="app-confirm"
            label={t('account.unsentConfirm')}
            checked={confirmed}
            onChange={setConfirmed}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            disabled={!confirmed}
            onClick={() => void attempt(true)}
          >
            {t('account.unsentSignOutAnyway')}
          </button>
        </div>
      )}
    </section>
  );
}
