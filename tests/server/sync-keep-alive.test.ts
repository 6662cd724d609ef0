// The server keeps idle keep-alive connections longer than clients do (see
// KEEP_ALIVE_TIMEOUT_MS in src/server/http/app.ts), so a client never reuses a connection
// the server is closing: that race was the ECONNRESET seen under the 100-device sync load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../src/server/http/app';
import { startTestServer, type TestServer } from './helpers/test-server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer('pglite');
});
afterAll(async () => ts?.close());

describe('keep-alive', () => {
  it('keeps idle connections for 72 s, and says so to clients', async () => {
    expect(KEEP_ALIVE_TIMEOUT_MS).toBe(72_000);
    expect(ts.server.app.server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    const response = await fetch(`${ts.url}/api/health`);
    await response.text();
    // undici (Node's fetch) keeps a connection for this hint less 2 s; Node's own default
    // (5 s) left it 3 s, shorter than a busy server's event loop can stall.
    expect(response.headers.get('keep-alive')).toBe('timeout=72');
  });
});
