/**
 * Whether a resource needs checking: overdue once its review date has passed, due within
 * the next 30 days, so an admin has a month to check contact details before they are
 * flagged. Pure, on calendar dates (YYYY-MM-DD), so it reads the same on every device.
 */
export type ReviewStatus = 'overdue' | 'due' | 'ok';

export const REVIEW_DUE_DAYS = 30;

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function reviewStatus(reviewBy: string, today: string): ReviewStatus {
  if (reviewBy < today) return 'overdue';
  if (reviewBy <= addDays(today, REVIEW_DUE_DAYS)) return 'due';
  return 'ok';
}
