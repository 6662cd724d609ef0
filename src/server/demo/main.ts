/**
 * Entry point of `npm run demo`: the real server on a data directory of its own
 * (./data-demo), filled with the fictional demo organisation the first time, and the
 * sign-in details of every demo person printed at each start.
 *
 * It must never touch real data, so DATA_DIR, DATABASE_URL and PASSWORD_PEPPER from the
 * environment are ignored (someone may have them set for their real server); PORT, HOST
 * and the rest still apply.
 */
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { startServer, type RunningServer } from '../server';
import { DEMO_ORGANISATION_NAME, readDemoState, seedDemo, type DemoPerson } from './seed';

export const DEMO_DATA_DIR = './data-demo';
const SHUTDOWN_TIMEOUT_MS = 10_000;

const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const fail = (message: string): never => {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
};

function demoConfig(): Config {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: DEMO_DATA_DIR };
  delete env['DATABASE_URL'];
  delete env['PASSWORD_PEPPER'];
  return loadConfig(env);
}

function printPeople(server: RunningServer, people: DemoPerson[]): void {
  const url = server.publicUrl;
  const rule = '!'.repeat(78);
  print();
  print(rule);
  print(`  DEMO: "${DEMO_ORGANISATION_NAME}" and everyone in it are made up.`);
  print('  The passwords below are fixed and printed for anyone to read. Never put real');
  print('  people or real information in this demo. For real use, run `npm start`.');
  print(rule);
  print();
  print(`  Open ${url}/sign-in and sign in as:`);
  for (const kind of ['staff', 'family'] as const) {
    print();
    print(
      kind === 'staff'
        ? '  Staff (email address + password):'
        : '  Young people and carer (sign-in name + passphrase, via "Sign in with your sign-in name"):',
    );
    for (const person of people.filter((p) => p.kind === kind)) {
      print(`    ${person.displayName}: ${person.about}`);
      print(`      ${person.signIn}   ${person.secret}`);
    }
  }
  print();
  print(`  Demo data: ${path.resolve(DEMO_DATA_DIR)} (delete it to start the demo afresh).`);
  print('  Stop with Ctrl+C.');
  print();
}

function handleShutdown(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // Ctrl+C arrives from the terminal and relayed by npm: stop once.
    if (stopping) return;
    stopping = true;
    print(`\n${signal}: stopping the OurPlan demo…`);
    const force = setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`Error while stopping: ${String(error)}`),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = demoConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return fail(
      code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use (is \`npm start\` running?). Choose another with PORT=…, e.g. PORT=8081 npm run demo.`
        : `The OurPlan demo could not start.\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
  handleShutdown(server);

  try {
    if ((await seedDemo(server.store, config)) === 'seeded')
      print(`Made the fictional demo organisation "${DEMO_ORGANISATION_NAME}".`);
  } catch (error) {
    await server.close().catch(() => undefined);
    fail(`Could not make the demo data: ${error instanceof Error ? error.message : String(error)}`);
  }

  const demo = await readDemoState(server.store);
  if (demo.state === 'ready') {
    printPeople(server, demo.people);
    return;
  }
  await server.close();
  fail(
    demo.state === 'incomplete'
      ? `The demo data in ${path.resolve(DEMO_DATA_DIR)} is incomplete (was the first start interrupted?). Delete that directory and run \`npm run demo\` again.`
      : `${path.resolve(DEMO_DATA_DIR)} holds an organisation that is not the demo's; the demo will not use it. Move it away and run \`npm run demo\` again.`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
