/**
 * The server the browser benchmarks measure: the real OurPlan server started with
 * startServer() (tests/support/server-process.ts) serving dist/, or, when BENCH_URL is
 * set, an already running instance at that address (which is then left running).
 */
import { fileURLToPath } from 'node:url';

export interface BenchServer {
  url: string;
  stop: () => Promise<void>;
  /** The server's own output, for error messages. */
  output: () => string;
}

export async function startBenchServer(): Promise<BenchServer> {
  const external = process.env.BENCH_URL;
  if (external) {
    const url = external.endsWith('/') ? external : `${external}/`;
    return { url, stop: async () => undefined, output: () => '' };
  }
  // server-process.ts finds the repository from __dirname, which vitest provides but an
  // ES module run by tsx does not have. Lend it one for the moment the module loads.
  const g = globalThis as { __dirname?: string };
  const lent = g.__dirname === undefined;
  if (lent) g.__dirname = fileURLToPath(new URL('../support/', import.meta.url));
  try {
    const { startServer } = await import('../support/server-process.ts');
    const server = await startServer();
    return { url: server.url, stop: server.stop, output: server.output };
  } finally {
    if (lent) delete g.__dirname;
  }
}
