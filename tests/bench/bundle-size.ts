/**
 * Bundle size (DESIGN.md §7 "Fast": first load ≤ 150 KB of gzipped JavaScript for the
 * shell, features loaded on demand).
 *
 * - Shell JS: the entry chunk built from index.html plus everything it imports
 *   statically, transitively, from dist/.vite/manifest.json. Dynamic imports (feature
 *   routes, language files, the service worker helper) are loaded on demand and do not
 *   count.
 * - Precache: every URL the service worker precaches (parsed from dist/sw.js), split into
 *   JS, CSS and other files: what a first visit downloads in the background to work
 *   offline.
 *
 * Each file is gzipped with node:zlib at level 9; 1 KB = 1,000 bytes.
 *
 * Run alone: npx tsx tests/bench/bundle-size.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DIST,
  heading,
  isMain,
  kb,
  runStandalone,
  table,
  type BenchResult,
  type Benchmark,
} from './report.ts';

export const SHELL_JS_BUDGET_BYTES = 150_000;

const MANIFEST = join(DIST, '.vite', 'manifest.json');
const SERVICE_WORKER = join(DIST, 'sw.js');
/** The Workbox globPatterns in vite.config.ts, used if sw.js cannot be parsed. */
const PRECACHE_EXTENSIONS = new Set([
  '.js',
  '.css',
  '.html',
  '.svg',
  '.png',
  '.webmanifest',
  '.json',
]);

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type ViteManifest = Record<string, ManifestChunk>;

interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

const sizeCache = new Map<string, SizedFile>();

/** Raw and gzip -9 size of a file under dist/. */
function sized(file: string): SizedFile {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const bytes = readFileSync(join(DIST, file));
  const result = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  sizeCache.set(file, result);
  return result;
}

const sum = (files: SizedFile[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);

function readManifest(): ViteManifest {
  if (!existsSync(MANIFEST)) {
    throw new Error(
      `${MANIFEST} is missing. Build first (npm run build); vite.config.ts needs build.manifest: true.`,
    );
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as ViteManifest;
}

/** The entry chunk for index.html and its static imports, transitively, entry first. */
export function shellChunks(manifest: ViteManifest): { js: string[]; css: string[] } {
  const entryKey =
    Object.keys(manifest).find(
      (key) => manifest[key]?.isEntry && manifest[key]?.src === 'index.html',
    ) ?? Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entryKey === undefined) throw new Error('The Vite manifest has no entry chunk.');
  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest refers to ${key} but has no entry for it.`);
    js.push(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return { js, css: [...css] };
}

/** The URLs in sw.js's precache manifest, or the globPatterns applied to dist/ if unparseable. */
export function precachedFiles(): { files: string[]; source: string } {
  if (existsSync(SERVICE_WORKER)) {
    const sw = readFileSync(SERVICE_WORKER, 'utf8');
    const entry = /\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:"[^"]*"|null)\s*\}/g;
    const urls = new Set<string>();
    for (const match of sw.matchAll(entry)) {
      const url = (match[1] ?? '').replace(/^\//, '').replace(/[?#].*$/, '');
      if (url) urls.add(decodeURIComponent(url));
    }
    if (urls.size > 0) return { files: [...urls].sort(), source: 'dist/sw.js precache manifest' };
  }
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel);
      else if (rel === 'sw.js' || /^workbox-[^/]*\.js$/.test(rel)) continue;
      else if (PRECACHE_EXTENSIONS.has(extname(entry.name))) files.push(rel);
    }
  };
  walk(DIST, '');
  return {
    files: files.sort(),
    source: 'globPatterns over dist/ (sw.js missing or unparseable)',
  };
}

function kind(file: string): 'JS' | 'CSS' | 'other' {
  const ext = extname(file);
  return ext === '.js' || ext === '.mjs' ? 'JS' : ext === '.css' ? 'CSS' : 'other';
}

export const bundleSize: Benchmark = {
  name: 'bundle-size',
  async run(): Promise<BenchResult> {
    const manifest = readManifest();
    const shell = shellChunks(manifest);
    const shellJs = shell.js.map(sized);
    const shellCss = shell.css.map(sized);
    const shellJsGzip = sum(shellJs, 'gzip');

    heading('Bundle size (gzip level 9; 1 KB = 1,000 bytes)');
    console.log(
      'Shell JavaScript: the index.html entry chunk and its static imports, transitively',
    );
    console.log(
      table(
        ['file', ' raw', ' gzip'],
        [
          ...shellJs.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
          ['total shell JS', kb(sum(shellJs, 'raw')), kb(shellJsGzip)],
          ...shellCss.map((f) => [`${f.file} (shell CSS)`, kb(f.raw), kb(f.gzip)]),
        ],
      ),
    );

    const precache = precachedFiles();
    const missing = precache.files.filter((file) => !existsSync(join(DIST, file)));
    const present = precache.files.filter((file) => existsSync(join(DIST, file))).map(sized);
    const byKind = (k: ReturnType<typeof kind>) => present.filter((f) => kind(f.file) === k);
    console.log(`\nPrecache: ${present.length} files, from the ${precache.source}`);
    console.log(
      table(
        ['type', ' files', ' raw', ' gzip'],
        [
          ...(['JS', 'CSS', 'other'] as const).map((k) => [
            k,
            String(byKind(k).length),
            kb(sum(byKind(k), 'raw')),
            kb(sum(byKind(k), 'gzip')),
          ]),
          ['total', String(present.length), kb(sum(present, 'raw')), kb(sum(present, 'gzip'))],
        ],
      ),
    );
    if (missing.length > 0) console.log(`Precached but not in dist/: ${missing.join(', ')}`);

    const shellFiles = new Set(shell.js);
    const sourceOf = new Map(
      Object.entries(manifest).map(([key, chunk]) => [
        chunk.file,
        chunk.src ?? key.replace(/^_/, ''),
      ]),
    );
    const allJs = [...new Set(Object.values(manifest).map((c) => c.file))]
      .filter((file) => kind(file) === 'JS' && existsSync(join(DIST, file)))
      .map(sized)
      .sort((a, b) => b.gzip - a.gzip);
    console.log('\nLargest JavaScript chunks (by gzip size)');
    console.log(
      table(
        ['chunk', ' raw', ' gzip', 'loaded', 'source'],
        allJs
          .slice(0, 5)
          .map((f) => [
            f.file,
            kb(f.raw),
            kb(f.gzip),
            shellFiles.has(f.file) ? 'shell' : 'on demand',
            sourceOf.get(f.file) ?? '',
          ]),
      ),
    );

    return {
      checks: [
        {
          name: 'shell JS, gzipped',
          actual: kb(shellJsGzip),
          target: `≤ ${kb(SHELL_JS_BUDGET_BYTES)}`,
          ok: shellJsGzip <= SHELL_JS_BUDGET_BYTES,
        },
      ],
      figures: [
        { name: 'shell JS files', value: String(shellJs.length) },
        { name: 'shell CSS, gzipped', value: kb(sum(shellCss, 'gzip')) },
        { name: 'precache JS, gzipped', value: kb(sum(byKind('JS'), 'gzip')) },
        { name: 'precache CSS, gzipped', value: kb(sum(byKind('CSS'), 'gzip')) },
        { name: 'precache other, gzipped', value: kb(sum(byKind('other'), 'gzip')) },
        {
          name: 'precache total, gzipped',
          value: `${kb(sum(present, 'gzip'))} (${present.length} files)`,
        },
      ],
    };
  },
};

if (isMain(import.meta.url)) await runStandalone(bundleSize);
