/**
 * A stand-in for Vite's dist/: the files the server treats differently, with known
 * content, so the tests never depend on the real build. Precompressed with the real
 * scripts/compress-dist.mjs.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { makeTempDir } from './temp';

const run = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Big enough (> 1 KiB) to be precompressed. */
const padding = (label: string): string =>
  Array.from({ length: 60 }, (_, i) => `/* ${label} line ${i} */`).join('\n');

export const FIXTURE_FILES: Readonly<Record<string, string>> = {
  'index.html': `<!doctype html><html lang="en-GB"><head><title>OurPlan test shell</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div><!--\n${padding('index')}\n--></body></html>`,
  'assets/app-abc123.js': `console.log('app');\n${padding('app')}\n`,
  'assets/style-abc123.css': 'body{margin:0}',
  'sw.js': `self.addEventListener('install', () => {});\n${padding('sw')}\n`,
  'registerSW.js': "navigator.serviceWorker.register('/sw.js');",
  'workbox-abc123.js': '/* workbox */',
  'manifest.webmanifest': '{"name":"OurPlan","start_url":"/"}',
  'locales/en-GB/common.json': '{"hello":"Hello"}',
  'icons/icon-192.png': 'not really a png',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '.vite/manifest.json': '{"secret":"build metadata"}',
};

export async function makeStaticDir(): Promise<string> {
  const dir = await makeTempDir('dist');
  for (const [name, content] of Object.entries(FIXTURE_FILES)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'compress-dist.mjs'), dir]);
  return dir;
}
