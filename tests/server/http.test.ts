/**
 * The HTTP layer against the real server over loopback, on every backend: health,
 * caching per file type, precompressed files, the SPA fallback, security headers, and
 * every kind of bad request answered with a 4xx JSON reason, never a 500.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/security-headers';
import { APP_VERSION } from '../../src/server/version';
import { backends } from './helpers/backends';
import { FIXTURE_FILES } from './helpers/static-fixture';
import { startTestServer, type TestServer } from './helpers/test-server';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  // Served over plain HTTP here: HSTS would be wrong.
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

async function expectJsonError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body['error']).toBe(error);
  expect(typeof body['message']).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(?:ts|js):\d+/); // no stack trace
}

/**
 * A request without fetch's extras: fetch decompresses bodies and, per the Fetch spec,
 * adds Cache-Control: no-cache to conditional requests (which forces a full reply).
 */
function raw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(backends)('HTTP server on %s', (backend) => {
  let ts: TestServer;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${ts.url}${path}`, { headers });
  const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
    fetch(`${ts.url}${path}`, { method: 'POST', body, headers });

  beforeAll(async () => {
    ts = await startTestServer(backend);
  });
  afterAll(async () => {
    await ts?.close();
  });

  describe('GET /api/health', () => {
    it('says the server and its store are up', async () => {
      const response = await get('/api/health');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', backend, version: APP_VERSION });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(response);
    });
  });

  describe('caching', () => {
    it.each([
      ['/assets/app-abc123.js', 'public, max-age=31536000, immutable'],
      ['/assets/style-abc123.css', 'public, max-age=31536000, immutable'],
      ['/', 'no-cache'],
      ['/index.html', 'no-cache'],
      ['/sw.js', 'no-cache'],
      ['/registerSW.js', 'no-cache'],
      ['/workbox-abc123.js', 'no-cache'],
      ['/manifest.webmanifest', 'no-cache'],
      ['/locales/en-GB/common.json', 'no-cache'],
      ['/icons/icon-192.png', 'public, max-age=3600, must-revalidate'],
      ['/favicon.svg', 'public, max-age=3600, must-revalidate'],
    ])('%s → Cache-Control: %s', async (path, cacheControl) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe(cacheControl);
      expectSecurityHeaders(response);
    });

    it('answers a revalidation with 304 when nothing changed', async () => {
      const headers = { 'accept-encoding': 'br' };
      const first = await raw(`${ts.url}/sw.js`, headers);
      const etag = first.headers.etag;
      expect(etag).toBeTruthy();
      const again = await raw(`${ts.url}/sw.js`, { ...headers, 'if-none-match': etag ?? '' });
      expect(again.status).toBe(304);
      expect(again.headers['cache-control']).toBe('no-cache');
    });

    it('gives the right content types', async () => {
      expect((await get('/assets/app-abc123.js')).headers.get('content-type')).toMatch(
        /javascript/,
      );
      expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(
        /application\/manifest\+json/,
      );
      expect((await get('/')).headers.get('content-type')).toMatch(/^text\/html/);
    });
  });

  describe('precompressed files', () => {
    const rawGet = (path: string, acceptEncoding: string) =>
      raw(`${ts.url}${path}`, { 'accept-encoding': acceptEncoding });

    it('sends brotli to clients that accept it', async () => {
      const { headers, body } = await rawGet('/assets/app-abc123.js', 'gzip, deflate, br');
      expect(headers['content-encoding']).toBe('br');
      expect(headers['content-type']).toMatch(/javascript/);
      expect(headers['vary']).toMatch(/accept-encoding/i);
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(body).toString()).toBe(FIXTURE_FILES['assets/app-abc123.js']);
    });

    it('sends gzip to clients that accept only gzip', async () => {
      const { headers, body } = await rawGet('/sw.js', 'gzip');
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['cache-control']).toBe('no-cache');
      expect(gunzipSync(body).toString()).toBe(FIXTURE_FILES['sw.js']);
    });

    it('sends the plain file otherwise, and small files always plain', async () => {
      const plain = await rawGet('/assets/app-abc123.js', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(FIXTURE_FILES['assets/app-abc123.js']);
      const small = await rawGet('/assets/style-abc123.css', 'br, gzip');
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.body.toString()).toBe(FIXTURE_FILES['assets/style-abc123.css']);
    });

    it('compresses the app shell too, with no-cache', async () => {
      const { headers, body } = await rawGet('/', 'br');
      expect(headers['content-encoding']).toBe('br');
      expect(headers['content-type']).toMatch(/^text\/html/);
      expect(headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(body).toString()).toBe(FIXTURE_FILES['index.html']);
    });
  });

  describe('single-page app fallback', () => {
    it('serves index.html for client-side routes', async () => {
      for (const path of ['/cases', '/cases/0190a1b2-c3d4/goals', '/my-plan?tab=safety']) {
        const response = await get(path, HTML);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(await response.text()).toBe(FIXTURE_FILES['index.html']);
        expectSecurityHeaders(response);
      }
    });

    it('gives a real 404 for missing files, assets and non-HTML requests', async () => {
      // A removed chunk must fail to load (so the app offers the update), not turn into HTML.
      for (const path of ['/assets/app-gone99.js', '/assets/whatever', '/missing.png']) {
        const response = await get(path, HTML);
        expect(response.status, path).toBe(404);
      }
      expect((await get('/cases', { accept: 'application/json' })).status).toBe(404);
    });

    it('never serves build metadata or files outside the static directory', async () => {
      expect((await get('/.vite/manifest.json')).status).toBe(404);
      for (const path of ['/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fpackage.json']) {
        const response = await get(path);
        expect(response.status, path).toBeGreaterThanOrEqual(400);
        expect(response.status, path).toBeLessThan(500);
      }
    });
  });

  describe('the API', () => {
    it('answers unknown endpoints with a JSON 404', async () => {
      await expectJsonError(await get('/api/nothing-here', HTML), 404, 'not_found');
      const response = await post('/api/nothing-here', '{}', {
        'content-type': 'application/json',
      });
      await expectJsonError(response, 404, 'not_found');
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it.each([
      ['text/plain', 'hello'],
      ['text/plain;charset=UTF-8', '{"a":1}'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['multipart/form-data; boundary=x', '--x--'],
    ])('refuses a %s body with 415', async (contentType, body) => {
      await expectJsonError(
        await post('/api/health', body, { 'content-type': contentType }),
        415,
        'unsupported_media_type',
      );
    });

    it('refuses a body without a content type with 415', async () => {
      const response = await fetch(`${ts.url}/api/health`, {
        method: 'POST',
        body: new Uint8Array([123, 125]),
      });
      await expectJsonError(response, 415, 'unsupported_media_type');
    });

    it('refuses malformed JSON with 400 and does not echo it', async () => {
      const response = await post('/api/nothing-here', '{"name": "Secret Person', {
        'content-type': 'application/json',
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain('Secret');
      expect(JSON.parse(text)).toEqual({
        error: 'bad_request',
        message: 'The request body is not valid JSON.',
      });
    });

    it('refuses prototype-poisoning JSON with 400', async () => {
      const response = await post('/api/nothing-here', '{"__proto__":{"admin":true}}', {
        'content-type': 'application/json',
      });
      await expectJsonError(response, 400, 'bad_request');
    });

    it('refuses a body over 1 MiB with 413', async () => {
      const body = JSON.stringify({ text: 'x'.repeat(1024 * 1024) });
      await expectJsonError(
        await post('/api/nothing-here', body, { 'content-type': 'application/json' }),
        413,
        'payload_too_large',
      );
    });
  });

  describe('cross-site requests (CSRF)', () => {
    const json = { 'content-type': 'application/json' };

    it.each([
      [{ origin: 'https://evil.example' }],
      [{ origin: 'null' }],
      [{ 'sec-fetch-site': 'cross-site' }],
      [{ 'sec-fetch-site': 'same-site' }],
      [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ])('refuses a state-changing request with %o', async (headers) => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await fetch(`${ts.url}/api/health`, {
          method,
          body: '{}',
          headers: { ...json, ...headers },
        });
        await expectJsonError(response, 403, 'cross_site_request');
      }
    });

    it('refuses a cross-site text/plain form post before reading it', async () => {
      const response = await post('/api/anything', 'a=1', {
        'content-type': 'text/plain',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      await expectJsonError(response, 403, 'cross_site_request');
    });

    it('lets requests from our own origin through', async () => {
      const response = await post('/api/nothing-here', '{}', {
        ...json,
        origin: ts.url,
        'sec-fetch-site': 'same-origin',
      });
      await expectJsonError(response, 404, 'not_found');
    });

    it('does not check reads', async () => {
      const response = await get('/api/health', {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(response.status).toBe(200);
    });
  });

  // Last: it takes the store down.
  describe('when the store is down', () => {
    it('health says so with 503', async () => {
      await ts.server.store.close();
      const response = await get('/api/health');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        backend,
        version: APP_VERSION,
      });
    });
  });
});

describe('behind a reverse proxy (PUBLIC_ORIGIN, TRUST_PROXY)', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer('pglite', {
      PUBLIC_ORIGIN: 'https://ourplan.example.org',
      TRUST_PROXY: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await ts?.close();
  });

  it('sends HSTS when the proxy says the request came over HTTPS', async () => {
    const response = await fetch(`${ts.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const plain = await fetch(`${ts.url}/`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('accepts only PUBLIC_ORIGIN as our origin', async () => {
    const post = (origin: string) =>
      fetch(`${ts.url}/api/nothing-here`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json', origin },
      });
    expect((await post('https://ourplan.example.org')).status).toBe(404);
    // The address the proxy talks to is not an origin people use (and could be DNS-rebound).
    expect((await post(ts.url)).status).toBe(403);
  });
});

describe('CSP constant', () => {
  it('is exactly the policy of DESIGN.md §10 plus form-action', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });
});
