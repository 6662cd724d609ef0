/**
 * The data the young person's and carer's goal screens share: the signed-in person, who
 * they are on the case, its goals and every rating of them. Undefined while loading.
 */
import { useCaseRecords, useRecord, useSignedInAccount, type SignedInAccount } from '../../../db';
import type { AnyRecord, RatingInput } from '../../../domain';
import { asRating, raterFor, type Rater } from './goal-view';

export interface MyGoalsData {
  account: SignedInAccount | null;
  rater: Rater | null;
  /** The young person's preferred name, for a carer reading about their goals. */
  name: string;
  goals: AnyRecord[];
  ratings: RatingInput[];
  /** The goal-rating records themselves (who wrote each is on the envelope). */
  ratingRecords: AnyRecord[];
}

export function useMyGoals(caseId: string | undefined): MyGoalsData | undefined {
  const account = useSignedInAccount();
  const memberships = useCaseRecords('case-membership', caseId);
  const goals = useCaseRecords('goal', caseId);
  const ratings = useCaseRecords('goal-rating', caseId);
  const plan = useRecord('case', caseId);
  if (
    account === undefined ||
    memberships === undefined ||
    goals === undefined ||
    ratings === undefined ||
    plan === undefined
  ) {
    return undefined;
  }
  return {
    account,
    rater: account ? raterFor(memberships, account.userId, account.roles) : null,
    name: typeof plan?.['preferredName'] === 'string' ? plan['preferredName'] : '',
    goals,
    ratings: ratings.map(asRating),
    ratingRecords: ratings,
  };
}
