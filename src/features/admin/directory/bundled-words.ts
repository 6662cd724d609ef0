/**
 * A bundled entry's words in the reader's language: CORE keeps them in the `directory`
 * namespace (`entries.<id>.name` ...), with the English in the entry's data as the
 * fallback, the same rule /support uses (src/features/signposting/entry-view.ts).
 */
import type { TFunction } from 'i18next';
import type { DirectoryEntry } from '../../../domain';

export function bundledWords(
  t: TFunction,
  entry: DirectoryEntry,
  field: 'name' | 'description',
): string {
  return t(`directory:entries.${entry.id}.${field}`, { defaultValue: entry.data[field] });
}
