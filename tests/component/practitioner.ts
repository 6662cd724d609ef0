// The start of most component tests: an empty local store with someone (usually a
// practitioner) signed in on this device, and a case to work on.
import { localStore, saveAccount, setActor, type SignedInAccount } from '../../src/db';
import type { AnyRecord } from '../../src/domain';
import { unlockTestStore } from './test-device-key';

/** An empty local store with `userId` signed in on this device. */
export async function signInAs(
  userId: string,
  roles: SignedInAccount['roles'],
  displayName: string,
): Promise<void> {
  const { db } = localStore();
  unlockTestStore(); // case data is encrypted at rest (issue #10)
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveAccount(db, {
    userId,
    organisationId: 'org-1',
    displayName,
    roles,
    signedInAt: new Date().toISOString(),
  });
  setActor(userId);
}

export function signInAsPractitioner(userId: string): Promise<void> {
  return signInAs(userId, ['practitioner'], 'Pat Practitioner');
}

/** A case with the minimum a case needs; `data` adds to it or overrides it. */
export function openCase(data: Record<string, unknown> = {}): Promise<AnyRecord> {
  return localStore().records.createCase({
    preferredName: 'Sam',
    ageBand: '14-15',
    involved: [],
    consentToRecord: true,
    status: 'open',
    ...data,
  });
}
