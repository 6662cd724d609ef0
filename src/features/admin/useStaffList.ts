import { useCallback, useEffect, useState } from 'react';
import type { ApiFailure } from '../../app/account/api';
import { listStaff, type StaffUser } from './admin-api';

export type StaffList =
  | { state: 'loading' }
  | { state: 'loaded'; users: StaffUser[] }
  | { state: 'failed'; failure: ApiFailure };

/**
 * The organisation's users, fetched from the server when the screen opens and again when
 * the connection comes back. Kept in memory only: nothing about staff is stored on the
 * device.
 */
export function useStaffList(online: boolean) {
  const [list, setList] = useState<StaffList>({ state: 'loading' });

  const reload = useCallback(async () => {
    const result = await listStaff();
    setList(
      result.ok
        ? { state: 'loaded', users: result.value }
        : { state: 'failed', failure: result.failure },
    );
  }, []);

  useEffect(() => {
    if (online) void reload();
  }, [online, reload]);

  /** Puts a user the server just returned (new or changed) into the list, in name order. */
  const put = useCallback((user: StaffUser) => {
    setList((current) => {
      if (current.state !== 'loaded') return current;
      const others = current.users.filter((u) => u.id !== user.id);
      const users = [...others, user].sort((a, b) =>
        a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' }),
      );
      return { state: 'loaded', users };
    });
  }, []);

  return { list, put, reload };
}
