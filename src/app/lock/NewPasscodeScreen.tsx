/**
 * After a forgotten passcode and a fresh online sign-in (issue #10 item 2): the server's
 * key has been fetched, and a new passcode opens OurPlan from now on. Everything on the
 * device, unsent changes included, is as it was.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInAccount } from '../../db';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { SetPasscodeForm } from '../../ui/passcode/SetPasscodeForm';
import { usePageTitle } from '../../ui/usePageTitle';

export function NewPasscodeScreen({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation(['lock', 'common']);
  const [failed, setFailed] = useState(false);
  usePageTitle(t('lock:newPasscode.title'), t('common:appName'));
  return (
    <>
      {failed && (
        <NotificationBanner title={t('lock:newPasscode.failedTitle')} live>
          <p className="nhsuk-body">{t('lock:newPasscode.failed')}</p>
        </NotificationBanner>
      )}
      <SetPasscodeForm
        userId={account.userId}
        purpose="lock"
        title={t('lock:newPasscode.title')}
        save={async (passcode) => {
          const { chooseNewPasscode } = await import('./lock-runtime');
          if (!(await chooseNewPasscode(passcode))) setFailed(true);
        }}
        onDone={() => undefined}
      />
    </>
  );
}
