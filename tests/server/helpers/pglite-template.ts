/**
 * A new PGlite cluster takes seconds to create (initdb in WebAssembly); copying one takes
 * a fraction of that. Tests that only need an empty embedded database start from a copy
 * of a template made once per PGlite version and shared by the test workers. (The
 * data-directory lock test still creates one from nothing, so that path stays tested.)
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTempDir } from './temp';

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

let template: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = path.join(tmpdir(), `ourplan-test-pglite-template-${pgliteVersion()}`);
    if (existsSync(path.join(dir, 'PG_VERSION'))) return dir;
    const building = await mkdtemp(`${dir}-building-`);
    const db = await PGlite.create({ dataDir: building });
    await db.close();
    try {
      await rename(building, dir); // atomic: if another worker got there first, use theirs
    } catch {
      await rm(building, { recursive: true, force: true });
    }
    return dir;
  })();
  return template;
}

/** A new temporary DATA_DIR holding an empty (unmigrated) PGlite cluster. */
export async function seededDataDir(): Promise<string> {
  const dataDir = await makeTempDir('data');
  await cp(await pgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}
