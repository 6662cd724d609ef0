/**
 * DESIGN.md §11: one server process per PGlite data directory. A second one is refused
 * with a message saying what to do; a lock left by a killed server is taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirLockedError,
  isProcessAlive,
  LOCK_FILE_NAME,
} from '../../src/server/store/data-dir-lock';
import { openPgliteStore } from '../../src/server/store/pglite';
import { exited, spawnTs, waitForLine } from './fixtures/child';
import { makeTempDir } from './helpers/temp';

const HOLDER = path.join('tests', 'server', 'fixtures', 'hold-lock.ts');

function writeLock(dir: string, content: Record<string, unknown>): void {
  writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify(content));
}

/** The PID of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  const pid = child.pid ?? 0;
  expect(isProcessAlive(pid)).toBe(false);
  return pid;
}

describe('data directory lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('lock');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is taken, then released', () => {
    const lock = acquireDataDirLock(dir);
    const content = JSON.parse(readFileSync(lock.file, 'utf8')) as Record<string, unknown>;
    expect(content).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lock.release(); // twice is fine
    acquireDataDirLock(dir).release();
  });

  it('refuses a second store in the same process', async () => {
    const store = await openPgliteStore({ dataDir: dir });
    try {
      await expect(openPgliteStore({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
    } finally {
      await store.close();
    }
    // Closing released it.
    const again = await openPgliteStore({ dataDir: dir });
    await again.close();
  });

  it('refuses while another live process holds it, naming that process', async () => {
    const holder = spawnTs(HOLDER, [dir]);
    try {
      await waitForLine(holder, /^locked$/);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(
        new RegExp(`process ${holder.pid}.*delete .*${LOCK_FILE_NAME}`, 's'),
      );
    } finally {
      holder.kill('SIGKILL');
      await exited(holder);
    }
    // Once that process is gone (killed: it could not clean up), its lock is stale.
    const stale: number[] = [];
    const lock = acquireDataDirLock(dir, { onStaleLock: (previous) => stale.push(previous.pid) });
    expect(stale).toEqual([holder.pid]);
    lock.release();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const pid = await deadPid();
    writeLock(dir, { pid, hostname: hostname(), startedAt: 'then', token: 'old' });
    const stale: number[] = [];
    const lock = acquireDataDirLock(dir, { onStaleLock: (previous) => stale.push(previous.pid) });
    expect(stale).toEqual([pid]);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('treats its own PID in a lock it does not hold as stale (e.g. PID 1 in a restarted container)', async () => {
    writeLock(dir, {
      pid: process.pid,
      hostname: hostname(),
      startedAt: 'before the restart',
      token: 'old',
    });
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('refuses a lock taken on another host, where it cannot check the process', () => {
    writeLock(dir, { pid: 1234, hostname: 'some-other-host', startedAt: 'x', token: 't' });
    expect(() => acquireDataDirLock(dir, { isAlive: () => false })).toThrow(
      /another host \(some-other-host/,
    );
  });

  it('refuses a lock file it cannot understand', () => {
    writeFileSync(path.join(dir, LOCK_FILE_NAME), 'garbage');
    expect(() => acquireDataDirLock(dir)).toThrow(/cannot be understood/);
  });

  it('does not remove a lock that is no longer its own', async () => {
    const lock = acquireDataDirLock(dir);
    // Someone deleted our lock by hand and another server took the directory.
    writeLock(dir, { pid: 1, hostname: 'x', startedAt: 'x', token: 'someone-else' });
    lock.release();
    expect(existsSync(lock.file)).toBe(true);
  });
});
