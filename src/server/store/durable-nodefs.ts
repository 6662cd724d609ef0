/**
 * PGlite's on-disk file system, made to give durable commits.
 *
 * Out of the box PGlite (0.5.x) is NOT durable against a power cut or an OS crash:
 * - it starts PostgreSQL with `-F` (fsync = off), and
 * - Emscripten's NODEFS has no fsync (fsync() is a silent no-op; fdatasync() too).
 * Its writes do reach the kernel at once (fs.writeSync), so a killed *process* loses no
 * committed transaction, but nothing forces them onto the disk before COMMIT returns.
 *
 * This file system gives NODEFS a real fsync (fs.fsyncSync on the file's descriptor) and
 * `durableStartParams` turns fsync back on with wal_sync_method = fsync (fdatasync stays a
 * no-op in Emscripten, fsync does not). PostgreSQL then fsyncs the WAL at every commit
 * and data files at checkpoints, as it does natively. Cost: one fsync per commit (a few
 * milliseconds on an ordinary disk; batch writes into one transaction where it matters).
 *
 * It reaches into Emscripten internals, so it checks them and fails loudly if a PGlite
 * upgrade changes them; tests/server/pglite-durability.test.ts checks that commits fsync.
 */
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

type InitArgs = Parameters<NodeFS['init']>;
type InitResult = Awaited<ReturnType<NodeFS['init']>>;
type PreRun = NonNullable<InitResult['emscriptenOpts']['preRun']>[number];

/** An open Emscripten stream on NODEFS carries the real descriptor as `nfd`. */
interface NodeFsStream {
  nfd?: unknown;
}

/** PostgreSQL's start parameters with fsync on and a sync method Emscripten honours. */
export const durableStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
];

export class DurableNodeFS extends NodeFS {
  /** How many fsyncs PostgreSQL asked for (tests check commits really sync). */
  fsyncCount = 0;

  override async init(...args: InitArgs): Promise<InitResult> {
    const result = await super.init(...args);
    const patch: PreRun = (mod) => {
      const nodefs: unknown = (mod as unknown as Record<string, unknown>)['NODEFS'];
      const streamOps =
        typeof nodefs === 'object' && nodefs !== null
          ? (nodefs as Record<string, unknown>)['stream_ops']
          : undefined;
      if (typeof streamOps !== 'object' || streamOps === null) {
        throw new Error(
          'PGlite internals have changed (no NODEFS.stream_ops): durable commits cannot be enabled. ' +
            'Check src/server/store/durable-nodefs.ts against this PGlite version.',
        );
      }
      (streamOps as Record<string, unknown>)['fsync'] = (stream: NodeFsStream): number => {
        if (typeof stream.nfd !== 'number') {
          throw new Error('PGlite fsync: stream has no file descriptor');
        }
        fsyncSync(stream.nfd);
        this.fsyncCount++;
        return 0;
      };
    };
    const preRun = result.emscriptenOpts.preRun ?? [];
    return {
      ...result,
      emscriptenOpts: { ...result.emscriptenOpts, preRun: [...preRun, patch] },
    };
  }
}

/**
 * Forces a whole directory tree onto the disk. PGlite writes a new cluster (initdb's
 * output) without fsync, so a new data directory is synced once after it is created.
 */
export function fsyncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(full);
    else if (entry.isFile()) fsyncPath(full);
  }
  fsyncPath(dir);
}

function fsyncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
