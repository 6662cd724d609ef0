/**
 * The one IndexedDB database of the app, through Dexie (DESIGN.md §4). Versioned: a
 * schema change adds `this.version(n + 1)` with an upgrade function, so a device coming
 * back after weeks keeps its data and its outbox.
 */
import { Dexie, type Table } from 'dexie';
import type { AnyRecord, Mutation, Rejection } from '../domain';
import {
  META_INDEXES_V1,
  OUTBOX_INDEXES_V1,
  RECORD_INDEXES_V1,
  RECORD_INDEXES_V5,
  RECORD_INDEXES_V6,
  REJECTED_INDEXES_V2,
  DRAFT_INDEXES_V3,
  TABLE_FOR_KIND,
  type RecordTableName,
  type StoredKind,
} from './tables';
import {
  GOAL_SUMMARIES_TABLE,
  GOAL_SUMMARY_INDEXES_V4,
  goalSummariesMiddleware,
  summariesOf,
  type GoalSummaryRow,
} from './goal-summaries';
import { DeviceKeys } from './encryption/device-keys';
import { encryptionMiddleware } from './encryption/encryption-middleware';

export const DATABASE_NAME = 'ourplan';

/** A mutation waiting in the outbox; `seq` keeps the order it was made in. */
export interface OutboxEntry {
  seq?: number;
  id: string;
  recordId: string;
  caseId: string | null;
  mutation: Mutation;
  queuedAt: string;
}

/** A mutation the server refused, kept for the person to retry or discard. */
export interface RejectedEntry {
  id: string;
  recordId: string;
  caseId: string | null;
  mutation: Mutation;
  /** The server's reason: a message key in locales/<lang>/validation.json and its details. */
  reason: Omit<Rejection, 'id'>;
  queuedAt: string;
  rejectedAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * What someone has typed into a form and not yet saved (drafts.ts). Device-only: never
 * synced, gone with the rest of the database at sign-out.
 */
export interface DraftEntry {
  key: string;
  caseId: string | null;
  value: unknown;
  savedAt: string;
}

export interface DatabaseOptions {
  /**
   * Encrypt case data at rest (issue #10). Always on in the app; off only for the
   * benchmark's baseline, which measures what encryption costs.
   */
  encrypt?: boolean;
}

export type RecordTables = { [T in RecordTableName]: Table<AnyRecord, string> };

export class OurPlanDatabase extends Dexie {
  declare outbox: Table<OutboxEntry, number>;
  declare meta: Table<MetaEntry, string>;
  declare rejected: Table<RejectedEntry, string>;
  declare drafts: Table<DraftEntry, string>;
  /** Derived from goals and ratings, never written by screens (goal-summaries.ts). */
  declare goalSummaries: Table<GoalSummaryRow, string>;

  /** The keys this page holds for the database; none while locked. */
  readonly keys = new DeviceKeys();

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name);
    if (options.encrypt !== false) this.use(encryptionMiddleware(this.keys));
    this.use(goalSummariesMiddleware);
    this.version(1).stores({
      ...RECORD_INDEXES_V1,
      outbox: OUTBOX_INDEXES_V1,
      meta: META_INDEXES_V1,
    });
    // Version 2 only adds a table: existing records, outbox and meta carry over as they
    // are, so no upgrade function is needed (tested by opening a version-1 database).
    this.version(2).stores({ rejected: REJECTED_INDEXES_V2 });
    // Version 3 adds the drafts table, again with nothing to upgrade.
    this.version(3).stores({ drafts: DRAFT_INDEXES_V3 });
    // Version 4 adds a summary row per goal (goal-summaries.ts), built here once from the
    // goals and ratings already on the device; from then on a middleware keeps it in step.
    this.version(4)
      .stores({ [GOAL_SUMMARIES_TABLE]: GOAL_SUMMARY_INDEXES_V4 })
      .upgrade(async (tx) => {
        const [goals, ratings] = await Promise.all([
          tx.table<AnyRecord, string>('goals').toArray(),
          tx.table<AnyRecord, string>('goalRatings').toArray(),
        ]);
        await tx.table(GOAL_SUMMARIES_TABLE).bulkPut(summariesOf(goals, ratings));
      });
    // Version 5 adds the safety plan's agreed versions and shares and the organisation's
    // crisis lines (issue #7): new tables, nothing to upgrade.
    this.version(5).stores({ ...RECORD_INDEXES_V5 });
    // Version 6 (issue #10): case data is encrypted at rest, and an index keeps its fields
    // in clear, so only ids, case ids and timestamps are indexed from now on. The indexes
    // dropped here were never queried (names, statuses, orders, sections). Rows are sealed
    // at the first unlock after the upgrade (encryption/legacy-rows.ts), not here: the
    // upgrade runs before anyone has unlocked.
    this.version(6).stores({ ...RECORD_INDEXES_V6 });
  }

  /** The table that holds records of a kind. */
  recordTable(kind: StoredKind): Table<AnyRecord, string> {
    return this.table(TABLE_FOR_KIND[kind]) as Table<AnyRecord, string>;
  }
}

export function isStoredKind(kind: string): kind is StoredKind {
  return Object.hasOwn(TABLE_FOR_KIND, kind);
}
