/**
 * Issue #10 item 5: the security headers on every response the server can give. The
 * routes are not listed here by hand: they are read from the running server's own route
 * table (printRoutes), so a route added tomorrow is checked tomorrow without anyone
 * remembering to add it. Each is requested anonymously and as a signed-in administrator,
 * with a dummy id in its path and an empty body (a 4xx is expected; a 500 fails), over
 * plain HTTP, over TLS, and behind a trusted proxy that ended TLS. The app's pages, its
 * files and a few error paths (404, 415, a cross-site refusal) are checked the same way.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/http/security-headers';
import { randomAddress } from './helpers/auth-client';
import { setUpFirstAdmin, startAuthServer } from './helpers/auth-fixtures';
import { makeTempDir } from './helpers/temp';
import { startTestServer, type TestServer } from './helpers/test-server';

/** One year: the least HSTS max-age worth having (and what preload lists ask for). */
const MIN_HSTS_SECONDS = 31_536_000;

/** Features the app does not use: each must be switched off, `feature=()`. */
const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb'];

/** A well-formed id that names nothing, so handlers get past format checks to "not found". */
const DUMMY_ID = '01900000-0000-7000-8000-00000000dead';

interface Route {
  method: string;
  url: string;
}

/**
 * The routes in `printRoutes({ commonPrefix: false })`'s tree. Each line is
 * `<indent>├── <path> (<METHODS>)`, indented four characters per level, and a child's path
 * continues its parent's. Lines without methods are only shared prefixes.
 */
function parseRouteTree(tree: string): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?\s*$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const segment = match[2] ?? '';
    // The root's wildcard is printed without the "/" it hangs from.
    const parent = depth === 0 ? '' : (stack[depth - 1] ?? '');
    const full = depth === 0 && !segment.startsWith('/') ? `/${segment}` : parent + segment;
    stack[depth] = full;
    stack.length = depth + 1;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim())) {
      if (method !== '') routes.push({ method, url: full });
    }
  }
  return routes;
}

/** Every route the app answers, checked back against its router so a misread tree fails. */
function registeredRoutes(app: FastifyInstance): Route[] {
  const routes = parseRouteTree(app.printRoutes({ commonPrefix: false }));
  for (const route of routes) {
    const known = app.hasRoute({ method: route.method as HTTPMethods, url: route.url });
    if (!known) throw new Error(`read ${route.method} ${route.url} from printRoutes, not a route`);
  }
  return routes;
}

/** A path to request for a route: each parameter a dummy id, the wildcard a missing file. */
function concretePath(url: string): string {
  return url.replace(/:\w+(?:\([^)]*\))?/g, DUMMY_ID).replace(/\*$/, 'no-such-file-here.txt');
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

interface Call {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Node's own client: fetch cannot trust a self-signed certificate for one request. */
function send(baseUrl: string, call: Call): Promise<RawResponse> {
  const url = new URL(call.path, baseUrl);
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined) headers['content-length'] = String(Buffer.byteLength(call.body));
  const options = { method: call.method, headers, rejectUnauthorized: false, agent: false };
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timed out: ${call.method} ${call.path}`)));
    req.end(call.body);
  });
}

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** `a=(), b=(self)` → { a: '()', b: '(self)' } */
function permissionsPolicy(value: string): Map<string, string> {
  const features = new Map<string, string>();
  for (const part of value.split(',')) {
    const [feature = '', allow = ''] = part.split('=').map((s) => s.trim());
    if (feature !== '') features.set(feature, allow);
  }
  return features;
}

/** What is wrong with one response's headers, in words that name the request; empty if none. */
function problemsWith(label: string, response: RawResponse, overHttps: boolean): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${label} → ${response.status}: ${what}`);
  const h = response.headers;

  if (response.status >= 500) say('a server error');

  const csp = single(h, 'content-security-policy') ?? '';
  if (csp !== CONTENT_SECURITY_POLICY) say(`content-security-policy is "${csp}"`);
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  if (directives.get('script-src') !== "'self'") say("script-src is not just 'self'");
  if (/unsafe-inline|unsafe-eval/.test(csp)) say('the CSP allows unsafe-inline or unsafe-eval');
  if (directives.get('frame-ancestors') !== "'none'") say("frame-ancestors is not 'none'");

  const referrer = single(h, 'referrer-policy');
  if (referrer !== 'no-referrer') say(`referrer-policy is "${referrer ?? ''}"`);

  const permissions = permissionsPolicy(single(h, 'permissions-policy') ?? '');
  for (const feature of DENIED_FEATURES) {
    if (permissions.get(feature) !== '()') say(`permissions-policy does not deny ${feature}`);
  }

  const nosniff = single(h, 'x-content-type-options');
  if (nosniff !== 'nosniff') say(`x-content-type-options is "${nosniff ?? ''}"`);

  const hsts = single(h, 'strict-transport-security');
  if (overHttps) {
    const maxAge = Number(/(?:^|;)\s*max-age=(\d+)/i.exec(hsts ?? '')?.[1] ?? NaN);
    if (!(maxAge >= MIN_HSTS_SECONDS)) say(`over HTTPS, strict-transport-security is "${hsts}"`);
  } else if (hsts !== undefined) {
    say(`over plain HTTP, strict-transport-security is "${hsts}"`);
  }
  return problems;
}

