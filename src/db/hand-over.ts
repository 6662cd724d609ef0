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
 * - The app frame imports this file directly, not through db/index, and it uses no zod:
 *   the frame is in the first chunk every screen loads, which must not grow by Dexie
 *   and zod for one small check.
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'ourplan.handOver';
const CHANGE_EVENT = 'ourplan:hand-over';

/**
 * RESPECT in their own words; CollaboRATE after the session (issue #5 item 5); the safety
 * plan in their own words (issue #7 item 4).
 */
export const HAND_OVER_PARTS = ['respect', 'collaborate', 'safety-plan'] as const;
export type HandOverPart = (typeof HAND_OVER_PARTS)[number];

export interface HandOverState {
  caseId: string;
  sessionId: string;
  part: HandOverPart;
  /** The practitioner whose passcode ends it. */
  userId: string;
  startedAt: string;
}

const filled = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** What was stored, if it is a hand-over this version of the app understands. */
export function parseHandOver(value: unknown): HandOverState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const part = v.part;
  if (
    !filled(v.caseId) ||
    !filled(v.sessionId) ||
    !filled(v.userId) ||
    !filled(v.startedAt) ||
    !HAND_OVER_PARTS.some((p) => p === part)
  )
    return null;
  return {
    caseId: v.caseId,
    sessionId: v.sessionId,
    part: part as HandOverPart,
    userId: v.userId,
    startedAt: v.startedAt,
  };
}

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
    cachedState = parseHandOver(raw ? JSON.parse(raw) : null);
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
