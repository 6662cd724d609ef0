/**
 * The rules of a written safety plan (issue #7), pure: the plan as people read it (a live
 * plan and an agreed version look the same), agreeing a version, what changed between
 * two versions, when a review is due and which consents to share are in force.
 *
 * Design choices:
 * - `PlanView` is the one shape every screen and print reads: sections in the order of
 *   SAFETY_PLAN_SECTIONS, items in their list order, then the backup team and the
 *   coordinator. Deleted records never reach it.
 * - An agreed version is a snapshot (kinds/safety-plan-version.ts): `agreementSnapshot`
 *   copies exactly what the view shows, so a version reads as the plan did that day.
 * - Changes are compared by item id: an item whose words or number changed is "changed",
 *   not "removed and added"; an item moved to another section is "changed" in the section
 *   it is in now (its `before` says where it was).
 * - Dates are compared as YYYY-MM-DD strings against a `today` the caller passes, so the
 *   rules do not depend on the clock or the time zone.
 */
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from './kinds/safety-plan';
import type { ConsentGiver, ShareRelationship } from './kinds/safety-plan-share';
import type { PlanPresent, SafetyPlanVersionData } from './kinds/safety-plan-version';
import type { ContributorRole } from './kinds/vocabulary';

/** One item of the plan as shown. */
export interface PlanItem {
  id: string;
  section: SafetyPlanSection;
  text: string;
  phone?: string;
  addedByRole: ContributorRole;
}

/** One backup-team action as shown. */
export interface BackupTeamEntry {
  id: string;
  who: string;
  role: string;
  action: string;
  appliesWhen: string;
  phone?: string;
}

/** A plan as people read it, live or agreed. */
export interface PlanView {
  sections: Record<SafetyPlanSection, PlanItem[]>;
  backupTeam: BackupTeamEntry[];
  coordinatorName?: string;
  coordinatorContact?: string;
  writtenByYoungPerson: SafetyPlanSection[];
}

/** The header fields a view needs (a safety-plan record or its data). */
export interface PlanHeaderInput {
  coordinatorName?: string | undefined;
  coordinatorContact?: string | undefined;
  writtenByYoungPerson?: readonly SafetyPlanSection[] | undefined;
}

/** Record bookkeeping a live list is ordered and filtered by. */
interface Listed {
  order?: number;
  createdAt?: string;
  deleted?: boolean;
}

/** A safety-plan-item record (or the fields of one a view needs). */
export type PlanItemInput = PlanItem & Listed & { phone?: string | undefined };

/** A backup-team-action record (or the fields of one a view needs). */
export type BackupTeamInput = BackupTeamEntry & Listed & { phone?: string | undefined };

const listOrder = (a: Listed & { id: string }, b: Listed & { id: string }): number =>
  (a.order ?? 0) - (b.order ?? 0) ||
  (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
  a.id.localeCompare(b.id);

/** A value that says something: not absent, not blank. */
function filled(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function emptySections(): Record<SafetyPlanSection, PlanItem[]> {
  return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, []])) as unknown as Record<
    SafetyPlanSection,
    PlanItem[]
  >;
}

function toItem(r: PlanItemInput): PlanItem {
  const item: PlanItem = { id: r.id, section: r.section, text: r.text, addedByRole: r.addedByRole };
  const phone = filled(r.phone);
  if (phone !== undefined) item.phone = phone;
  return item;
}

function toEntry(r: BackupTeamInput): BackupTeamEntry {
  const entry: BackupTeamEntry = {
    id: r.id,
    who: r.who,
    role: r.role,
    action: r.action,
    appliesWhen: r.appliesWhen,
  };
  const phone = filled(r.phone);
  if (phone !== undefined) entry.phone = phone;
  return entry;
}

function view(
  header: PlanHeaderInput | undefined,
  items: readonly PlanItem[],
  backupTeam: BackupTeamEntry[],
): PlanView {
  const sections = emptySections();
  for (const item of items) sections[item.section]?.push(item);
  const result: PlanView = {
    sections,
    backupTeam,
    writtenByYoungPerson: SAFETY_PLAN_SECTIONS.filter((s) =>
      (header?.writtenByYoungPerson ?? []).includes(s),
    ),
  };
  const name = filled(header?.coordinatorName);
  const contact = filled(header?.coordinatorContact);
  if (name !== undefined) result.coordinatorName = name;
  if (contact !== undefined) result.coordinatorContact = contact;
  return result;
}

