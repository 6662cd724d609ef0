/**
 * Starting an auth test server and getting to a signed-in admin and staff quickly. Every
 * step goes through the real HTTP API (setup link, activation link), as a person would.
 */
import { announceFirstRunSetup } from '../../../src/server/first-run';
import type { Backend } from '../../../src/server/store/store';
import { AuthClient } from './auth-client';
import { startTestServer, type TestServer } from './test-server';

/** A fixed pepper, so tests can check hashes against it. */
export const TEST_PEPPER = 'test-pepper-0123456789-abcdefghijklmnopqrstuvwxyz';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export function startAuthServer(
  backend: Backend,
  env: Record<string, string> = {},
): Promise<TestServer> {
  return startTestServer(backend, {
    TRUST_PROXY: 'loopback',
    PASSWORD_PEPPER: TEST_PEPPER,
    ...env,
  });
}

/** Runs the first-run hook as main.ts does; returns the printed lines and the token. */
export async function firstRunToken(
  ts: Pick<TestServer, 'server'>,
): Promise<{ lines: string[]; token: string | null }> {
  const lines: string[] = [];
  const url = await announceFirstRunSetup({
    store: ts.server.store,
    publicUrl: ts.server.publicUrl,
    print: (line) => lines.push(line),
  });
  const token = url === null ? null : (/#token=([A-Za-z0-9_-]+)$/.exec(url)?.[1] ?? null);
  return { lines, token };
}

export interface SetUp {
  admin: AuthClient;
  adminEmail: string;
}

export async function setUpFirstAdmin(ts: TestServer): Promise<SetUp> {
  const { token } = await firstRunToken(ts);
  if (token === null) throw new Error('no setup token: the server has accounts already');
  const admin = new AuthClient(ts.url);
  const adminEmail = 'Lead@Example.org';
  const response = await admin.post('/api/setup', {
    token,
    organisationName: 'Riverside CAMHS',
    displayName: 'Sam Lead',
    email: adminEmail,
    password: ADMIN_PASSWORD,
  });
  if (response.status !== 201) throw new Error(`setup failed: ${JSON.stringify(response.body)}`);
  return { admin, adminEmail: adminEmail.toLowerCase() };
}

/** Creates an account as the admin; returns its id and the activation code. */
export async function createStaff(
  admin: AuthClient,
  email: string,
  roles: string[] = ['practitioner'],
): Promise<{ id: string; code: string }> {
  const response = await admin.post('/api/admin/users', {
    displayName: `Staff ${email}`,
    email,
    roles,
  });
  if (response.status !== 201) throw new Error(`create failed: ${JSON.stringify(response.body)}`);
  const user = response.body['user'] as { id: string };
  const activation = response.body['activation'] as { link: string };
  const code = /#code=(.+)$/.exec(activation.link)?.[1];
  if (!code) throw new Error(`no code in ${activation.link}`);
  return { id: user.id, code };
}

/** Creates and activates a staff account; returns a client signed in as them. */
export async function activeStaff(
  ts: TestServer,
  admin: AuthClient,
  email: string,
  password: string,
  roles: string[] = ['practitioner'],
): Promise<{ id: string; client: AuthClient }> {
  const { id, code } = await createStaff(admin, email, roles);
  const client = new AuthClient(ts.url);
  const response = await client.post('/api/accounts/activate', { code, password });
  if (response.status !== 200) throw new Error(`activate failed: ${JSON.stringify(response.body)}`);
  return { id, client };
}
