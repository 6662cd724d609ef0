/**
 * The audit log's hash chain (DESIGN.md §10): each partition's entries are numbered 1, 2,
 * 3… and each carries hash = SHA-256(prev_hash + canonical JSON of the entry), the first
 * starting from AUDIT_GENESIS_HASH. Changing, removing or reordering an entry breaks every
 * link after it; verifyChain finds the first broken one.
 */
import { createHash } from 'node:crypto';
import { AUDIT_GENESIS_HASH, canonicalJson, type AuditAction } from '../../domain';

export { AUDIT_GENESIS_HASH };

/** What an entry says (everything but its place in the chain). */
export interface AuditEntry {
  id: string;
  partition: string;
  caseId: string | null;
  actorId: string;
  actorRole: string;
  deviceId: string | null;
  action: AuditAction;
  kind: string | null;
  recordId: string | null;
  /** ISO date-time with milliseconds (what timestamptz gives back, as toISOString). */
  at: string;
}

export interface ChainedEntry extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export function entryHash(prevHash: string, entry: AuditEntry & { seq: number }): string {
  const body = canonicalJson({
    id: entry.id,
    partition: entry.partition,
    seq: entry.seq,
    caseId: entry.caseId,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    deviceId: entry.deviceId,
    action: entry.action,
    kind: entry.kind,
    recordId: entry.recordId,
    at: entry.at,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** Chains entries after a head (seq, hash): the rows to insert, in order. */
export function chain(
  head: { seq: number; hash: string },
  entries: readonly AuditEntry[],
): ChainedEntry[] {
  let { seq, hash } = head;
  return entries.map((entry) => {
    seq += 1;
    const prevHash = hash;
    hash = entryHash(prevHash, { ...entry, seq });
    return { ...entry, seq, prevHash, hash };
  });
}

export type ChainCheck =
  | { ok: true; length: number }
  | { ok: false; length: number; brokenAt: number; reason: 'gap' | 'prevHash' | 'hash' };

/** Walks a partition's entries in seq order and reports the first broken link. */
export function verifyChain(entries: readonly ChainedEntry[]): ChainCheck {
  let prev = AUDIT_GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    const broken = (reason: 'gap' | 'prevHash' | 'hash'): ChainCheck => ({
      ok: false,
      length: entries.length,
      brokenAt: e.seq,
      reason,
    });
    if (e.seq !== expectedSeq) return broken('gap');
    if (e.prevHash !== prev) return broken('prevHash');
    if (entryHash(e.prevHash, e) !== e.hash) return broken('hash');
    prev = e.hash;
    expectedSeq += 1;
  }
  return { ok: true, length: entries.length };
}
