/**
 * What the young person's and carer's notes screens need for one case: who is signed in,
 * who they are on the case, the young person's name, and the young person's notes for
 * next time on this phone (all of them, and those since the last completed session).
 * Undefined while loading.
 */
import { useCaseRecords, useRecord, useSignedInAccount, type SignedInAccount } from '../../../db';
import { raterFor, type Rater } from '../goals/goal-view';
import {
  lastSessionEnded,
  nextTimeNotes,
  youngPersonIds,
  type NextTimeNote,
} from '../../../domain/next-time-notes';

export interface MyNotesData {
  account: SignedInAccount | null;
  rater: Rater | null;
  /** The young person's preferred name (for a carer reading their notes). */
  name: string;
  /** Every note for next time the young person wrote, newest first. */
  all: NextTimeNote[];
  /** Those written since the last completed session, newest first. */
  sinceLastSession: NextTimeNote[];
}

export function useMyNotes(caseId: string): MyNotesData | undefined {
  const account = useSignedInAccount();
  const memberships = useCaseRecords('case-membership', caseId);
  const notes = useCaseRecords('note', caseId);
  const sessions = useCaseRecords('session', caseId);
  const plan = useRecord('case', caseId);
  if (
    account === undefined ||
    memberships === undefined ||
    notes === undefined ||
    sessions === undefined ||
    plan === undefined
  ) {
    return undefined;
  }
  const rater = account ? raterFor(memberships, account.userId, account.roles) : null;
  const authors = youngPersonIds(memberships);
  // On their own phone the young person is the author even before their membership syncs.
  if (account && rater === 'young-person') authors.add(account.userId);
  const since = lastSessionEnded(sessions);
  return {
    account,
    rater,
    name: typeof plan?.['preferredName'] === 'string' ? plan['preferredName'] : '',
    all: nextTimeNotes(notes, authors),
    sinceLastSession: nextTimeNotes(notes, authors, since),
  };
}
