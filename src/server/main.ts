/**
 * Entry point (`npm start`, `npm run serve`): load the configuration, open the store,
 * migrate, listen, and say clearly where to open the app. Stops cleanly on SIGINT and
 * SIGTERM, releasing the data-directory lock.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { announceFirstRunSetup } from './first-run';
import { startServer, type RunningServer } from './server';
import { describeDatabaseUrl } from './store/postgres';

/** After this long, a shutdown that is stuck (e.g. a request that never ends) gives up. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const print = (line = ''): void => void process.stdout.write(`${line}\n`);

function describeStore(config: Config, server: RunningServer): string {
  const version = server.storeHealth.version ? ` (PostgreSQL ${server.storeHealth.version})` : '';
  return config.databaseUrl
    ? `PostgreSQL at ${describeDatabaseUrl(config.databaseUrl)}${version}`
    : `embedded PGlite in ${path.join(config.dataDir, 'pglite')}${version}`;
}

function printBanner(config: Config, server: RunningServer): void {
  const open = `${server.publicUrl}/`;
  print();
  print('OurPlan server is running.');
  print(`  Open ${open} in a browser.`);
  if (config.host === '0.0.0.0' || config.host === '::') {
    print(`  (Listening on all network interfaces, port ${new URL(server.listenUrl).port}.)`);
  }
  if (
    !config.tls &&
    !config.publicOrigin &&
    !['127.0.0.1', 'localhost', '::1'].includes(config.host)
  ) {
    print('  Over plain HTTP, browsers keep the app working offline only on localhost. For other');
    print(
      '  devices, serve HTTPS (TLS_CERT_FILE and TLS_KEY_FILE, or a reverse proxy and PUBLIC_ORIGIN).',
    );
  }
  print(`  Data: ${describeStore(config, server)}`);
  if (!existsSync(path.join(config.staticDir, 'index.html'))) {
    print();
    print(`  The app has not been built: ${config.staticDir} has no index.html.`);
    print(
      '  Run `npm run build` (or use `npm start`, which builds when needed), then reload the page.',
    );
  }
  print('  Stop with Ctrl+C.');
  print();
}

function handleShutdown(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // Ctrl+C reaches us both from the terminal and relayed by npm/tsx: stop once.
    if (stopping) return;
    stopping = true;
    print(`\n${signal}: stopping the OurPlan server…`);
    const force = setTimeout(() => {
      process.stderr.write(
        `Did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting anyway.\n`,
      );
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    server.close().then(
      () => {
        clearTimeout(force);
        print('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        clearTimeout(force);
        process.stderr.write(
          `Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    // Lock held, database unreachable, migration refused…: each says what to do.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const message =
      code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is already in use. Stop the program using it, or choose another with PORT=….`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`\nThe OurPlan server could not start.\n${message}\n`);
    process.exit(1);
  }

  handleShutdown(server);
  printBanner(config, server);
  await announceFirstRunSetup({ store: server.store, publicUrl: server.publicUrl, print });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