const EMPTY_BODIES: ReadonlyArray<Pick<Call, 'headers' | 'body'>> = [
  {},
  { headers: { 'content-type': 'application/json' }, body: '{}' },
];

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Calls for every route: each method, and for those that take a body, without and with `{}`. */
function routeCalls(routes: Route[]): Call[] {
  // Signing out ends the session the later calls are made with: it goes last.
  const endsSession = (r: Route) => /sign-out/.test(r.url);
  const ordered = [...routes.filter((r) => !endsSession(r)), ...routes.filter(endsSession)];
  return ordered.flatMap((route) => {
    const callPath = concretePath(route.url);
    if (!HAS_BODY.has(route.method)) return [{ method: route.method, path: callPath }];
    return EMPTY_BODIES.map((body) => ({ method: route.method, path: callPath, ...body }));
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** The app's pages (the SPA shell), its files, and the error paths that answer early. */
const PAGE_AND_FILE_CALLS: Call[] = [
  ...['/', '/sign-in', '/my-plan', '/support', '/support/card', '/nope'].map((p) => ({
    method: 'GET',
    path: p,
    headers: HTML,
  })),
  { method: 'GET', path: '/nope' },
  { method: 'GET', path: '/index.html' },
  { method: 'GET', path: '/assets/app-abc123.js' },
  { method: 'GET', path: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } },
  { method: 'GET', path: '/assets/style-abc123.css', headers: { 'accept-encoding': 'gzip' } },
  { method: 'GET', path: '/assets/gone-by-now.js' },
  { method: 'GET', path: '/sw.js' },
  { method: 'GET', path: '/registerSW.js' },
  { method: 'GET', path: '/manifest.webmanifest' },
  { method: 'GET', path: '/locales/en-GB/common.json' },
  { method: 'GET', path: '/icons/icon-192.png' },
  { method: 'GET', path: '/favicon.svg' },
  { method: 'HEAD', path: '/' },
  { method: 'GET', path: '/.vite/manifest.json' },
  { method: 'GET', path: '/api/nope' },
  { method: 'PUT', path: '/api/health' },
  { method: 'OPTIONS', path: '/api/sync' },
  // Refused before any handler: the wrong media type, a cross-site form, a bad body.
  { method: 'POST', path: '/api/sync', headers: { 'content-type': 'text/plain' }, body: 'x' },
  {
    method: 'POST',
    path: '/api/auth/sign-in',
    headers: {
      'content-type': 'application/json',
      origin: 'https://elsewhere.example',
      'sec-fetch-site': 'cross-site',
    },
    body: '{}',
  },
  { method: 'POST', path: '/api/sync', headers: { 'content-type': 'application/json' }, body: '{' },
];

/** Sends every call and gathers what is wrong with each answer; it fails after all are tried. */
async function checkAll(
  baseUrl: string,
  calls: Call[],
  options: { overHttps: boolean; headers?: Record<string, string> },
): Promise<string[]> {
  const problems: string[] = [];
  for (const call of calls) {
    // A fresh client address each time (read only where the proxy is trusted), so the
    // sign-in and redeem rate limits never turn these calls into 429s.
    const headers = {
      'x-forwarded-for': randomAddress(),
      ...options.headers,
      ...call.headers,
    };
    const label = `${call.method} ${call.path}${call.body === undefined ? '' : ` ${call.body}`}`;
    const response = await send(baseUrl, { ...call, headers });
    problems.push(...problemsWith(label, response, options.overHttps));
  }
  return problems;
}

describe('parseRouteTree', () => {
  it('reads nested, multi-method and wildcard routes', () => {
    const tree = [
      '├── /api/health (GET, HEAD)',
      '├── /api/admin/users (GET, HEAD, POST)',
      '│   └── /:id (PATCH)',
      '│       └── /activation (POST)',
      '├── /api/cases/:caseId/x',
      '│   └── /y (DELETE)',
      '└── * (HEAD, GET)',
    ].join('\n');
    expect(parseRouteTree(tree)).toEqual([
      { method: 'GET', url: '/api/health' },
      { method: 'HEAD', url: '/api/health' },
      { method: 'GET', url: '/api/admin/users' },
      { method: 'HEAD', url: '/api/admin/users' },
      { method: 'POST', url: '/api/admin/users' },
      { method: 'PATCH', url: '/api/admin/users/:id' },
      { method: 'POST', url: '/api/admin/users/:id/activation' },
      { method: 'DELETE', url: '/api/cases/:caseId/x/y' },
      { method: 'HEAD', url: '/*' },
      { method: 'GET', url: '/*' },
    ]);
  });
});

describe('security headers on every route', () => {
  // Trusts a proxy on loopback, as a deployment behind nginx would: X-Forwarded-Proto counts.
  let proxied: TestServer;
  // Trusts no proxy: X-Forwarded-Proto from a client must be ignored.
  let direct: TestServer;
  let routes: Route[];
  let adminCookie: string;

  beforeAll(async () => {
    [proxied, direct] = await Promise.all([
      startAuthServer('pglite'),
      startTestServer('pglite', { TRUST_PROXY: 'false' }),
    ]);
    routes = registeredRoutes(proxied.server.app);
    const { admin } = await setUpFirstAdmin(proxied);
    adminCookie = admin.cookie ?? '';
  });
  afterAll(async () => {
    await Promise.all([proxied?.close(), direct?.close()]);
  });

  it('finds the whole route table, the API and the app alike', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    for (const known of [
      'GET /api/health',
      'POST /api/sync',
      'POST /api/auth/sign-in',
      'GET /api/admin/users',
      'PATCH /api/admin/users/:id',
      'GET /api/cases/:caseId/audit',
      'GET /*',
    ]) {
      expect(names).toContain(known);
    }
    // Both servers are built the same way.
    expect(registeredRoutes(direct.server.app)).toEqual(routes);
  });

  it('sends them on every route, asked anonymously over plain HTTP', async () => {
    const calls = [...routeCalls(routes), ...PAGE_AND_FILE_CALLS];
    expect(await checkAll(direct.url, calls, { overHttps: false })).toEqual([]);
  });

  it('sends them on every route, asked by a signed-in administrator', async () => {
    // Signed in for real, or this would quietly be the anonymous pass again.
    const me = { method: 'GET', path: '/api/auth/me', headers: { cookie: adminCookie } };
    expect((await send(proxied.url, me)).status).toBe(200);
    const calls = routeCalls(routes);
    const problems = await checkAll(proxied.url, calls, {
      overHttps: false,
      headers: { cookie: adminCookie },
    });
    expect(problems).toEqual([]);
  });

  it('adds HSTS on every route and page when a trusted proxy says the request came over HTTPS', async () => {
    const calls = [...routeCalls(routes), ...PAGE_AND_FILE_CALLS];
    const problems = await checkAll(proxied.url, calls, {
      overHttps: true,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(problems).toEqual([]);
  });

  it('does not believe X-Forwarded-Proto from a proxy it does not trust', async () => {
    const calls: Call[] = [
      { method: 'GET', path: '/api/health' },
      { method: 'GET', path: '/', headers: HTML },
    ];
    const problems = await checkAll(direct.url, calls, {
      overHttps: false,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(problems).toEqual([]);
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.runIf(hasOpenssl())('security headers on every route over TLS', () => {
  let certDir: string;
  let tls: TestServer;

  beforeAll(async () => {
    certDir = await makeTempDir('tls-headers');
    const cert = path.join(certDir, 'cert.pem');
    const key = path.join(certDir, 'key.pem');
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'];
    args.push('-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1');
    execFileSync('openssl', args, { stdio: 'ignore' });
    tls = await startTestServer('pglite', { TLS_CERT_FILE: cert, TLS_KEY_FILE: key });
  });
  afterAll(async () => {
    await tls?.close();
    if (certDir) await rm(certDir, { recursive: true, force: true });
  });

  it('sends them, HSTS included, on every route, page and file', async () => {
    expect(tls.url).toMatch(/^https:/);
    const calls = [...routeCalls(registeredRoutes(tls.server.app)), ...PAGE_AND_FILE_CALLS];
    expect(await checkAll(tls.url, calls, { overHttps: true })).toEqual([]);
  });
});
