/**
 * A transport that answers with SyncResponses written by the test itself (built from
 * domain functions: recordFromMutation/applyMutation give exactly the records a server
 * holds after those writes). It is not a server: it knows nothing, it replays. Each
 * answer may also be an error to throw, or a function of the request.
 */
import { formatHlc, type SyncRequest, type SyncResponse } from '../../../src/domain';
import type { Transport } from '../../../src/sync';

export type Scripted =
  SyncResponse | Error | ((request: SyncRequest) => SyncResponse | Promise<SyncResponse>);

export interface ScriptedTransport {
  transport: Transport;
  requests: SyncRequest[];
  push(...answers: Scripted[]): void;
}

export function scriptedTransport(...initial: Scripted[]): ScriptedTransport {
  const queue = [...initial];
  const requests: SyncRequest[] = [];
  const transport: Transport = async (request) => {
    // A deep copy: the engine must not rely on the transport keeping its objects.
    requests.push(structuredClone(request));
    const next = queue.shift();
    if (next === undefined) throw new Error('No scripted answer left');
    if (next instanceof Error) throw next;
    const answer = typeof next === 'function' ? await next(request) : next;
    return structuredClone(answer);
  };
  return { transport, requests, push: (...answers) => queue.push(...answers) };
}

export const SERVER_NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

/** An answer with nothing in it, plus whatever the test sets. */
export function answer(partial: Partial<SyncResponse> = {}): SyncResponse {
  return {
    accepted: [],
    rejected: [],
    changes: [],
    removed: [],
    checkpoint: {},
    more: false,
    serverClock: formatHlc({ wall: SERVER_NOW, counter: 0, node: 'server' }),
    serverTime: new Date(SERVER_NOW).toISOString(),
    ...partial,
  };
}

/** Accepts every mutation of the request, and answers with nothing else. */
export function acceptAll(extra: Partial<SyncResponse> = {}) {
  return (request: SyncRequest): SyncResponse =>
    answer({ accepted: request.mutations.map((m) => (m as { id: string }).id), ...extra });
}
