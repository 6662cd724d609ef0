/**
 * Which carers a case has, which sharing-settings record is current for each, and which
 * sections it shares (issue #8 item 5). The young person's and the practitioner's
 * sharing screens and the server's access check all go by these rules, so what a screen
 * says is shared is what the server sends.
 *
 * Design choices:
 * - A carer is an active case-membership with role 'carer', named by its `relationship`
 *   ("Mum"): a young person's phone gets user records of staff only, so the relationship
 *   is the one name every device has.
 * - One record per carer per case is the rule, but two phones offline can each create
 *   one before either syncs. The current one is the newest non-deleted record naming the
 *   carer: latest `updatedAt`, then highest id (ids are uuidv7, so time-ordered) to break
 *   ties. That is the last choice anyone made, which is what the person expects to see;
 *   saving again updates that record, so the older one simply stops mattering.
 * - No record means nothing is shared (the server's read policy shares nothing by default).
 */
import type { AnyRecord } from './record';

export const SECTIONS = ['goals', 'safetyPlan', 'decisions', 'notes'] as const;
export type Section = (typeof SECTIONS)[number];
export type Sections = Record<Section, boolean>;

export const NOTHING_SHARED: Sections = {
  goals: false,
  safetyPlan: false,
  decisions: false,
  notes: false,
};

export interface Carer {
  userId: string;
  relationship: string;
}

/** The carers on a case, once each, in the order they joined. */
export function carersOf(memberships: readonly AnyRecord[]): Carer[] {
  const seen = new Set<string>();
  return [...memberships]
    .filter((m) => !m.deleted && m['active'] === true && m['role'] === 'carer')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .flatMap((m) => {
      const userId = String(m['userId']);
      if (seen.has(userId)) return [];
      seen.add(userId);
      return [{ userId, relationship: String(m['relationship'] ?? '') }];
    });
}

/** The current sharing-settings record for a carer (see the file comment), if any. */
export function currentSettings(
  settings: readonly AnyRecord[],
  carerUserId: string,
): AnyRecord | undefined {
  return settings
    .filter((s) => !s.deleted && s['carerUserId'] === carerUserId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))[0];
}

/** The sections a record shares; anything missing or malformed counts as not shared. */
export function sectionsOf(record: AnyRecord | undefined): Sections {
  const raw = record?.['sections'];
  if (typeof raw !== 'object' || raw === null) return { ...NOTHING_SHARED };
  const s = raw as Record<string, unknown>;
  return {
    goals: s['goals'] === true,
    safetyPlan: s['safetyPlan'] === true,
    decisions: s['decisions'] === true,
    notes: s['notes'] === true,
  };
}

/** The sections that are shared, in the usual order. */
export function sharedList(sections: Sections): Section[] {
  return SECTIONS.filter((s) => sections[s]);
}

export interface CaseCarer extends Carer {
  /** The current sharing-settings record for this carer, if any. */
  settings: AnyRecord | undefined;
}

/** The carers on a case with their current settings. */
export function caseCarers(
  memberships: readonly AnyRecord[],
  settings: readonly AnyRecord[],
): CaseCarer[] {
  return carersOf(memberships).map((c) => ({
    ...c,
    settings: currentSettings(settings, c.userId),
  }));
}
