import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailure } from '../../app/account/api';
import { listUserDevices, type UserDevice } from './admin-api';

export type UserDeviceList =
  | { state: 'loading' }
  | { state: 'loaded'; devices: UserDevice[] }
  | { state: 'failed'; failure: ApiFailure };

const LOADING: UserDeviceList = { state: 'loading' };

/**
 * The devices a colleague is signed in on, fetched when their page opens and again when
 * the connection comes back. In memory only, like the list of users: sessions are not
 * case data and only the server knows them. Going offline keeps the list already shown.
 * `active` is whether the account may sign in: deactivating it signs every device out on
 * the server, so the list is fetched again when it changes.
 */
export function useUserDevices(userId: string, online: boolean, active: boolean) {
  // Whose list it is, so moving to another colleague never shows the last one's devices.
  const [stored, setStored] = useState<{ userId: string; list: UserDeviceList }>({
    userId,
    list: LOADING,
  });
  // Only the latest request may set the list: a slow answer for the previous user (or
  // from before a revoke) must not overwrite a newer one.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const result = await listUserDevices(userId);
    if (request !== latest.current) return;
    setStored({
      userId,
      list: result.ok
        ? { state: 'loaded', devices: result.value }
        : { state: 'failed', failure: result.failure },
    });
  }, [userId]);

  useEffect(() => {
    if (online) void reload();
  }, [online, reload, active]);

  /** Takes a device off the list at once, before the reload confirms it has gone. */
  const remove = useCallback((sessionId: string) => {
    setStored((current) =>
      current.list.state === 'loaded'
        ? {
            userId: current.userId,
            list: {
              state: 'loaded',
              devices: current.list.devices.filter((d) => d.id !== sessionId),
            },
          }
        : current,
    );
  }, []);

  const list = stored.userId === userId ? stored.list : LOADING;
  return { list, reload, remove };
}
