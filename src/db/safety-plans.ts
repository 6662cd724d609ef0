/**
 * The reads behind a young person's safety plan (issue #7): the plan, its items, the
 * backup team, every agreed version and the recorded consents to share it, in one read
 * transaction so a screen never shows half of a sync. And the crisis lines shown first:
 * the organisation's own list if an admin wrote one, else the bundled UK defaults.
 *
 * Design choices:
 * - The plan is the case's oldest live `safety-plan` header. Two devices that each began
 *   a plan offline make two headers; the items and actions of every live header in the
 *   case are shown together, so nothing anyone added disappears after the sync.
 * - Everything is read from this device (IndexedDB): opening the plan never waits for the
 *   network, and it shows whatever was last synced, whatever the sync is doing now. If a
 *   read fails after a good one, the hook keeps showing the last good copy.
 * - The crisis lines never wait for, or fail with, their words: the English words are
 *   bundled with this module as the fallback if the reader's language cannot load.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import enCrisisWords from '../../locales/en-GB/crisis-contacts.json';
import {
  CRISIS_CONTACTS_NAMESPACE,
  bundledCrisisContacts,
  type CrisisContact,
  type CrisisLineWords,
} from '../content/crisis-contacts';
import { sortVersions, type AnyRecord, type KindRecord } from '../domain';
import type { OurPlanDatabase } from './database';
import { localStore } from './local-store';

/**
 * The stored records, typed: every record passed its kind's schema before it was
 * written, here or on the server.
 */
export interface SafetyPlanBundle {
  /** The case's live safety-plan header (the oldest, if two devices each began one). */
  plan: KindRecord<'safety-plan'> | undefined;
  /** Live safety-plan items of the case's live plans, by order then creation. */
  items: KindRecord<'safety-plan-item'>[];
  /** Live backup-team actions of the case's live plans, by order then creation. */
  actions: KindRecord<'backup-team-action'>[];
  /** Agreed versions (safety-plan-version), oldest first (by number, then creation). */
  versions: KindRecord<'safety-plan-version'>[];
  /** Recorded consents to share the plan (safety-plan-share), newest first. */
  shares: KindRecord<'safety-plan-share'>[];
}

const byCreation = (a: AnyRecord, b: AnyRecord): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

const byOrder = (a: AnyRecord, b: AnyRecord): number =>
  Number(a.order) - Number(b.order) || byCreation(a, b);

/** Newest consent first; the same day, the one recorded last first. */
const newestShareFirst = (a: AnyRecord, b: AnyRecord): number =>
  String(b.consentOn).localeCompare(String(a.consentOn)) || byCreation(b, a);

/** The case's safety plan and everything hanging off it, read in one transaction. */
export async function readSafetyPlan(
  db: OurPlanDatabase,
  caseId: string,
): Promise<SafetyPlanBundle> {
  const kinds = [
    'safety-plan',
    'safety-plan-item',
    'backup-team-action',
    'safety-plan-version',
    'safety-plan-share',
  ] as const;
  const tables = kinds.map((kind) => db.recordTable(kind));
  return db.transaction('r', tables, async () => {
    const [plans = [], items = [], actions = [], versions = [], shares = []] = await Promise.all(
      tables.map((table) => table.where('caseId').equals(caseId).toArray()),
    );
    const livePlans = plans.filter((p) => !p.deleted).sort(byCreation);
    const planIds = new Set(livePlans.map((p) => p.id));
    const ofPlan = (r: AnyRecord) => !r.deleted && planIds.has(String(r.planId));
    return {
      plan: livePlans[0] as KindRecord<'safety-plan'> | undefined,
      items: items.filter(ofPlan).sort(byOrder) as KindRecord<'safety-plan-item'>[],
      actions: actions.filter(ofPlan).sort(byOrder) as KindRecord<'backup-team-action'>[],
      versions: sortVersions(versions as KindRecord<'safety-plan-version'>[]),
      shares: (shares.filter((r) => !r.deleted) as KindRecord<'safety-plan-share'>[]).sort(
        newestShareFirst,
      ),
    };
  });
}

/** A read that failed, kept apart from the data so the hook can choose what to show. */
interface FailedRead {
  failed: unknown;
}

/**
 * The case's safety plan, live; undefined while loading (or without a case). If a later
 * read fails (storage trouble), the last good copy of this case's plan stays on screen;
 * only a first read that fails throws, for the screen's error boundary to explain.
 */
export function useSafetyPlan(caseId: string | undefined): SafetyPlanBundle | undefined {
  const result = useLiveQuery(
    async (): Promise<SafetyPlanBundle | FailedRead | undefined> =>
      caseId
        ? readSafetyPlan(localStore().db, caseId).catch((failed: unknown) => ({ failed }))
        : undefined,
    [caseId],
  );
  const [lastGood, setLastGood] = useState<{ caseId: string; bundle: SafetyPlanBundle }>();
  const good = result !== undefined && !('failed' in result) ? result : undefined;
  useEffect(() => {
    if (caseId !== undefined && good !== undefined) setLastGood({ caseId, bundle: good });
  }, [caseId, good]);
  if (result === undefined || good !== undefined) return good;
  if (lastGood !== undefined && lastGood.caseId === caseId) return lastGood.bundle;
  throw (result as FailedRead).failed;
}

type WordsFile = { contacts: Record<string, CrisisLineWords> };

/**
 * The organisation's own crisis lines, if an admin wrote a list: the live list updated
 * last (there is normally one). Null when there is none.
 */
export async function readOrganisationCrisisContacts(
  db: OurPlanDatabase,
): Promise<CrisisContact[] | null> {
  const lists = (await db.recordTable('crisis-contact-list').toArray()).filter(
    (r) => !r.deleted,
  ) as KindRecord<'crisis-contact-list'>[];
  const latest = lists.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  return latest ? latest.contacts.map((c) => ({ ...c })) : null;
}

/**
 * The crisis lines to show: the organisation's list if an admin set one, else the bundled
 * UK defaults in the reader's language. Undefined only while they first load.
 */
export function useCrisisContacts(): CrisisContact[] | undefined {
  // A failed read falls back to the bundled lines: crisis lines never hide behind an error.
  const own = useLiveQuery(
    () => readOrganisationCrisisContacts(localStore().db).catch(() => null),
    [],
  );
  const { t, i18n, ready } = useTranslation(CRISIS_CONTACTS_NAMESPACE, { useSuspense: false });
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    if (own) return own;
    // Still reading the device, or the words not loaded yet.
    if (own === undefined || !ready) return undefined;
    const english = (enCrisisWords as WordsFile).contacts;
    const word = (id: string, field: keyof CrisisLineWords): string => {
      const fallback = english[id]?.[field] ?? '';
      return t(`contacts.${id}.${field}`, { defaultValue: fallback, lng: language });
    };
    return bundledCrisisContacts((id) => ({
      name: word(id, 'name'),
      description: word(id, 'description'),
      hours: word(id, 'hours'),
    }));
  }, [own, ready, t, language]);
}
