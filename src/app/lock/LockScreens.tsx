/**
 * The screens the lock shows in place of a signed-in person's screens (LockGate.tsx).
 * Default export: loaded as its own chunk.
 */
import { useSignedInAccount } from '../../db';
import { Loading } from '../../ui/Spinner';
import { useTranslation } from 'react-i18next';
import { ChoosePasscodeScreen } from './ChoosePasscodeScreen';
import type { LockState } from './lock-state';
import { NewPasscodeScreen } from './NewPasscodeScreen';
import { OpenSafetyPlanScreen } from './OpenSafetyPlanScreen';
import { UnlockScreen } from './UnlockScreen';

export interface LockScreensProps {
  state: Exclude<LockState, 'checking' | 'signed-out' | 'unlocked'>;
  /** The address is the young person's safety plan. */
  safetyPlan: boolean;
}

export default function LockScreens({ state, safetyPlan }: LockScreensProps) {
  const { t } = useTranslation();
  const account = useSignedInAccount();
  // No account (null) only for the moment before the runtime says "signed out".
  if (!account) return <Loading label={t('loading')} />;
  if (state === 'needs-passcode') return <ChoosePasscodeScreen account={account} />;
  if (state === 'new-passcode') return <NewPasscodeScreen account={account} />;
  if (safetyPlan) return <OpenSafetyPlanScreen account={account} />;
  return <UnlockScreen account={account} />;
}
