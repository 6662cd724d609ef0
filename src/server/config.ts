/**
 * Server configuration, read once from the environment at start.
 *
 * Every problem is collected and reported together, in words an operator can act on,
 * so a bad deployment fails at start with one clear message rather than later with a
 * stack trace. Nothing else in the server reads process.env.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Fastify's trustProxy: true/false, a hop count, or the proxy addresses/CIDRs to trust. */
export type TrustProxy = boolean | number | string[];

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

export interface Config {
  port: number;
  host: string;
  /** Absolute. Holds the embedded PGlite database and its lock file. */
  dataDir: string;
  /** When set, the store is PostgreSQL instead of the embedded PGlite. */
  databaseUrl: string | null;
  /** Absolute. The built app (Vite's dist/). */
  staticDir: string;
  /** Serve HTTPS directly when both files are given. */
  tls: TlsFiles | null;
  /** The origin people type into the browser, e.g. https://ourplan.example.nhs.uk (no path). */
  publicOrigin: string | null;
  trustProxy: TrustProxy;
  logLevel: LogLevel;
  /**
   * PASSWORD_PEPPER: a server secret mixed into every password hash (argon2id's secret
   * input), so a stolen database alone cannot be brute-forced. When unset, one is made
   * and kept in DATA_DIR (see src/server/auth/pepper.ts). Undefined rather than null when
   * unset, so it never shows up in printed or compared configurations.
   */
  passwordPepper?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The server configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Fix the environment variables above and start the server again.',
    );
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

type Env = Readonly<Record<string, string | undefined>>;

/** Unset and blank mean the same: an empty `PORT=` in a .env file should give the default. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return 8080;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  // 0 asks the OS for a free port (used by tests).
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${raw}").`);
    return 8080;
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(
      'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.',
    );
    return null;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    // Never echo the value: it usually contains a password.
    problems.push(
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${url.protocol}//).`,
    );
    return null;
  }
  return raw;
}

function readableFile(name: string, raw: string, cwd: string, problems: string[]): string {
  const file = path.resolve(cwd, raw);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    problems.push(`${name} points to ${file}, which does not exist or cannot be read.`);
  }
  return file;
}

function parseTls(env: Env, cwd: string, problems: string[]): TlsFiles | null {
  const cert = read(env, 'TLS_CERT_FILE');
  const key = read(env, 'TLS_KEY_FILE');
  if (cert === undefined && key === undefined) return null;
  if (cert === undefined || key === undefined) {
    problems.push(
      'TLS_CERT_FILE and TLS_KEY_FILE go together: set both to serve HTTPS, or neither to serve HTTP (e.g. behind a reverse proxy that terminates TLS).',
    );
    return null;
  }
  return {
    certFile: readableFile('TLS_CERT_FILE', cert, cwd, problems),
    keyFile: readableFile('TLS_KEY_FILE', key, cwd, problems),
  };
}

function parsePublicOrigin(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(
      `PUBLIC_ORIGIN must be an origin such as https://ourplan.example.org (got "${raw}").`,
    );
    return null;
  }
  const onlyOrigin =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '';
  if (!onlyOrigin) {
    problems.push(
      `PUBLIC_ORIGIN must be just scheme, host and optional port, e.g. https://ourplan.example.org (got "${raw}").`,
    );
    return null;
  }
  return url.origin;
}

function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // Addresses or CIDRs (IPv4/IPv6) or the proxy-addr names loopback/linklocal/uniquelocal.
  const valid = /^(?:[0-9a-fA-F:.]+(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/;
  const bad = entries.filter((entry) => !valid.test(entry));
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      'TRUST_PROXY must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs ' +
        `(e.g. 127.0.0.1,10.0.0.0/8); not understood: ${bad.join(', ') || raw}.`,
    );
    return false;
  }
  return entries;
}

function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw.toLowerCase());
  if (level === undefined) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}").`);
    return 'info';
  }
  return level;
}

/** Long enough to be a real secret, e.g. from `openssl rand -base64 32` (44 characters). */
export const MIN_PEPPER_LENGTH = 32;

function parsePepper(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.length < MIN_PEPPER_LENGTH) {
    // Never echo the value: it is a secret.
    problems.push(
      `PASSWORD_PEPPER must be at least ${MIN_PEPPER_LENGTH} characters (e.g. the output of \`openssl rand -base64 32\`); it has ${raw.length}.`,
    );
    return undefined;
  }
  return raw;
}

/**
 * Reads and validates the configuration. Throws ConfigError listing every problem.
 * Relative paths are resolved against `cwd` (the directory `npm start` runs in).
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const config: Config = {
    port: parsePort(read(env, 'PORT'), problems),
    host: read(env, 'HOST') ?? '127.0.0.1',
    dataDir: path.resolve(cwd, read(env, 'DATA_DIR') ?? './data'),
    databaseUrl: parseDatabaseUrl(read(env, 'DATABASE_URL'), problems),
    staticDir: path.resolve(cwd, read(env, 'STATIC_DIR') ?? './dist'),
    tls: parseTls(env, cwd, problems),
    publicOrigin: parsePublicOrigin(read(env, 'PUBLIC_ORIGIN'), problems),
    trustProxy: parseTrustProxy(read(env, 'TRUST_PROXY'), problems),
    logLevel: parseLogLevel(read(env, 'LOG_LEVEL'), problems),
  };
  const pepper = parsePepper(read(env, 'PASSWORD_PEPPER'), problems);
  if (pepper !== undefined) config.passwordPepper = pepper;
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
