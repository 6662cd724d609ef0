/**
 * The first passcode on this device, straight after signing in (issue #10 item 2). A
 * young person first chooses about their safety plan (item 3): kept open without the
 * passcode, so a crisis never meets a lock screen, or locked like everything else. Both
 * are explained in plain words; neither is chosen for them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInAccount } from '../../db';
import { SetPasscodeForm } from '../../ui/passcode/SetPasscodeForm';
import { usePageTitle } from '../../ui/usePageTitle';
import { SafetyPlanChoice } from './SafetyPlanChoice';

export function ChoosePasscodeScreen({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation(['lock', 'passcode', 'common']);
  const asksAboutPlan = account.roles.includes('young-person');
  const [planOpen, setPlanOpen] = useState<boolean>();
  usePageTitle(
    asksAboutPlan && planOpen === undefined ? t('lock:planChoice.title') : t('passcode:set.title'),
    t('common:appName'),
  );

  if (asksAboutPlan && planOpen === undefined) {
    return <SafetyPlanChoice onChoose={setPlanOpen} />;
  }
  return (
    <SetPasscodeForm
      userId={account.userId}
      purpose="lock"
      save={async (passcode) => {
        const { choosePasscode } = await import('./lock-runtime');
        await choosePasscode(passcode, asksAboutPlan ? { safetyPlanOpen: planOpen } : {});
      }}
      onDone={() => undefined /* the frame shows the screen asked for once unlocked */}
    />
  );
}