/** The live plan as people read it: deleted records left out, lists in their order. */
export function planView(
  plan: PlanHeaderInput | undefined,
  items: readonly PlanItemInput[],
  actions: readonly BackupTeamInput[],
): PlanView {
  const live = <T extends Listed & { id: string }>(list: readonly T[]) =>
    list.filter((r) => r.deleted !== true).sort(listOrder);
  return view(plan, live(items).map(toItem), live(actions).map(toEntry));
}

/** The parts of an agreed version a view needs. */
export type VersionInput = Pick<
  SafetyPlanVersionData,
  'items' | 'backupTeam' | 'coordinatorName' | 'coordinatorContact' | 'writtenByYoungPerson'
>;

/** An agreed version as people read it, exactly as it was agreed. */
export function versionView(version: VersionInput): PlanView {
  return view(version, version.items.map(toItem), version.backupTeam.map(toEntry));
}

/** A version record's number and bookkeeping, for ordering. */
export interface VersionOrderInput {
  id: string;
  version: number;
  createdAt?: string;
  deleted?: boolean;
}

/** Versions oldest first: by number, then (two agreed offline at once) by creation. */
export function sortVersions<T extends VersionOrderInput>(versions: readonly T[]): T[] {
  return versions
    .filter((v) => v.deleted !== true)
    .sort(
      (a, b) =>
        a.version - b.version ||
        (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
        a.id.localeCompare(b.id),
    );
}

/** The most recently agreed version, or undefined when none was agreed. */
export function latestVersion<T extends VersionOrderInput>(versions: readonly T[]): T | undefined {
  return sortVersions(versions).at(-1);
}

/** The number the next agreed version takes: one more than the highest so far. */
export function nextVersionNumber(versions: readonly VersionOrderInput[]): number {
  return (latestVersion(versions)?.version ?? 0) + 1;
}

/** What is agreed, and by whom, when a plan version is agreed. */
export interface Agreement {
  agreedOn: string;
  reviewBy?: string | undefined;
  present: readonly PlanPresent[];
}

/**
 * The body of a new `safety-plan-version`: the plan as it reads now, numbered after the
 * versions so far, with the date, review date and who was there.
 */
export function agreementSnapshot(
  plan: PlanHeaderInput & { id: string },
  items: readonly PlanItemInput[],
  actions: readonly BackupTeamInput[],
  versions: readonly VersionOrderInput[],
  agreement: Agreement,
): SafetyPlanVersionData {
  const current = planView(plan, items, actions);
  const snapshot: SafetyPlanVersionData = {
    planId: plan.id,
    version: nextVersionNumber(versions),
    agreedOn: agreement.agreedOn,
    present: agreement.present.map((p) => {
      const name = filled(p.name);
      return name === undefined ? { role: p.role } : { role: p.role, name };
    }),
    writtenByYoungPerson: current.writtenByYoungPerson,
    items: SAFETY_PLAN_SECTIONS.flatMap((s) => current.sections[s]),
    backupTeam: current.backupTeam,
  };
  const reviewBy = filled(agreement.reviewBy);
  if (reviewBy !== undefined) snapshot.reviewBy = reviewBy;
  if (current.coordinatorName !== undefined) snapshot.coordinatorName = current.coordinatorName;
  if (current.coordinatorContact !== undefined)
    snapshot.coordinatorContact = current.coordinatorContact;
  return snapshot;
}

/** What changed in one list, matched by id. */
export interface ListChanges<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T }[];
}

/** What changed between two plan views (e.g. the last agreed version and now). */
export interface PlanChanges {
  sections: Record<SafetyPlanSection, ListChanges<PlanItem>>;
  backupTeam: ListChanges<BackupTeamEntry>;
  /** The coordinator's name or contact changed. */
  coordinatorChanged: boolean;
  /** Sections newly marked, or no longer marked, as written by the young person. */
  writtenByYoungPerson: { added: SafetyPlanSection[]; removed: SafetyPlanSection[] };
  /** True when anything at all changed. */
  any: boolean;
}

const sameItem = (a: PlanItem, b: PlanItem): boolean =>
  a.section === b.section &&
  a.text === b.text &&
  (a.phone ?? '') === (b.phone ?? '') &&
  a.addedByRole === b.addedByRole;

