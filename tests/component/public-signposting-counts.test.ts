/**
 * The device's queue of anonymous signposting counts (src/features/signposting/api):
 * every count is kept in localStorage until the server has it, sent again with the same
 * id (the server stores an id once), flushed when the device comes back online and on
 * the next use, and dropped only when the server refuses it for good. The network is a
 * stand-in that answers as the real endpoint does (tests/server/signposting.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignpostingEventData } from '../../src/domain/kinds/signposting-event';
import {
  flushSignpostingCounts,
  recordSignpostingCount,
} from '../../src/features/signposting/api/counts';

const KEY = 'ourplan:signposting-counts';

const count = (extra: Partial<SignpostingEventData> = {}): SignpostingEventData => ({
  topicIds: ['low-mood'],
  wishes: ['someone-to-talk-to'],
  ageBand: '14-15',
  immediateDanger: false,
  resourceIds: ['national-childline'],
  occurredOn: '2026-01-10',
  ...extra,
});

interface Sent {
  url: string;
  body: { id: string; count: SignpostingEventData };
  keepalive: boolean | undefined;
}

/** The server stand-in: answers each POST with the next status given (then 201). */
function network(...statuses: (number | 'offline')[]) {
  const sent: Sent[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, body: JSON.parse(String(init.body)), keepalive: init.keepalive });
    const status = statuses.shift() ?? 201;
    if (status === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({}), { status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

function queued(): { id: string; count: SignpostingEventData }[] {
  return JSON.parse(localStorage.getItem(KEY) ?? '[]');
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('signposting counts queue', () => {
  beforeEach(() => {
    localStorage.clear();
    setOnline(true);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('sends a count at once when online, and keeps nothing after', async () => {
    const sent = network(201);
    await recordSignpostingCount(count());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/api/public/signposting-counts');
    expect(sent[0]!.body.count).toEqual(count());
    expect(sent[0]!.keepalive).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps a count made offline, holding only the count, and sends it when back online', async () => {
    setOnline(false);
    const sent = network();
    await recordSignpostingCount(count({ immediateDanger: true, topicIds: [] }));
    expect(sent).toEqual([]);
    const [item] = queued();
    expect(Object.keys(item!).sort()).toEqual(['count', 'id']);
    expect(item!.count).toEqual(count({ immediateDanger: true, topicIds: [] }));

    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).toBeNull());
    expect(sent.map((s) => s.body.id)).toEqual([item!.id]);
  });

  it('sends a count again with the same id when the first try failed', async () => {
    const sent = network('offline', 503, 429);
    await recordSignpostingCount(count());
    await flushSignpostingCounts();
    await flushSignpostingCounts();
    expect(queued()).toHaveLength(1);

    // Next use: the kept count goes first, then the new one, each once it is stored.
    await recordSignpostingCount(count({ topicIds: ['sleep'] }));
    expect(localStorage.getItem(KEY)).toBeNull();
    const ids = sent.map((s) => s.body.id);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(sent.slice(4).map((s) => s.body.count.topicIds)).toEqual([['sleep']]);
  });

  it('drops a count the server refuses for good, and goes on to the next', async () => {
    setOnline(false);
    network();
    await recordSignpostingCount(count({ topicIds: ['worries'] }));
    await recordSignpostingCount(count({ topicIds: ['family'] }));
    expect(queued()).toHaveLength(2);

    setOnline(true);
    const sent = network(400, 200);
    await flushSignpostingCounts();
    expect(sent.map((s) => s.body.count.topicIds)).toEqual([['worries'], ['family']]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('sends each queued count once when flushes overlap', async () => {
    setOnline(false);
    network();
    await recordSignpostingCount(count());
    setOnline(true);
    const sent = network(201);
    await Promise.all([flushSignpostingCounts(), flushSignpostingCounts()]);
    expect(sent).toHaveLength(1);
  });

  it('ignores an unreadable queue instead of failing', async () => {
    localStorage.setItem(KEY, '{not json');
    const sent = network(201);
    await expect(recordSignpostingCount(count())).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);

    localStorage.setItem(KEY, JSON.stringify([{ id: 'x', count: { note: 'typed words' } }]));
    await flushSignpostingCounts();
    expect(sent).toHaveLength(1);
  });
});
