/**
 * Real accounts and sessions for the sync benchmark, made through the HTTP API as people
 * would: first-run setup with the printed token (the first admin, who is also a
 * practitioner), then practitioner accounts created by that admin and activated with
 * their activation codes. Each activation signs the person in: a real session cookie.
 */
import { AuthClient } from '../server/helpers/auth-client.ts';
import { createStaff } from '../server/helpers/auth-fixtures.ts';

/** A signed-in person: their user id and the headers their devices send. */
export interface Person {
  id: string;
  email: string;
  client: AuthClient;
  headers: Record<string, string>;
}

const PASSWORD = 'a long benchmark passphrase';

async function person(client: AuthClient, email: string): Promise<Person> {
  const me = await client.get('/api/auth/me');
  const user = me.body['user'] as { id?: unknown } | undefined;
  if (me.status !== 200 || typeof user?.id !== 'string' || client.cookie === null)
    throw new Error(`not signed in as ${email}: ${JSON.stringify(me.body)}`);
  return {
    id: user.id,
    email,
    client,
    headers: { cookie: client.cookie, 'x-forwarded-for': client.address },
  };
}

export async function setUpAdmin(url: string, token: string): Promise<Person> {
  const admin = new AuthClient(url, undefined, 'OurPlanBench/1.0');
  const email = 'lead@bench.example.org';
  const response = await admin.post('/api/setup', {
    token,
    organisationName: 'Benchmark CAMHS',
    displayName: 'Bench Lead',
    email,
    password: PASSWORD,
  });
  if (response.status !== 201) throw new Error(`setup failed: ${JSON.stringify(response.body)}`);
  return person(admin, email);
}

/** A new practitioner account, created by `admin` and activated: signed in. */
export async function addPractitioner(admin: Person, email: string): Promise<Person> {
  const { code } = await createStaff(admin.client, email, ['practitioner']);
  const client = new AuthClient(admin.client.baseUrl, undefined, 'OurPlanBench/1.0');
  const response = await client.post('/api/accounts/activate', { code, password: PASSWORD });
  if (response.status !== 200) throw new Error(`activate failed: ${JSON.stringify(response.body)}`);
  return person(client, email);
}
