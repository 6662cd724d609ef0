/**
 * The organisation's own directory, from GET /api/public/directory (no account needed:
 * school staff signpost without one). Offline, the service worker answers with the last
 * copy it fetched (NetworkFirst in vite.config.ts). On a first visit the worker is only
 * installing and does not see the page's requests, so the page also puts each good answer
 * in the same cache itself, and reads it from there when the network fails: the
 * directory then works offline after one visit online, however it started. With no copy
 * at all it is null, and the flow still has the bundled entries.
 *
 * Never from the local store: the signposting pages must not open IndexedDB.
 */
import { z } from 'zod';
import {
  directoryResourceKind,
  type DirectoryResourceData,
} from '../../../domain/kinds/directory-resource';

export const PUBLIC_DIRECTORY_PATH = '/api/public/directory';

export interface PublicDirectoryResource {
  id: string;
  data: DirectoryResourceData;
}

export interface PublicDirectory {
  resources: PublicDirectoryResource[];
  /** Bundled entries the organisation switched off. */
  disabledDirectoryIds: string[];
  /** When anything in it last changed, or null when the organisation has no entries. */
  updatedAt: string | null;
}

const bodySchema = z.object({
  resources: z.array(z.object({ id: z.string(), data: z.unknown() })),
  disabledDirectoryIds: z.array(z.string()).catch([]),
  updatedAt: z.string().nullable().catch(null),
});

/**
 * Only entries this version of the app can read: one entry written by a newer app (or
 * broken) must not hide the rest of the list.
 */
export function readPublicDirectory(json: unknown): PublicDirectory | null {
  const body = bodySchema.safeParse(json);
  if (!body.success) return null;
  const resources: PublicDirectoryResource[] = [];
  for (const { id, data } of body.data.resources) {
    const parsed = directoryResourceKind.data.safeParse(data);
    if (parsed.success) resources.push({ id, data: parsed.data });
  }
  return {
    resources,
    disabledDirectoryIds: body.data.disabledDirectoryIds,
    updatedAt: body.data.updatedAt,
  };
}

/** The runtime cache the service worker keeps the directory in (vite.config.ts). */
export const PUBLIC_DIRECTORY_CACHE = 'ourplan-public-directory';

/** The Cache Storage API where there is one (not in every test environment). */
function cacheStorage(): CacheStorage | undefined {
  return typeof caches === 'undefined' ? undefined : caches;
}

async function saveCopy(response: Response): Promise<void> {
  try {
    await (
      await cacheStorage()?.open(PUBLIC_DIRECTORY_CACHE)
    )?.put(PUBLIC_DIRECTORY_PATH, response);
  } catch {
    // Storage refused or full: the next visit fetches again.
  }
}

async function savedCopy(): Promise<PublicDirectory | null> {
  try {
    const saved = await (
      await cacheStorage()?.open(PUBLIC_DIRECTORY_CACHE)
    )?.match(PUBLIC_DIRECTORY_PATH);
    return saved ? readPublicDirectory(await saved.json()) : null;
  } catch {
    return null;
  }
}

/** The directory, or null when neither the server nor a saved copy could answer. */
export async function fetchPublicDirectory(): Promise<PublicDirectory | null> {
  try {
    const response = await fetch(PUBLIC_DIRECTORY_PATH, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return await savedCopy();
    await saveCopy(response.clone());
    return readPublicDirectory(await response.json());
  } catch {
    return savedCopy();
  }
}
