/**
 * "Wait 15 seconds, then try again." Seconds under a minute, whole minutes (rounded up)
 * from then on, so a 15-minute wait does not tick through 900 numbers.
 */
import type { TFunction } from 'i18next';

export function waitMessage(t: TFunction<'passcode'>, remainingMs: number): string {
  const seconds = Math.ceil(remainingMs / 1000);
  return seconds < 60
    ? t('enter.waitSeconds', { count: seconds })
    : t('enter.waitMinutes', { count: Math.ceil(seconds / 60) });
}
