/**
 * Calls to the server's account API. Signing in, setting up and activating need the
 * network; everything else in OurPlan works without it. Failures come back as an
 * ApiFailure the screens can say plainly, never as a thrown surprise.
 */
import { z } from 'zod';
import type { Problem } from '../../domain';

export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'unauthorised' }
  | { kind: 'rateLimited'; retryAfterSeconds?: number }
  | { kind: 'invalid'; problems: Problem[]; key?: string }
  | { kind: 'server'; status: number };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

const problemSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

const errorBodySchema = z
  .object({
    error: z.string().optional(),
    key: z.string().optional(),
    problems: z.array(problemSchema).optional(),
  })
  .passthrough();

async function failureFrom(response: Response): Promise<ApiFailure> {
  if (response.status === 401) return { kind: 'unauthorised' };
  if (response.status === 429) {
    const retry = Number(response.headers.get('retry-after'));
    return {
      kind: 'rateLimited',
      retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : undefined,
    };
  }
  if (response.status >= 400 && response.status < 500) {
    const body = errorBodySchema.safeParse(await response.json().catch(() => ({})));
    const problems = body.success ? (body.data.problems ?? []) : [];
    return {
      kind: 'invalid',
      problems,
      key: body.success ? (body.data.key ?? body.data.error) : undefined,
    };
  }
  return { kind: 'server', status: response.status };
}

export async function callApi<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  parse: (json: unknown) => T,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, failure: { kind: 'offline' } };
  }
  if (!response.ok) return { ok: false, failure: await failureFrom(response) };
  const json: unknown = response.status === 204 ? {} : await response.json().catch(() => ({}));
  try {
    return { ok: true, value: parse(json) };
  } catch {
    // An answer we cannot read is the server's problem, said as such, never a crash.
    return { ok: false, failure: { kind: 'server', status: response.status } };
  }
}
