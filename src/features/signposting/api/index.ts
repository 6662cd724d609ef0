/**
 * The signposting flow's way to the server: the public directory and the anonymous
 * counts. Needs no account and never opens the local store.
 */
export {
  fetchPublicDirectory,
  type PublicDirectory,
  type PublicDirectoryResource,
} from './directory';
export { directoryEntries } from './directory-entries';
export { useDirectoryEntries } from './use-directory-entries';
export { flushSignpostingCounts, recordSignpostingCount, sendQueuedCounts } from './counts';
