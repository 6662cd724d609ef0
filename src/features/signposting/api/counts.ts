/**
 * Sending the anonymous signposting counts (POST /api/public/signposting-counts).
 *
 * Every count goes into a small queue in localStorage FIRST, with an id made here, and
 * leaves it only once the server has it (or refused it for good). So a count made
 * offline, or as the page closes, is sent later: on the `online` event and on the next
 * use. The server stores an id once, so sending the same count twice (an answer lost on
 * the way back, two tabs flushing at once) still counts it once.
 *
 * The queue holds only the count itself (ids, an age band, a yes/no, a date): nothing
 * typed, nothing about the person. Not IndexedDB: the signposting pages never open the
 * local store.
 */
import { z } from 'zod';
import { uuidv7 } from '../../../domain/ids';
import {
  signpostingEventKind,
  type SignpostingEventData,
} from '../../../domain/kinds/signposting-event';

export const COUNTS_PATH = '/api/public/signposting-counts';
export const QUEUE_KEY = 'ourplan:signposting-counts';
/** Weeks offline at a busy school still fit; past this the oldest counts go first. */
export const QUEUE_MAX = 200;

export interface QueuedCount {
  id: string;
  count: SignpostingEventData;
}

const queuedSchema = z.object({ id: z.string(), count: signpostingEventKind.data });

/** The queue as stored; anything unreadable in it is dropped rather than kept for ever. */
export function readQueue(): QueuedCount[] {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = queuedSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function writeQueue(queue: readonly QueuedCount[]): void {
  try {
    if (queue.length === 0) localStorage.removeItem(QUEUE_KEY);
    else localStorage.setItem(QUEUE_KEY, JSON.stringify(queue.slice(-QUEUE_MAX)));
  } catch {
    // Storage full or blocked (private browsing): the count is lost, the page goes on.
  }
}

function removeFromQueue(id: string): void {
  writeQueue(readQueue().filter((q) => q.id !== id));
}

type SendResult = 'done' | 'later';

async function send(item: QueuedCount): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(COUNTS_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(item),
      // Lets the request finish when it was sent as the page closes.
      keepalive: true,
    });
  } catch {
    return 'later';
  }
  // Stored (201), stored before (200), or refused for good (400, 409, 413, 415): a
  // count the server will never take is dropped. Busy (429) or failing (5xx): later.
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    return 'later';
  }
  return 'done';
}

let flushing: Promise<void> | null = null;

async function flushQueue(): Promise<void> {
  for (const item of readQueue()) {
    if ((await send(item)) === 'later') return;
    removeFromQueue(item.id);
  }
}

/**
 * Sends every queued count, oldest first, stopping at the first that must wait. One
 * flush at a time in this page: a second call joins the one running.
 */
export function flushSignpostingCounts(): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return Promise.resolve();
  flushing ??= flushQueue().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Queues the count and sends what is queued. Never throws: counting must not bother anyone. */
export async function recordSignpostingCount(count: SignpostingEventData): Promise<void> {
  listenForOnline();
  writeQueue([...readQueue(), { id: uuidv7(), count }]);
  // A flush already running may have read the queue before this count: run once more.
  if (flushing) await flushing.catch(() => undefined);
  await flushSignpostingCounts().catch(() => undefined);
}

let listening = false;

/** Flushes whenever the device comes back online (once per page). */
export function listenForOnline(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => {
    void flushSignpostingCounts();
  });
}

/**
 * What a screen of the flow calls once: counts kept from an offline visit go now, and
 * again whenever the device comes back online while the page is open.
 */
export function sendQueuedCounts(): void {
  listenForOnline();
  void flushSignpostingCounts().catch(() => undefined);
}
