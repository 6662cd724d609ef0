/**
 * Who may write what (issue 3 item 3), as a pure function of the actor, their access to
 * the partition and the write. The service calls it before validation, inside the
 * partition's transaction, with the records the rule needs already loaded.
 *
 * - Case content: the care team writes everything on their cases; any practitioner may
 *   create a new case (the server then makes them its lead practitioner).
 * - Young people: goal ratings, notes not practitioner-only, CollaboRATE responses,
 *   safety-plan items (editing those they wrote, or in sections written in their words),
 *   and their carers' sharing settings (decided by themselves). Nothing else.
 * - Carers: ratings of goals they set and CollaboRATE responses, as themselves.
 * - A correction of a rating (young person or carer) may only name a rating of the same
 *   goal that the corrector could have made: a young person's own series, a carer's own
 *   ratings. Putting a practitioner's or another carer's rating right is for the care team.
 * - Organisation content: admins. Signposting counts: staff.
 * - Audit events and `user` records are written by the server only (the latter mirror
 *   the accounts table, accounts/user-records.ts; admins change accounts through the
 *   admin API), and nobody writes as someone else.
 */
import { ORG_PARTITION, type AnyRecord, type Mutation, type Problem } from '../../domain';
import type { Actor } from '../auth/actor';
import type { CaseAccess } from './case-access';
import { isStaff } from './case-access';
import { ANONYMOUS_PARTITION } from './partitions';

export interface WriteContext {
  actor: Actor;
  partition: string;
  /** The actor's access to the partition's case (null: none, or not a case). */
  access: CaseAccess | null;
  mutation: Mutation;
  /** The record as it is now, if it exists. */
  current: AnyRecord | undefined;
  /** Other records of the batch's partition the rules look at (a rated goal, an item's plan). */
  lookup: (id: string) => AnyRecord | undefined;
}

const forbidden = (path: Problem['path']): Problem => ({ path, key: 'forbidden', params: {} });

/** The value a field will have after the write (the set value, else the current one). */
function after(ctx: WriteContext, field: string): unknown {
  const { set } = ctx.mutation;
  return Object.hasOwn(set, field) ? set[field] : ctx.current?.[field];
}

/** A set field must be absent or hold `expected` (e.g. ratedBy names who really rated). */
function mustBe(ctx: WriteContext, field: string, expected: string): Problem | null {
  return after(ctx, field) === expected ? null : forbidden(['set', field]);
}

function youngPersonItem(ctx: WriteContext): Problem | null {
  const { mutation, current, actor } = ctx;
  if (mutation.op === 'create') return mustBe(ctx, 'addedByRole', 'young-person');
  const plan = ctx.lookup(String(current?.['planId']));
  const own = Array.isArray(plan?.['writtenByYoungPerson'])
    ? (plan['writtenByYoungPerson'] as unknown[])
    : [];
  const sections = [current?.['section'], after(ctx, 'section')];
  if (current?.createdBy === actor.userId || sections.every((s) => own.includes(s))) return null;
  return forbidden(['recordId']);
}

/** A correction names a rating of the same goal, made by this rater (a carer: by them). */
function correctionRefusal(ctx: WriteContext, rater: 'young-person' | 'carer'): Problem | null {
  const target = ctx.mutation.set['correctsRatingId'];
  if (target === undefined) return null;
  const corrected = typeof target === 'string' ? ctx.lookup(target) : undefined;
  const allowed =
    corrected !== undefined &&
    corrected.kind === 'goal-rating' &&
    corrected['goalId'] === ctx.mutation.set['goalId'] &&
    corrected['ratedBy'] === rater &&
    (rater === 'young-person' || corrected.createdBy === ctx.actor.userId);
  return allowed ? null : forbidden(['set', 'correctsRatingId']);
}

function youngPersonWrite(ctx: WriteContext): Problem | null {
  const { mutation } = ctx;
  switch (mutation.kind) {
    case 'goal-rating':
      return mustBe(ctx, 'ratedBy', 'young-person') ?? correctionRefusal(ctx, 'young-person');
    case 'note':
      return after(ctx, 'audience') === 'practitioner-only' ? forbidden(['set', 'audience']) : null;
    case 'collaborate-response':
      return mustBe(ctx, 'respondent', 'young-person');
    case 'safety-plan-item':
      return youngPersonItem(ctx);
    case 'sharing-settings':
      // A practitioner's decision (the young person not competent to decide, or
      // safeguarding) is not theirs to override.
      if (mutation.op === 'delete' || ctx.current?.['decidedBy'] === 'practitioner')
        return forbidden(['recordId']);
      return mustBe(ctx, 'decidedBy', 'young-person');
    default:
      return forbidden(['kind']);
  }
}

function carerWrite(ctx: WriteContext): Problem | null {
  const { mutation, actor } = ctx;
  if (mutation.kind === 'collaborate-response') return mustBe(ctx, 'respondent', 'parent-carer');
  if (mutation.kind !== 'goal-rating') return forbidden(['kind']);
  const goal = ctx.lookup(String(mutation.set['goalId']));
  const theirs =
    goal !== undefined &&
    goal.kind === 'goal' &&
    !goal.deleted &&
    (goal.createdBy === actor.userId || goal['setBy'] === 'carer');
  if (!theirs) return forbidden(['set', 'goalId']);
  return mustBe(ctx, 'ratedBy', 'carer') ?? correctionRefusal(ctx, 'carer');
}

/** Why the actor may not make this write, or null when they may. */
export function writeRefusal(ctx: WriteContext): Problem | null {
  const { actor, mutation, partition, access } = ctx;
  if (mutation.by !== actor.userId) return forbidden(['by']);
  if (mutation.kind === 'audit-event' || mutation.kind === 'user') return forbidden(['kind']);
  if (partition === ORG_PARTITION)
    return actor.roles.includes('admin') ? null : forbidden(['kind']);
  if (partition === ANONYMOUS_PARTITION) return isStaff(actor) ? null : forbidden(['kind']);
  if (mutation.kind === 'case' && mutation.op === 'create' && ctx.current === undefined) {
    return actor.roles.includes('practitioner') ? null : forbidden(['kind']);
  }
  if (access === null) return forbidden(['caseId']);
  if (access.role === 'care-team') return null;
  return access.role === 'young-person' ? youngPersonWrite(ctx) : carerWrite(ctx);
}
