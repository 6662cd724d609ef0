/**
 * A lock file that keeps a second server process off the embedded database
 * (DESIGN.md §11): PGlite is one process with one connection, and two processes
 * opening the same data directory would corrupt it.
 *
 * The lock file holds the owner's PID, host name and a random token. A server that
 * finds the file checks whether that PID is still alive on this host:
 * - alive: refuse to start, saying which process holds it;
 * - dead (the server was killed or crashed): the lock is stale and is taken over.
 * The file is created complete in one step (written aside, then hard-linked into place,
 * which fails if it exists), so a reader never sees a half-written lock.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = 'server.lock';

interface LockContent {
  pid: number;
  hostname: string;
  startedAt: string;
  token: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export interface LockOptions {
  /** For tests: whether a PID belongs to a running process. */
  isAlive?: (pid: number) => boolean;
  /** Told when a stale lock is taken over. */
  onStaleLock?: (previous: { pid: number; hostname: string; startedAt: string }) => void;
}

/** Lock files this process holds: a second store in the same process is refused too. */
const heldHere = new Set<string>();

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function parse(text: string): LockContent | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt, token } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof token !== 'string') {
      return null;
    }
    return {
      pid,
      hostname: host,
      startedAt: typeof startedAt === 'string' ? startedAt : '?',
      token,
    };
  } catch {
    return null;
  }
}

function readLock(file: string): LockContent | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
  return parse(text) ?? 'unreadable';
}

/** Creates `file` with `content` only if it does not exist, atomically. */
function createExclusive(file: string, content: string): boolean {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(aside, content, { mode: 0o600 });
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

function heldMessage(dataDir: string, file: string, holder: LockContent): string {
  return (
    `Another OurPlan server (process ${holder.pid}, started ${holder.startedAt}) is using the data directory ${dataDir}. ` +
    'Only one server may use it at a time: stop the other server, or give this one its own DATA_DIR. ' +
    `If you are sure no other server is running, delete ${file} and start again.`
  );
}

/**
 * Moves a stale lock out of the way. Rename is atomic, so of two servers that found the
 * same stale lock only one moves it; if what we moved turns out to be a fresh lock that
 * another server created meanwhile, it is put back and that server keeps it.
 */
function removeStale(file: string, stale: LockContent): void {
  const moved = `${file}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, moved);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const content = readLock(moved);
  if (typeof content === 'object' && content.token !== stale.token) {
    try {
      linkSync(moved, file);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  unlinkSync(moved);
}

export function acquireDataDirLock(dataDir: string, options: LockOptions = {}): DataDirLock {
  const isAlive = options.isAlive ?? isProcessAlive;
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const own: LockContent = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(16).toString('hex'),
  };
  mkdirSync(dataDir, { recursive: true });
  if (heldHere.has(file)) {
    throw new DataDirLockedError(
      `The data directory ${dataDir} is already open in this process; a second store on it would corrupt it.`,
    );
  }

  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, `${JSON.stringify(own, null, 2)}\n`)) {
      heldHere.add(file);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(file);
          const current = readLock(file);
          if (typeof current === 'object' && current.token === own.token) unlinkSync(file);
        },
      };
    }

    const holder = readLock(file);
    if (holder === 'missing') continue; // released meanwhile: try again
    if (holder === 'unreadable') {
      throw new DataDirLockedError(
        `The lock file ${file} exists but cannot be understood. If no OurPlan server is using ${dataDir}, delete it and start again.`,
      );
    }
    if (holder.hostname !== own.hostname) {
      // We cannot see processes on another machine (a shared volume): never guess.
      throw new DataDirLockedError(
        `The data directory ${dataDir} is locked by a server on another host (${holder.hostname}, process ${holder.pid}). ` +
          `Stop that server first. If it is not running (e.g. a container that was replaced), delete ${file} and start again.`,
      );
    }
    // Our own PID, yet not held here: a leftover (e.g. PID 1 in a restarted container).
    if (holder.pid !== own.pid && isAlive(holder.pid)) {
      throw new DataDirLockedError(heldMessage(dataDir, file, holder));
    }
    options.onStaleLock?.({
      pid: holder.pid,
      hostname: holder.hostname,
      startedAt: holder.startedAt,
    });
    removeStale(file, holder);
  }
  throw new DataDirLockedError(
    `Could not lock the data directory ${dataDir}: other servers keep starting on it at the same time.`,
  );
}
