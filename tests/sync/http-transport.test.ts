// The HTTP transport: what it sends, and how each kind of failure is classified so the
// scheduler reacts rightly (wait for a connection, back off, or stop at a sign-out).
import { describe, expect, it } from 'vitest';
import type { SyncRequest } from '../../src/domain';
import { httpTransport, SyncFailure } from '../../src/sync';
import { answer } from './helpers/scripted-transport';

const request: SyncRequest = { deviceId: 'device-1', mutations: [], checkpoint: { a: 1 } };

function fetchAnswering(status: number, body: unknown, calls: RequestInit[] = []): typeof fetch {
  return async (_url, init) => {
    calls.push(init ?? {});
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

async function failureOf(promise: Promise<unknown>): Promise<SyncFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncFailure) return error;
    throw error;
  }
  throw new Error('expected a SyncFailure');
}

describe('httpTransport', () => {
  it('posts JSON with same-origin credentials and returns the checked answer', async () => {
    const calls: RequestInit[] = [];
    let url: unknown;
    const ok = answer({ checkpoint: { a: 2 } });
    const transport = httpTransport({
      fetch: async (u, init) => {
        url = u;
        return fetchAnswering(200, ok, calls)(u, init);
      },
    });
    expect(await transport(request)).toEqual(ok);
    expect(url).toBe('/api/sync');
    expect(calls[0]).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(calls[0]!.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.body))).toEqual(request);
  });

  it('says offline when no answer arrives at all', async () => {
    const transport = httpTransport({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await failureOf(transport(request))).toMatchObject({ kind: 'offline' });
  });

  it('says signed out on 401, so sync stops instead of retrying', async () => {
    const transport = httpTransport({ fetch: fetchAnswering(401, { error: 'unauthorized' }) });
    expect(await failureOf(transport(request))).toMatchObject({ kind: 'signedOut', status: 401 });
  });

  it('says problem with the server key on another 4xx', async () => {
    const transport = httpTransport({
      fetch: fetchAnswering(400, { error: 'bad_request', message: 'x' }),
    });
    expect(await failureOf(transport(request))).toMatchObject({
      kind: 'problem',
      key: 'bad_request',
      status: 400,
    });
    const plain = httpTransport({ fetch: fetchAnswering(403, 'no') });
    expect(await failureOf(plain(request))).toMatchObject({
      kind: 'problem',
      key: 'requestRefused',
    });
  });

  it('retries on 5xx, 429 and an answer that does not fit the protocol', async () => {
    for (const status of [500, 503, 429]) {
      const transport = httpTransport({ fetch: fetchAnswering(status, { error: 'x' }) });
      expect(await failureOf(transport(request))).toMatchObject({ kind: 'retry', status });
    }
    const bad = httpTransport({ fetch: fetchAnswering(200, { accepted: 'nope' }) });
    expect(await failureOf(bad(request))).toMatchObject({ kind: 'retry', key: 'badResponse' });
    const notJson = httpTransport({ fetch: fetchAnswering(200, '<html>') });
    expect(await failureOf(notJson(request))).toMatchObject({ kind: 'retry', key: 'badResponse' });
  });

  it('gives up after the timeout and says retry', async () => {
    const transport = httpTransport({
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    });
    expect(await failureOf(transport(request))).toMatchObject({ kind: 'retry', key: 'timeout' });
  });
});
