/**
 * Exponential backoff with full jitter (Brooker, "Exponential Backoff and Jitter", AWS
 * 2015): after the n-th failure in a row, wait a random time between 0 and
 * min(max, base * 2^(n-1)). The randomness spreads the retries of many devices that lost
 * the server at the same moment, so they do not all come back at once.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/** The ceiling of the wait after `failures` failures in a row (1, 2, …). */
export function backoffCeiling(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (failures < 1) return 0;
  // Capping the exponent keeps 2^n finite however long a device stays offline.
  const exponent = Math.min(failures - 1, 30);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/** The wait after `failures` failures in a row; `random` returns [0, 1) like Math.random. */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  return Math.floor(random() * backoffCeiling(failures, policy));
}
