/**
 * React hooks over the local store (useLiveQuery): screens re-render when the data
 * changes, in this tab or another. Components use these, never Dexie directly.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyRecord } from '../domain';
import { readAccount, type SignedInAccount } from './account';
import {
  readCaseConflicts,
  readCaseload,
  type CaseSummary,
  type FieldConflict,
} from './case-queries';
import type { RejectedEntry } from './database';
import { localStore } from './local-store';
import type { StoredKind } from './tables';

/** One record by id; `undefined` while loading, `null` when there is none. */
export function useRecord(kind: StoredKind, id: string | undefined): AnyRecord | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await localStore().db.recordTable(kind).get(id)) ?? null) : null),
    [kind, id],
  );
}

/** The live (not deleted) records of a kind in a case. */
export function useCaseRecords(
  kind: StoredKind,
  caseId: string | undefined,
): AnyRecord[] | undefined {
  return useLiveQuery(
    async () =>
      caseId
        ? (await localStore().db.recordTable(kind).where('caseId').equals(caseId).toArray()).filter(
            (r) => !r.deleted,
          )
        : [],
    [kind, caseId],
  );
}

/** How many changes on this device are waiting to be sent to the server. */
export function useOutboxCount(): number | undefined {
  return useLiveQuery(() => localStore().db.outbox.count(), []);
}

/** Who is signed in on this device (undefined while loading, null when nobody). */
export function useSignedInAccount(): SignedInAccount | null | undefined {
  return useLiveQuery(async () => (await readAccount(localStore().db)) ?? null, []);
}

/** Every case on this device with its grouping and what needs attention. */
export function useCaseload(): CaseSummary[] | undefined {
  return useLiveQuery(() => readCaseload(localStore().db), []);
}

/** Every open conflict in a case (two devices saved a field differently). */
export function useCaseConflicts(caseId: string | undefined): FieldConflict[] | undefined {
  return useLiveQuery(
    async () => (caseId ? readCaseConflicts(localStore().db, caseId) : []),
    [caseId],
  );
}

/** Changes to a case the server refused, oldest first, kept until someone chooses. */
export function useCaseRejected(caseId: string | undefined): RejectedEntry[] | undefined {
  return useLiveQuery(
    async () =>
      caseId
        ? (await localStore().db.rejected.where('caseId').equals(caseId).toArray()).sort((a, b) =>
            a.rejectedAt < b.rejectedAt ? -1 : 1,
          )
        : [],
    [caseId],
  );
}