const sameEntry = (a: BackupTeamEntry, b: BackupTeamEntry): boolean =>
  a.who === b.who &&
  a.role === b.role &&
  a.action === b.action &&
  a.appliesWhen === b.appliesWhen &&
  (a.phone ?? '') === (b.phone ?? '');

function listChanges<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
  same: (a: T, b: T) => boolean,
): ListChanges<T> {
  const before = new Map(older.map((x) => [x.id, x]));
  const after = new Set(newer.map((x) => x.id));
  const changes: ListChanges<T> = { added: [], removed: [], changed: [] };
  for (const x of newer) {
    const was = before.get(x.id);
    if (was === undefined) changes.added.push(x);
    else if (!same(was, x)) changes.changed.push({ before: was, after: x });
  }
  changes.removed = older.filter((x) => !after.has(x.id));
  return changes;
}

const isEmpty = (c: ListChanges<unknown>): boolean =>
  c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;

/**
 * What changed from `older` to `newer`, section by section and in the backup team. With
 * no older version (the first agreement) everything in `newer` is added.
 */
export function planChanges(older: PlanView | undefined, newer: PlanView): PlanChanges {
  const olderItems = older ? SAFETY_PLAN_SECTIONS.flatMap((s) => older.sections[s]) : [];
  const newerItems = SAFETY_PLAN_SECTIONS.flatMap((s) => newer.sections[s]);
  const all = listChanges(olderItems, newerItems, sameItem);
  const sections = Object.fromEntries(
    SAFETY_PLAN_SECTIONS.map((s): [SafetyPlanSection, ListChanges<PlanItem>] => [
      s,
      {
        added: all.added.filter((x) => x.section === s),
        removed: all.removed.filter((x) => x.section === s),
        changed: all.changed.filter((c) => c.after.section === s),
      },
    ]),
  ) as Record<SafetyPlanSection, ListChanges<PlanItem>>;
  const backupTeam = listChanges(older?.backupTeam ?? [], newer.backupTeam, sameEntry);
  const coordinatorChanged =
    (older?.coordinatorName ?? '') !== (newer.coordinatorName ?? '') ||
    (older?.coordinatorContact ?? '') !== (newer.coordinatorContact ?? '');
  const was = older?.writtenByYoungPerson ?? [];
  const writtenByYoungPerson = {
    added: newer.writtenByYoungPerson.filter((s) => !was.includes(s)),
    removed: was.filter((s) => !newer.writtenByYoungPerson.includes(s)),
  };
  return {
    sections,
    backupTeam,
    coordinatorChanged,
    writtenByYoungPerson,
    any:
      !isEmpty(all) ||
      !isEmpty(backupTeam) ||
      coordinatorChanged ||
      writtenByYoungPerson.added.length + writtenByYoungPerson.removed.length > 0,
  };
}

/**
 * Whether a plan (or an agreed version) is due for review on `today` (YYYY-MM-DD): it has
 * a review date and that day has come.
 */
export function isPlanReviewDue(
  plan: { reviewBy?: string | undefined } | undefined,
  today: string,
): boolean {
  return plan?.reviewBy !== undefined && plan.reviewBy <= today;
}

/** The fields of a safety-plan-share record the sharing rules need. */
export interface ShareInput {
  personName: string;
  relationship: ShareRelationship;
  carerUserId?: string | undefined;
  consentGivenBy: ConsentGiver;
  consentOn: string;
  withdrawnOn?: string | undefined;
  deleted?: boolean;
}

/** Whether a recorded consent is in force on `today`: given by then and not withdrawn. */
export function isShareActive(share: ShareInput, today: string): boolean {
  return (
    share.deleted !== true &&
    share.consentOn <= today &&
    (share.withdrawnOn === undefined || share.withdrawnOn > today)
  );
}

/** The consents to share the plan in force on `today`, in the order given. */
export function activeShares<T extends ShareInput>(shares: readonly T[], today: string): T[] {
  return shares.filter((s) => isShareActive(s, today));
}

/** Whether the plan may be shared with this carer's account on `today`. */
export function isSharedWithCarer(
  shares: readonly ShareInput[],
  carerUserId: string,
  today: string,
): boolean {
  return activeShares(shares, today).some((s) => s.carerUserId === carerUserId);
}
