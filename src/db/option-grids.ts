/**
 * The organisation's own option-grid versions on this device (synced organisation
 * content; issue #5 item 1). Bundled grids are added by the features from src/content;
 * together they are the catalogue the domain's rules choose from.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ENVELOPE_KEYS, type GridVersion, type KindRecord, type OptionGridData } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

/** Every live grid version the organisation has published (or retired). */
export async function readOrganisationGrids(db: OurPlanDatabase): Promise<GridVersion[]> {
  const rows = (await db.recordTable('option-grid').toArray()) as KindRecord<'option-grid'>[];
  return rows.filter((r) => !r.deleted).map((r) => ({ id: r.id, data: toData(r), bundled: false }));
}

/** The grid data of a stored record: the record without its envelope. */
function toData(record: KindRecord<'option-grid'>): OptionGridData {
  const data: Record<string, unknown> = { ...record };
  for (const key of [...ENVELOPE_KEYS, 'deleted']) delete data[key];
  // Every stored record passed its kind's schema before it was written.
  return data as OptionGridData;
}

/** The organisation's grid versions; undefined while loading. */
export function useOrganisationGrids(): GridVersion[] | undefined {
  return useLiveQuery(() => readOrganisationGrids(localStore().db), []);
}

/**
 * Every grid version this device can show: the bundled grids (loaded on first use, so
 * their words are not in the app's first download) and the organisation's own.
 */
export async function readGridVersions(db: OurPlanDatabase): Promise<GridVersion[]> {
  const [{ BUNDLED_GRIDS }, own] = await Promise.all([
    import('../content/option-grids'),
    readOrganisationGrids(db),
  ]);
  return [...BUNDLED_GRIDS, ...own];
}

/**
 * All grid versions (bundled and the organisation's); undefined while loading. The
 * bundled grids are loaded outside the live query: a live query may only await Dexie.
 */
export function useGridVersions(): GridVersion[] | undefined {
  const own = useOrganisationGrids();
  const [bundled, setBundled] = useState<readonly GridVersion[]>();
  useEffect(() => {
    let mounted = true;
    void import('../content/option-grids').then((m) => {
      if (mounted) setBundled(m.BUNDLED_GRIDS);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return useMemo(() => (own && bundled ? [...bundled, ...own] : undefined), [own, bundled]);
}
