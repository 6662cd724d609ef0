/**
 * The directory the signposting flow sees (src/features/signposting/api): the bundled
 * entries minus those the organisation switched off, plus its own published records
 * from GET /api/public/directory, as `source: 'local'`. Offline with no saved copy, the
 * bundled entries alone; a failed refresh keeps what the page had. The network is a
 * stand-in answering as the real endpoint does (tests/server/signposting.test.ts).
 */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_DIRECTORY } from '../../src/content/directory';
import { uuidv7 } from '../../src/domain/ids';
import { fetchPublicDirectory, useDirectoryEntries } from '../../src/features/signposting/api';

const localResource = {
  name: 'Riverside school nurse',
  description: 'Drop-in talks on Tuesdays',
  groupings: ['getting-advice'],
  topics: ['low-mood'],
  ageRange: { minAge: 11, maxAge: 18 },
  contact: { phone: '01234 567890' },
  cost: 'free',
  exampleContent: false,
  reviewBy: '2027-06-01',
};

function answer(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function offline() {
  const fetchMock = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the public directory on the device', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives the bundled entries alone when there is no network and no saved copy', async () => {
    offline();
    const { result } = renderHook(() => useDirectoryEntries());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current!.map((e) => e.id)).toEqual(BUNDLED_DIRECTORY.map((e) => e.id));
  });

  it('adds the organisation’s entries and leaves out the bundled ones it switched off', async () => {
    const id = uuidv7();
    const fetchMock = answer({
      resources: [
        { id, data: localResource },
        // Written by a newer app, or broken: skipped, the rest still shown.
        { id: uuidv7(), data: { name: 'Half an entry' } },
      ],
      disabledDirectoryIds: ['national-kooth'],
      updatedAt: '2026-01-10T09:00:00.000Z',
    });
    const { result } = renderHook(() => useDirectoryEntries());
    await waitFor(() => expect(result.current?.some((e) => e.id === id)).toBe(true));
    expect(fetchMock).toHaveBeenCalledWith('/api/public/directory', expect.anything());
    const ids = result.current!.map((e) => e.id);
    expect(ids).not.toContain('national-kooth');
    expect(ids).toContain('national-childline');
    expect(result.current!.filter((e) => e.source === 'local')).toEqual([
      { id, source: 'local', data: localResource },
    ]);
  });

  it('keeps what the page had when a later refresh fails', async () => {
    offline();
    const { result } = renderHook(() => useDirectoryEntries());
    // Shown at once from this page's last answer, and not lost when the refresh fails.
    expect(result.current?.some((e) => e.source === 'local')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current?.some((e) => e.source === 'local')).toBe(true);
  });

  it('says null for a failure or an answer it cannot read', async () => {
    answer({ error: 'internal_error' }, 500);
    expect(await fetchPublicDirectory()).toBeNull();
    answer({ resources: 'none' });
    expect(await fetchPublicDirectory()).toBeNull();
    offline();
    expect(await fetchPublicDirectory()).toBeNull();
  });
});
