/**
 * The server's escrow key for this person and device (issue #10): half of what lets a
 * forgotten passcode be replaced without losing unsent changes (key-store.ts). The server
 * hands an existing key only to a session made by a sign-in in the last few minutes.
 */
import { fromBase64 } from '../../db/crypto-bytes';

export type EscrowResult = { ok: true; key: Uint8Array<ArrayBuffer> } | { ok: false };

export async function fetchEscrowKey(deviceId: string): Promise<EscrowResult> {
  try {
    const response = await fetch('/api/auth/device-key', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ deviceId }),
    });
    if (!response.ok) return { ok: false };
    const body = (await response.json()) as { key?: unknown };
    if (typeof body.key !== 'string') return { ok: false };
    const key = fromBase64(body.key);
    return key.length === 32 ? { ok: true, key } : { ok: false };
  } catch {
    return { ok: false };
  }
}
