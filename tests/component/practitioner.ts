// The start of most component tests: an empty local store with a practitioner signed in
// on this device, and a case to work on.
import { localStore, saveAccount, setActor } from '../../src/db';
import type { AnyRecord } from '../../src/domain';

export async function signInAsPractitioner(userId: string): Promise<void> {
  const { db } = localStore();
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveAccount(db, {
    userId,
    organisationId: 'org-1',
    displayName: 'Pat Practitioner',
    roles: ['practitioner'],
    signedInAt: new Date().toISOString(),
  });
  setActor(userId);
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
