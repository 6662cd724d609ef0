// Shared by `npm start` and `npm run demo`: builds the app when it is missing or out of
// date, then runs a server entry point (through tsx, from source) with the terminal
// attached, passing signals on and exiting with the server's exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded, ROOT } from './build-if-needed.mjs';

/** `entry` is relative to the repository root, e.g. src/server/main.ts. Never returns. */
export async function buildAndRunServer(entry) {
  const code = await buildIfNeeded();
  if (code !== 0) process.exit(code);

  const tsx = path.join(
    ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'tsx.cmd' : 'tsx',
  );
  const server = spawn(tsx, [path.join(ROOT, entry)], {
    cwd: process.cwd(),
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });

  // Ctrl+C reaches the server from the terminal too; it stops once however often it is told.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (server.exitCode === null) server.kill(signal);
    });
  }

  server.on('error', (error) => {
    console.error(
      `Could not start the server with ${tsx}: ${error.message}. Has \`npm install\` been run?`,
    );
    process.exit(1);
  });

  server.on('exit', (exitCode, signal) => {
    if (signal) {
      // Die of the same signal, so whoever started us sees what happened.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(exitCode ?? 0);
  });
}
