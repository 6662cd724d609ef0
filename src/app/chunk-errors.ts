/**
 * A lazily loaded chunk that fails to load usually means a new version was deployed and
 * the old files are gone (DESIGN.md §9, "Stale shell after a deploy"), or the device is
 * offline with an old cache. Either way the fix is a reload, not a blank page.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed/i.test(
      error.message,
    )
  );
}
