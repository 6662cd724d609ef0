/**
 * One small row per goal on this device, saying what the caseload and the service view need
 * of its ratings (issue #6): the day it was last rated, and its Goals Based Outcomes change
 * category (domain/goal-progress.ts decides which ratings count). Derived, never synced,
 * and never written by screens: a Dexie middleware keeps it in step with every write to
 * the goals and goal-ratings tables, in the same transaction.
 *
 * Why: ratings are the biggest table on a practitioner's device (some 20,000 for 1,000
 * cases) and IndexedDB hands records over whole, so reading every rating to draw the
 * service view took about a second in Chromium (tests/bench/service-view.ts), about half
 * of it IndexedDB copying the ratings out. The summaries are one row per goal, a few
 * fields each.
 *
 * Design choices:
 * - A middleware rather than calls in each writer, because records reach these tables by
 *   several roads (the repository, a sync pull's bulkPut, a partition removed from the
 *   device, a refused change rolled back or retried) and a road added later must not be
 *   able to forget the summaries. It widens every read-write transaction that touches
 *   goals or ratings to the summaries table, so a summary can never disagree with a
 *   committed rating: both are written or neither.
 * - After a write, the summaries of the goals it touched are worked out again from the
 *   goal and all its ratings (the goal-and-rating index): a goal has a handful of
 *   ratings, and a correction can change which of them count. A write touching many
 *   goals (a first pull) reads the whole ratings table once instead of once per goal.
 * - Clearing either table rebuilds every summary.
 * - Version 4 of the database builds the summaries of a device's existing goals once, in
 *   its upgrade (database.ts).
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  goalProgress,
  type AnyRecord,
  type ChangeCategory,
  type ContributorRole,
  type RatingInput,
} from '../domain';

export const GOAL_SUMMARIES_TABLE = 'goalSummaries';
/** Version 4: one row per goal, by goal id; by case for the caseload. */
export const GOAL_SUMMARY_INDEXES_V4 = 'goalId, caseId';

const GOALS = 'goals';
const RATINGS = 'goalRatings';
/** Above this many goals in one write, read all ratings once rather than per goal. */
const READ_ALL_ABOVE = 50;

export interface GoalSummaryRow {
  goalId: string;
  caseId: string | null;
  status: string;
  deleted: boolean;
  /** The day the goal was made (YYYY-MM-DD): "not rated since" counts from here at first. */
  createdOn: string;
  baselineRating: number | null;
  /** The day of the latest rating of any kind, corrections included; null when none. */
  lastRatedOn: string | null;
  /** Change from the baseline to the latest counted rating; null with none to count. */
  category: ChangeCategory | null;
}

function asRating(r: AnyRecord): RatingInput {
  return {
    id: r.id,
    goalId: String(r['goalId']),
    rating: typeof r['rating'] === 'number' ? r['rating'] : undefined,
    ratedOn: String(r['ratedOn']),
    ratedBy: r['ratedBy'] as ContributorRole,
    correctsRatingId: typeof r['correctsRatingId'] === 'string' ? r['correctsRatingId'] : undefined,
    deleted: r.deleted,
  };
}

/** A goal's summary from the goal and its ratings (any others in `ratings` are ignored). */
export function summaryOf(goal: AnyRecord, ratings: readonly AnyRecord[]): GoalSummaryRow {
  const mine = ratings.filter(
    (r) => r['goalId'] === goal.id && !r.deleted && typeof r['ratedOn'] === 'string',
  );
  let lastRatedOn: string | null = null;
  for (const r of mine) {
    const day = String(r['ratedOn']).slice(0, 10);
    if (lastRatedOn === null || day > lastRatedOn) lastRatedOn = day;
  }
  const baseline = goal['baselineRating'];
  const category =
    typeof baseline === 'number'
      ? goalProgress({ id: goal.id, baselineRating: baseline }, mine.map(asRating)).category
      : null;
  return {
    goalId: goal.id,
    caseId: goal.caseId,
    status: String(goal['status']),
    deleted: goal.deleted,
    createdOn: goal.createdAt.slice(0, 10),
    baselineRating: typeof baseline === 'number' ? baseline : null,
    lastRatedOn,
    category,
  };
}

const everything = (down: DBCore) => ({
  type: 3 as DBCoreRangeType, // Any
  lower: down.MIN_KEY as unknown,
  upper: down.MAX_KEY as unknown,
});

// Everything below runs inside Dexie's transaction zone, which a native `await` (or an
// async function's promise) would leave: the middlewares under this one read the zone.
// So these chain Dexie's own promises and never use async/await.
const DexiePromise = Dexie.Promise;

function readAll(down: DBCore, table: DBCoreTable, trans: DBCoreTransaction) {
  return table
    .query({
      trans,
      values: true,
      query: { index: table.schema.primaryKey, range: everything(down) },
    })
    .then(({ result }) => result as AnyRecord[]);
}

