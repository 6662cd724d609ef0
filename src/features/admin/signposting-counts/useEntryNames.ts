/**
 * Names for the directory entries counts refer to: the organisation's own resources
 * (retired ones too: a count may name one retired since) and the bundled entries, in the
 * reader's language. An id with no entry on this device is left for the page to word.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_DIRECTORY } from '../../../content';
import { bundledWords } from '../directory/bundled-words';
import { useOrganisationResources } from '../directory/directory-store';

export function useEntryNames(): ReadonlyMap<string, string> {
  const { t } = useTranslation('directory');
  const own = useOrganisationResources();
  return useMemo(
    () =>
      new Map([
        ...BUNDLED_DIRECTORY.map((e): [string, string] => [e.id, bundledWords(t, e, 'name')]),
        ...(own ?? []).map((r): [string, string] => [r.id, r.name]),
      ]),
    [own, t],
  );
}
