import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../app/account/api';

/** A failed account call, said plainly in the person's language. */
export function failureMessage(
  failure: ApiFailure,
  t: TFunction<'account'>,
  invalid: string,
): string {
  switch (failure.kind) {
    case 'offline':
      return t('needsConnection');
    case 'unauthorised':
      return t('wrongDetails');
    case 'rateLimited':
      return failure.retryAfterSeconds
        ? t('tooManyAttempts', { minutes: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) })
        : t('tooManyAttemptsSoon');
    case 'invalid':
      // Someone else's locked data is on this device (account.ts, issue #10).
      return failure.key === 'deviceInUse' ? t('deviceInUse') : invalid;
    case 'server':
      return t('serverProblem');
  }
}
