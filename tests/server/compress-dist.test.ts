/** scripts/compress-dist.mjs: .br and .gz beside each text file worth compressing. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './helpers/temp';
import { REPO_ROOT } from './helpers/static-fixture';

const run = promisify(execFile);
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'compress-dist.mjs');
const text = (n: number) => 'const x = "hello";\n'.repeat(Math.ceil(n / 19)).slice(0, n);

describe('scripts/compress-dist.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('compress');
    await mkdir(path.join(dir, 'assets'));
    await mkdir(path.join(dir, '.vite'));
    await writeFile(path.join(dir, 'assets', 'big.js'), text(5000));
    await writeFile(path.join(dir, 'assets', 'small.js'), text(500));
    await writeFile(path.join(dir, 'icon.png'), text(5000)); // not a text type
    await writeFile(path.join(dir, '.vite', 'manifest.json'), text(5000)); // not served
    await writeFile(path.join(dir, 'gone.js.br'), 'left over'); // original removed by a rebuild
    await run(process.execPath, [SCRIPT, dir]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies that decompress to the original', () => {
    const original = readFileSync(path.join(dir, 'assets', 'big.js'));
    const br = readFileSync(path.join(dir, 'assets', 'big.js.br'));
    const gz = readFileSync(path.join(dir, 'assets', 'big.js.gz'));
    expect(br.length).toBeLessThan(original.length);
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gunzipSync(gz).equals(original)).toBe(true);
  });

  it('skips small files, binary formats and dot-directories', () => {
    expect(existsSync(path.join(dir, 'assets', 'small.js.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'icon.png.br'))).toBe(false);
    expect(existsSync(path.join(dir, '.vite', 'manifest.json.br'))).toBe(false);
  });

  it('removes variants whose original is gone', () => {
    expect(existsSync(path.join(dir, 'gone.js.br'))).toBe(false);
  });

  it('fails clearly when the directory does not exist', async () => {
    await expect(run(process.execPath, [SCRIPT, path.join(dir, 'nope')])).rejects.toMatchObject({
      stderr: expect.stringContaining('does not exist'),
    });
  });
});
