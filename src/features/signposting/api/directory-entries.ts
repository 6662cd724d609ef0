/**
 * Every entry signposting may suggest: the bundled national and example entries (minus
 * those the organisation switched off) and the organisation's own published records.
 * Pure, so the rule is tested without a network.
 */
import { BUNDLED_DIRECTORY } from '../../../content/directory';
import type { DirectoryEntry } from '../../../domain/signposting';
import type { PublicDirectory } from './directory';

export function directoryEntries(
  fetched: PublicDirectory | null,
  bundled: readonly DirectoryEntry[] = BUNDLED_DIRECTORY,
): DirectoryEntry[] {
  if (fetched === null) return [...bundled];
  const disabled = new Set(fetched.disabledDirectoryIds);
  const local = fetched.resources.map((r): DirectoryEntry => ({
    id: r.id,
    source: 'local',
    data: r.data,
  }));
  return [...bundled.filter((e) => !disabled.has(e.id)), ...local];
}
