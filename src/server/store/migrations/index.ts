/**
 * Every migration, in the order they run. Add new ones at the end with the next id.
 */
import { serverMeta } from './0001-server-meta';
import { accounts } from './0002-accounts';
import { sync } from './0003-sync';
import { invitations } from './0004-invitations';
import { signInNames } from './0005-sign-in-names';
import { sessionEndsDeviceKeys } from './0006-session-ends-device-keys';
import { wrappedDeviceKeys } from './0007-wrapped-device-keys';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  serverMeta,
  accounts,
  sync,
  invitations,
  signInNames,
  sessionEndsDeviceKeys,
  wrappedDeviceKeys,
];
