/** Configuration from the environment: defaults, and clear messages for every mistake. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';

const CWD = '/srv/ourplan';

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has defaults that need no setup', () => {
    expect(loadConfig({}, CWD)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.join(CWD, 'data'),
      databaseUrl: null,
      staticDir: path.join(CWD, 'dist'),
      tls: null,
      publicOrigin: null,
      trustProxy: false,
      logLevel: 'info',
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ', HOST: '' }, CWD)).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: null,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/ourplan',
        DATABASE_URL: 'postgres://user:pw@db:5432/ourplan',
        STATIC_DIR: 'build',
        PUBLIC_ORIGIN: 'https://OurPlan.example.org/',
        TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
        LOG_LEVEL: 'WARN',
      },
      CWD,
    );
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/ourplan',
      databaseUrl: 'postgres://user:pw@db:5432/ourplan',
      staticDir: path.join(CWD, 'build'),
      publicOrigin: 'https://ourplan.example.org',
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      logLevel: 'warn',
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['loopback', ['loopback']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }, CWD).trustProxy).toEqual(expected);
  });

  it('serves HTTPS only with both a certificate and a key that exist', () => {
    const here = import.meta.filename;
    expect(loadConfig({ TLS_CERT_FILE: here, TLS_KEY_FILE: here }, CWD).tls).toEqual({
      certFile: here,
      keyFile: here,
    });
    expect(problems({ TLS_KEY_FILE: here })).toEqual([
      expect.stringContaining('TLS_CERT_FILE and TLS_KEY_FILE go together'),
    ]);
    expect(problems({ TLS_CERT_FILE: '/nope/cert.pem', TLS_KEY_FILE: here })).toEqual([
      expect.stringContaining('/nope/cert.pem, which does not exist'),
    ]);
  });

  it('lists every problem at once', () => {
    const found = problems({
      PORT: '99999',
      DATABASE_URL: 'mysql://root:hunter2@db/ourplan',
      PUBLIC_ORIGIN: 'https://ourplan.example.org/app',
      TRUST_PROXY: 'yes please',
      LOG_LEVEL: 'loud',
    });
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/PORT.*DATABASE_URL.*PUBLIC_ORIGIN.*TRUST_PROXY.*LOG_LEVEL/s);
    // A database URL usually holds a password: never repeat it.
    expect(found.join('\n')).not.toContain('hunter2');
  });

  it('explains itself in the error message', () => {
    expect(() => loadConfig({ PORT: 'http' }, CWD)).toThrow(
      /PORT must be a whole number from 0 to 65535/,
    );
  });
});
