// The start of the device-lock server tests (issue #10): a real server with its first
// admin, practitioners made by the admin and signed in on as many "devices" (clients with
// their own cookie) as a test needs.
import { afterAll, beforeAll, expect } from 'vitest';
import { AuthClient } from './auth-client';
import { activeStaff, setUpFirstAdmin, startAuthServer } from './auth-fixtures';
import type { Backend } from '../../../src/server/store/store';
import type { TestServer } from './test-server';

export const STAFF_PASSWORD = 'a practitioner password';

export interface Practitioner {
  id: string;
  email: string;
  /** The device the activation signed in on. */
  device: AuthClient;
}

export interface StaffOnDevices {
  readonly ts: TestServer;
  readonly admin: AuthClient;
  /** A new practitioner, signed in on one device; `prefix` keeps emails apart per file. */
  practitioner(): Promise<Practitioner>;
  /** The same person signing in on another device. */
  signIn(email: string, deviceLabel: string): Promise<AuthClient>;
  /** The id of the session a device is signed in with. */
  sessionId(client: AuthClient): Promise<string>;
}

/** Call inside a describe: starts the server before its tests and stops it after. */
export function staffOnDevices(backend: Backend, prefix: string): StaffOnDevices {
  let ts: TestServer | undefined;
  let admin: AuthClient | undefined;
  let people = 0;
  beforeAll(async () => {
    ts = await startAuthServer(backend);
    ({ admin } = await setUpFirstAdmin(ts));
  });
  afterAll(async () => {
    await ts?.close();
  });
  const world: StaffOnDevices = {
    get ts() {
      if (!ts) throw new Error('The server starts in beforeAll: use it inside a test');
      return ts;
    },
    get admin() {
      if (!admin) throw new Error('The first admin is made in beforeAll');
      return admin;
    },
    async practitioner() {
      people += 1;
      const email = `${prefix}-${people}@example.org`;
      const { id, client } = await activeStaff(world.ts, world.admin, email, STAFF_PASSWORD);
      return { id, email, device: client };
    },
    async signIn(email, deviceLabel) {
      const client = new AuthClient(world.ts.url);
      const response = await client.post('/api/auth/sign-in', {
        email,
        password: STAFF_PASSWORD,
        deviceLabel,
      });
      expect(response.status).toBe(200);
      return client;
    },
    async sessionId(client) {
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      return (me.body['session'] as { id: string }).id;
    },
  };
  return world;
}
