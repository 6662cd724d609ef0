/**
 * The directory for the signposting flow, as a hook: undefined while the first answer is
 * on its way, then the entries. With no network and no saved copy, the bundled entries
 * alone: there is always somewhere to send someone.
 */
import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../domain/signposting';
import { flushSignpostingCounts, listenForOnline } from './counts';
import { fetchPublicDirectory, type PublicDirectory } from './directory';
import { directoryEntries } from './directory-entries';

/** The last answer in this page, so coming back to the flow shows entries at once. */
let lastFetched: PublicDirectory | null | undefined;

export function useDirectoryEntries(): DirectoryEntry[] | undefined {
  const [fetched, setFetched] = useState<PublicDirectory | null | undefined>(lastFetched);

  useEffect(() => {
    let live = true;
    // Opening the flow is a "next use": counts queued offline go now, if they can.
    listenForOnline();
    void flushSignpostingCounts();
    void fetchPublicDirectory().then((directory) => {
      // A failed refresh keeps what this page already had.
      if (directory !== null || lastFetched === undefined) lastFetched = directory;
      if (live) setFetched(lastFetched);
    });
    return () => {
      live = false;
    };
  }, []);

  return fetched === undefined ? undefined : directoryEntries(fetched);
}
