import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../app/account/api';

/** The server's error codes for admin calls that get their own plain words. */
const CODE_KEYS: Record<string, string> = {
  last_admin: 'problems.lastAdmin',
  email_taken: 'problems.emailTaken',
  forbidden: 'problems.forbidden',
  not_found: 'problems.notFound',
  not_staff: 'problems.notStaff',
};

/**
 * A failed admin call, said in the person's language: never the server's English, which
 * is for developers and logs.
 */
export function adminFailureMessage(failure: ApiFailure, t: TFunction<'admin'>): string {
  switch (failure.kind) {
    case 'offline':
      return t('problems.offline');
    case 'unauthorised':
      return t('problems.signedOut');
    case 'rateLimited':
      return t('problems.rateLimited');
    case 'invalid': {
      const key = failure.key ? CODE_KEYS[failure.key] : undefined;
      return key ? t(key) : t('problems.invalid');
    }
    case 'server':
      return t('problems.server');
  }
}

/** The server refused because this account is not (or no longer) an administrator. */
export function isForbidden(failure: ApiFailure): boolean {
  return failure.kind === 'invalid' && failure.key === 'forbidden';
}
