/**
 * HTTPS served directly (TLS_CERT_FILE + TLS_KEY_FILE), with a throwaway self-signed
 * certificate from openssl: the app and API answer over TLS and send HSTS.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { request } from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './helpers/temp';
import { startTestServer, type TestServer } from './helpers/test-server';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function get(
  url: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // Self-signed: trust it for this request only.
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.runIf(hasOpenssl())('HTTPS', () => {
  let certDir: string;
  let ts: TestServer;

  beforeAll(async () => {
    certDir = await makeTempDir('tls');
    const cert = path.join(certDir, 'cert.pem');
    const key = path.join(certDir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    ts = await startTestServer('pglite', { TLS_CERT_FILE: cert, TLS_KEY_FILE: key });
  });
  afterAll(async () => {
    await ts?.close();
    await rm(certDir, { recursive: true, force: true });
  });

  it('listens on https and sends HSTS', async () => {
    expect(ts.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await get(`${ts.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000');
    const shell = await get(`${ts.url}/`);
    expect(shell.status).toBe(200);
    expect(shell.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(shell.body).toContain('OurPlan test shell');
  });
});