function ratingsOfGoal(table: DBCoreTable, trans: DBCoreTransaction, goalId: string) {
  const index = table.schema.indexes.find((i) => i.name === 'goalId');
  if (!index) throw new Error('goalRatings has no goalId index');
  return table
    .query({
      trans,
      values: true,
      query: { index, range: { type: 1 as DBCoreRangeType, lower: goalId, upper: goalId } },
    })
    .then(({ result }) => result as AnyRecord[]);
}

/** The summaries to write and the goal ids whose summary goes (the goal is gone). */
interface Refreshed {
  rows: GoalSummaryRow[];
  gone: string[];
}

/** Works out again the summaries of `goalIds` (or of every goal), inside `trans`. */
function refresh(
  down: DBCore,
  trans: DBCoreTransaction,
  goalIds: ReadonlySet<string> | 'all',
): PromiseLike<void> {
  const goalsTable = down.table(GOALS);
  const ratingsTable = down.table(RATINGS);
  const summaries = down.table(GOAL_SUMMARIES_TABLE);
  if (goalIds !== 'all' && goalIds.size === 0) return DexiePromise.resolve();
  let work: PromiseLike<Refreshed>;
  if (goalIds === 'all' || goalIds.size > READ_ALL_ABOVE) {
    work = DexiePromise.all([readAll(down, goalsTable, trans), readAll(down, ratingsTable, trans)])
      .then(([goals, ratings]) => {
        const wanted = goalIds === 'all' ? goals : goals.filter((g) => goalIds.has(g.id));
        const found = new Set(wanted.map((g) => g.id));
        const gone = goalIds === 'all' ? [] : [...goalIds].filter((id) => !found.has(id));
        return { rows: summariesOf(wanted, ratings), gone };
      })
      .then((refreshed) =>
        goalIds === 'all'
          ? summaries
              .mutate({ type: 'deleteRange', trans, range: everything(down) })
              .then(() => refreshed)
          : refreshed,
      );
  } else {
    const ids = [...goalIds];
    work = DexiePromise.all([
      goalsTable.getMany({ trans, keys: ids }) as PromiseLike<(AnyRecord | undefined)[]>,
      DexiePromise.all(ids.map((id) => ratingsOfGoal(ratingsTable, trans, id))),
    ]).then(([goals, ratings]) => {
      const refreshed: Refreshed = { rows: [], gone: [] };
      ids.forEach((id, i) => {
        const goal = goals[i];
        if (goal) refreshed.rows.push(summaryOf(goal, ratings[i]!));
        else refreshed.gone.push(id);
      });
      return refreshed;
    });
  }
  return work
    .then(({ rows, gone }) =>
      (rows.length > 0
        ? summaries.mutate({ type: 'put', trans, values: rows })
        : DexiePromise.resolve()
      ).then(() =>
        gone.length > 0 ? summaries.mutate({ type: 'delete', trans, keys: gone }) : undefined,
      ),
    )
    .then(() => undefined);
}

/** The goals a write to `tableName` touches, read before it happens (deletions need it). */
function touchedGoals(
  tableName: string,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): PromiseLike<Set<string> | 'all'> {
  const goalIdOf = (record: AnyRecord | undefined) =>
    tableName === GOALS ? record?.id : record?.['goalId'];
  switch (req.type) {
    case 'add':
    case 'put':
      return DexiePromise.resolve(
        new Set(req.values.map((v) => goalIdOf(v as AnyRecord)).filter(isString)),
      );
    case 'delete':
      if (tableName === GOALS) return DexiePromise.resolve(new Set(req.keys.filter(isString)));
      return table
        .getMany({ trans: req.trans, keys: req.keys })
        .then(
          (existing: (AnyRecord | undefined)[]) => new Set(existing.map(goalIdOf).filter(isString)),
        );
    case 'deleteRange':
      return DexiePromise.resolve('all' as const);
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Keeps goalSummaries in step with goals and goalRatings (see the file's comment). */
export const goalSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'goalSummaries',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const touches =
          mode === 'readwrite' && (stores.includes(GOALS) || stores.includes(RATINGS));
        const widened = touches
          ? [...new Set([...stores, GOALS, RATINGS, GOAL_SUMMARIES_TABLE])]
          : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== GOALS && name !== RATINGS) return table;
        return {
          ...table,
          mutate(req) {
            return touchedGoals(name, table, req).then((goals) =>
              table
                .mutate(req)
                .then((response) => refresh(down, req.trans, goals).then(() => response)),
            ) as Promise<DBCoreMutateResponse>;
          },
        };
      },
    };
  },
};

/** The summaries of `goals` from a list of ratings (the version 4 upgrade; tests compare). */
export function summariesOf(
  goals: readonly AnyRecord[],
  ratings: readonly AnyRecord[],
): GoalSummaryRow[] {
  const byGoal = new Map<string, AnyRecord[]>();
  for (const r of ratings) {
    const list = byGoal.get(String(r['goalId']));
    if (list) list.push(r);
    else byGoal.set(String(r['goalId']), [r]);
  }
  return goals.map((g) => summaryOf(g, byGoal.get(g.id) ?? []));
}
