/**
 * The data the sharing screens need for one case: the signed-in person and who they are
 * on it, the young person's name, and each carer with their current sharing settings
 * (chosen as sharing-view.ts explains). Undefined while loading.
 */
import { useCaseRecords, useRecord, useSignedInAccount, type SignedInAccount } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { raterFor, type Rater } from '../goals/goal-view';
import { carersOf, currentSettings, type Carer } from '../../../domain/carer-sharing';

export interface CarerSharing extends Carer {
  /** The current sharing-settings record, or undefined when none was ever saved. */
  settings: AnyRecord | undefined;
}

export interface SharingData {
  account: SignedInAccount | null;
  /** 'young-person' or 'carer' on this case; null for staff or strangers. */
  role: Rater | null;
  /** The young person's preferred name, for a carer's view. */
  name: string;
  carers: CarerSharing[];
}

export function useSharing(caseId: string | undefined): SharingData | undefined {
  const account = useSignedInAccount();
  const memberships = useCaseRecords('case-membership', caseId);
  const settings = useCaseRecords('sharing-settings', caseId);
  const plan = useRecord('case', caseId);
  if (
    account === undefined ||
    memberships === undefined ||
    settings === undefined ||
    plan === undefined
  ) {
    return undefined;
  }
  return {
    account,
    role: account ? raterFor(memberships, account.userId, account.roles) : null,
    name: typeof plan?.['preferredName'] === 'string' ? plan['preferredName'] : '',
    carers: carersOf(memberships).map((c) => ({
      ...c,
      settings: currentSettings(settings, c.userId),
    })),
  };
}
