/**
 * How the engine reaches the server: one function per round trip (DESIGN.md §5). The
 * engine does not care whether it is HTTP, an in-process service (tests) or something
 * else; it only needs the failures classified, because each calls for a different
 * reaction (wait for a connection, back off, stop and ask the person to sign in).
 */
import type { SyncRequest, SyncResponse } from '../domain';

export type Transport = (request: SyncRequest) => Promise<SyncResponse>;

/**
 * - offline: no connection (fetch failed before any answer). Retry when back online.
 * - retry: the server or the connection failed on the way (5xx, timeout, unreadable
 *   answer). Back off and retry; the outbox is untouched, and replays are idempotent.
 * - signedOut: 401. Stop until the person signs in again; retrying cannot help.
 * - problem: another 4xx (the request itself was refused). Shown to the person with a key.
 */
export type SyncFailureKind = 'offline' | 'retry' | 'signedOut' | 'problem';

export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    /** A message key for the person (locales/<lang>/sync.json), e.g. 'serverError'. */
    readonly key: string,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(`Sync failed (${kind}: ${key}${status ? `, HTTP ${status}` : ''})`, { cause });
    this.name = 'SyncFailure';
  }
}

/** Anything thrown by a transport, as a SyncFailure (unknown errors are worth a retry). */
export function toSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  return new SyncFailure('retry', 'unexpected', undefined, error);
}
