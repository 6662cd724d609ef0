/**
 * The server the browser benchmarks measure: the real OurPlan server started with
 * startServer() (tests/support/server-process.ts) serving dist/ (or BENCH_DIST), or,
 * when BENCH_URL is set, an already running instance at that address (left running).
 */
import { startServer } from '../support/server-process.ts';
import { DIST } from './report.ts';

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
  const server = await startServer({ STATIC_DIR: DIST });
  return { url: server.url, stop: server.stop, output: server.output };
}
