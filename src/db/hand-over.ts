/**
 * Hand-over mode (issue #4 item 4): the practitioner hands the tablet to the young person
 * for one part of the session. While it is on, the app shows only that screen; leaving
 * needs the practitioner's passcode (passcode.ts).
 *
 * Design choices:
 * - Kept in localStorage, not IndexedDB: the app frame must know synchronously, on the
 *   very first render after a reload, that it is locked to one screen. A reload or a
 *   typed address therefore cannot escape hand-over mode.
 * - It holds only ids and the part, nothing about the young person.
 * - Listeners in this tab are told directly; other tabs hear the `storage` event.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

const STORAGE_KEY = 'ourplan.handOver';
const CHANGE_EVENT = 'ourplan:hand-over';

export const handOverStateSchema = z.strictObject({
  caseId: z.string().min(1),
  sessionId: z.string().min(1),
  part: z.enum(['respect']),
  /** The practitioner whose passcode ends it. */
  userId: z.string().min(1),
  startedAt: z.string(),
});
export type HandOverState = z.infer<typeof handOverStateSchema>;
export type HandOverPart = HandOverState['part'];

export function handOverPath(state: Pick<HandOverState, 'caseId' | 'sessionId' | 'part'>) {
  return `/practitioner/cases/${state.caseId}/sessions/${state.sessionId}/hand-over/${state.part}`;
}

let cachedRaw: string | null | undefined;
let cachedState: HandOverState | null = null;

export function readHandOver(): HandOverState | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === cachedRaw) return cachedState;
  cachedRaw = raw;
  try {
    const parsed = handOverStateSchema.safeParse(raw ? JSON.parse(raw) : null);
    cachedState = parsed.success ? parsed.data : null;
  } catch {
    cachedState = null;
  }
  return cachedState;
}

export function startHandOver(state: Omit<HandOverState, 'startedAt'>): void {
  const full: HandOverState = { ...state, startedAt: new Date().toISOString() };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(full));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function endHandOver(): void {
  localStorage.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The hand-over in force on this device, if any; re-renders when it starts or ends. */
export function useHandOver(): HandOverState | null {
  return useSyncExternalStore(subscribe, readHandOver, () => null);
}
