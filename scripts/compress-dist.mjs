// Writes precompressed copies (.br and .gz) of the built app's text files, so the server
// sends them compressed without compressing on every request (src/server/http/static.ts).
// Run after `vite build` (npm run build does). Usage: node scripts/compress-dist.mjs [dir]
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt|xml)$/;
// Below this, compression saves too little to be worth a second file and a negotiation.
const MIN_BYTES = 1024;
// A variant must save at least this share of the bytes, or it is not written.
const MIN_SAVING = 0.05;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Dot-directories (Vite's .vite/ build manifest) are not served, so not compressed.
    if (entry.isDirectory() && !entry.name.startsWith('.')) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

async function writeVariant(file, suffix, compressed, originalSize) {
  const target = file + suffix;
  if (compressed.length > originalSize * (1 - MIN_SAVING)) {
    await unlink(target).catch(() => undefined); // an older, now pointless variant
    return 0;
  }
  await writeFile(target, compressed);
  return compressed.length;
}

async function compressFile(file) {
  const source = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gz(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return {
    size: source.length,
    br: await writeVariant(file, '.br', br, source.length),
    gz: await writeVariant(file, '.gz', gzipped, source.length),
  };
}

export async function compressDir(dir) {
  const totals = { files: 0, size: 0, br: 0, gz: 0 };
  const work = [];
  for await (const file of files(dir)) {
    if (/\.(?:br|gz)$/.test(file)) {
      // Left over from an earlier build whose original is gone: remove it.
      const original = file.replace(/\.(?:br|gz)$/, '');
      if (!(await stat(original).catch(() => null))) await unlink(file);
      continue;
    }
    if (!COMPRESSIBLE.test(file)) continue;
    const { size } = await stat(file);
    if (size < MIN_BYTES) continue;
    work.push(
      compressFile(file).then((result) => {
        totals.files += 1;
        totals.size += result.size;
        totals.br += result.br || result.size;
        totals.gz += result.gz || result.size;
      }),
    );
  }
  await Promise.all(work);
  return totals;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    console.error(`compress-dist: ${dir} does not exist; run vite build first.`);
    process.exit(1);
  }
  const totals = await compressDir(dir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const shown = path.relative(process.cwd(), dir);
  console.log(
    `compress-dist: ${totals.files} files in ${shown.startsWith('..') ? dir : shown || '.'}: ` +
      `${kb(totals.size)} → brotli ${kb(totals.br)}, gzip ${kb(totals.gz)}`,
  );
}
