// Builds the app (npm run build) when dist/ is missing or older than its sources, so
// `npm start` and the end-to-end tests always serve what the code says.
// Usage: node scripts/build-if-needed.mjs            (also imported by scripts/start.mjs)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What goes into the build. src/server is left out: the server runs from source (tsx)
// and none of it is bundled, so editing it needs a restart, not a rebuild.
const SOURCES = [
  'src',
  'index.html',
  'vite.config.ts',
  'locales',
  'public',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const SKIP = new Set([path.join('src', 'server')]);

/** The newest modification time (ms) under `relative`, or 0 when it does not exist. */
function newestMtime(relative) {
  let info;
  try {
    info = statSync(path.join(ROOT, relative));
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
    const child = path.join(relative, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || SKIP.has(child)) continue;
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(child) : statSync(path.join(ROOT, child)).mtimeMs,
    );
  }
  return newest;
}

/** Why a build is needed, or null when dist/ is up to date. */
export function staleReason() {
  let built;
  try {
    built = statSync(path.join(ROOT, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 'dist/index.html does not exist';
  }
  for (const source of SOURCES) {
    if (newestMtime(source) > built) return `${source} has changed since the last build`;
  }
  // A bare `vite build` leaves no precompressed files, and the server would then send
  // JavaScript uncompressed: treat that as stale too.
  let compressed = false;
  try {
    compressed = readdirSync(path.join(ROOT, 'dist', 'assets')).some((f) => f.endsWith('.js.br'));
  } catch {
    compressed = false;
  }
  if (!compressed) return 'dist/ has no precompressed files (run through npm run build)';
  return null;
}

/** Runs `npm run build` with the terminal attached; resolves with its exit code. */
export function runBuild() {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`Could not run npm run build: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds when needed. Resolves with 0 when dist/ is ready, otherwise the build's exit code. */
export async function buildIfNeeded() {
  const reason = staleReason();
  if (reason === null) return 0;
  console.log(`Building the app (${reason})…`);
  const code = await runBuild();
  if (code !== 0) console.error(`The build failed (exit code ${code}).`);
  return code;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  process.exitCode = await buildIfNeeded();
}
