import type { StaffUser } from './admin-api';

/**
 * Where an account stands. An inactive account with no password has never been
 * activated; one with a password was deactivated by an administrator.
 */
export type StaffStatus = 'active' | 'awaiting' | 'deactivated';

export function statusOf(user: StaffUser): StaffStatus {
  if (user.active) return 'active';
  return user.hasPassword ? 'deactivated' : 'awaiting';
}
