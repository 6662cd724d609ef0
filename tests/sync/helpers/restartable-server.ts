/**
 * The real OurPlan server (`src/server/main.ts`) in a child process on PGlite, which a
 * test can SIGKILL at any moment and start again on the same data directory and port, as
 * after a crash or an out-of-memory kill. The devices' transports keep their URL, so a
 * device sees only failed requests while it is down, as a phone would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadConfig } from '../../../src/server/config';
import { openStore } from '../../../src/server/store/open-store';
import type { Store } from '../../../src/server/store/store';
import { seededDataDir } from '../../server/helpers/pglite-template';
import { makeStaticDir } from '../../server/helpers/static-fixture';
import { startServer, type RunningServer } from '../../support/server-process';

export interface RestartableServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash); the same after a restart. */
  url: string;
  /** The first-run setup token the first start printed. */
  setupToken: string;
  /** SIGKILL: no shutdown, no chance to finish anything. Resolves once it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same data directory and port; resolves when it is healthy. */
  restart(): Promise<void>;
  /** Stops it (SIGTERM) and opens its store in this process to run `fn` on it. */
  inspect<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Opens the store of the killed server (what survived the kill), then closes it. */
  inspectWhileDown<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

/**
 * A process's descendants, deepest last (Linux /proc). `tsx` runs the server in a child
 * Node process of its own: a SIGKILL to tsx alone would leave the server running.
 */
function descendants(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
      children.push(...list.split(' ').filter(Boolean).map(Number));
    }
  } catch {
    return []; // already gone
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Until it is reaped, a killed process still counts as alive to the data-directory lock. */
const exists = (pid: number): boolean => existsSync(`/proc/${pid}`);

/**
 * SIGKILLs a process and its descendants, deepest first, each one only once the one
 * below is gone (its parent, still alive, reaps it), so no zombie is left holding the
 * data directory's lock by its pid.
 */
async function killTree(pid: number): Promise<void> {
  for (const p of [...descendants(pid).reverse(), pid]) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
    for (let i = 0; i < 250 && exists(p) && p !== pid; i++)
      await new Promise((r) => setTimeout(r, 20));
  }
}

async function waitForToken(output: () => string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const token = /#token=([A-Za-z0-9_-]+)/.exec(output())?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The server printed no setup link:\n${output()}`);
}

export async function startRestartableServer(): Promise<RestartableServer> {
  const dataDir = await seededDataDir();
  const staticDir = await makeStaticDir();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  };
  let current: RunningServer = await startServer(env);
  const port = String(current.port);
  const setupToken = await waitForToken(current.output);

  const kill = async (): Promise<void> => {
    const child = current.process;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    if (child.pid === undefined) child.kill('SIGKILL');
    else await killTree(child.pid);
    await exited;
  };
  const openAndRun = async <T>(fn: (store: Store) => Promise<T>): Promise<T> => {
    const store = await openStore(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  };
  // stop() also removes the temporary directory startServer made for itself (unused:
  // DATA_DIR points at ours), never ours.
  const stop = () => current.stop();

  return {
    url: current.url.replace(/\/$/, ''),
    setupToken,
    kill,
    async restart() {
      await kill();
      await stop();
      current = await startServer({ ...env, PORT: port });
    },
    inspect: async (fn) => {
      await stop();
      return openAndRun(fn);
    },
    inspectWhileDown: async (fn) => {
      if (current.process.exitCode === null && current.process.signalCode === null)
        throw new Error('the server is still running');
      return openAndRun(fn);
    },
    async close() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}
