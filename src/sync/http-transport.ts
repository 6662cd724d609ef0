/**
 * The HTTP transport: `POST /api/sync` with the session cookie (same origin only, so the
 * cookie never goes anywhere else), JSON both ways, the answer checked against the shared
 * schema before the engine trusts it.
 */
import { syncResponseSchema, type AnyRecord, type SyncResponse } from '../domain';
import { SyncFailure, type Transport } from './transport';

export interface HttpTransportOptions {
  /** Where the sync route is; relative to the page by default. */
  url?: string;
  /** A long pull of a big caseload can take a while on a slow link; past this we retry. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Extra headers (tests pass a cookie; browsers send it themselves). */
  headers?: Record<string, string>;
}

export const DEFAULT_SYNC_URL = '/api/sync';
export const DEFAULT_TIMEOUT_MS = 30_000;

export function httpTransport(options: HttpTransportOptions = {}): Transport {
  const url = options.url ?? DEFAULT_SYNC_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return async (request) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: JSON.stringify(request),
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) throw new SyncFailure('retry', 'timeout', undefined, error);
        // fetch rejects only when no answer arrived at all: no connection, DNS, refused.
        throw new SyncFailure('offline', 'offline', undefined, error);
      }
      if (response.status === 401) {
        // A session revoked from elsewhere says so; the device then empties itself.
        const body = (await response.json().catch(() => ({}))) as { error?: unknown };
        const key = body.error === 'session_revoked' ? 'sessionRevoked' : 'signedOut';
        throw new SyncFailure('signedOut', key, 401);
      }
      // 408 and 429 are the server asking us to come back later, like a 5xx.
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        throw new SyncFailure('retry', 'serverError', response.status);
      }
      if (!response.ok) {
        throw new SyncFailure('problem', await problemKey(response), response.status);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        const key = controller.signal.aborted ? 'timeout' : 'badResponse';
        throw new SyncFailure('retry', key, response.status, error);
      }
      const parsed = syncResponseSchema.safeParse(body);
      if (!parsed.success) {
        throw new SyncFailure('retry', 'badResponse', response.status, parsed.error);
      }
      // Records are checked one by one when they are stored (unknown kinds are skipped).
      return { ...parsed.data, changes: parsed.data.changes as AnyRecord[] } satisfies SyncResponse;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The server's error key when it gave one (`{ error: { key } }` or `{ key }`), else a generic one. */
async function problemKey(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const b = body as { key?: unknown; error?: unknown };
      if (typeof b.key === 'string') return b.key;
      if (typeof b.error === 'object' && b.error !== null) {
        const key = (b.error as { key?: unknown }).key;
        if (typeof key === 'string') return key;
      }
      if (typeof b.error === 'string') return b.error;
    }
  } catch {
    // Not JSON: fall through to the generic key.
  }
  return 'requestRefused';
}
