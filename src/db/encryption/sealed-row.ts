/**
 * Sealing one stored row (issue #10): the fields an index needs stay in clear, the rest
 * is JSON, encrypted with AES-256-GCM under the device's data key.
 *
 * A sealed row is `{ ...clearFields, _sealed: Uint8Array }` where `_sealed` is a fresh
 * 12-byte nonce followed by the ciphertext and its 16-byte tag. The additional
 * authenticated data is the table name and the row's identity (its id), so a sealed blob
 * copied onto another row, or into another table, fails to open rather than showing one
 * record's contents as another's.
 *
 * Synchronous on purpose (@noble/ciphers, audited, pure JS): see device-keys.ts. A nonce
 * is random per write; with 96-bit random nonces one key stays far below the 2^32
 * messages NIST SP 800-38D allows.
 */
import { gcm } from '@noble/ciphers/aes.js';

export const SEALED_FIELD = '_sealed';
const NONCE_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Row = Record<string, unknown>;

function associatedData(table: string, identity: unknown): Uint8Array {
  return encoder.encode(`ourplan/v1\u0000${table}\u0000${String(identity)}`);
}

/** Whether a stored value is sealed (rows written before encryption are not). */
export function isSealed(value: unknown): value is Row & { [SEALED_FIELD]: Uint8Array } {
  return (
    typeof value === 'object' &&
    value !== null &&
    // Not `instanceof Uint8Array`: a row read back can come from another realm (jsdom's
    // IndexedDB shim), where that check fails and a sealed row would pass as plain.
    ArrayBuffer.isView((value as Row)[SEALED_FIELD])
  );
}

export function sealRow(
  key: Uint8Array,
  table: string,
  identityField: string,
  clearFields: readonly string[],
  row: Row,
): Row {
  const sealed: Row = {};
  const secret: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (clearFields.includes(field)) sealed[field] = value;
    else secret[field] = value;
  }
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = gcm(key, nonce, associatedData(table, row[identityField])).encrypt(
    encoder.encode(JSON.stringify(secret)),
  );
  const blob = new Uint8Array(NONCE_BYTES + ciphertext.length);
  blob.set(nonce);
  blob.set(ciphertext, NONCE_BYTES);
  sealed[SEALED_FIELD] = blob;
  return sealed;
}

/**
 * Plain JSON of rows already opened with the current key, by table, row, nonce and tag
 * (DeviceKeys owns it and empties it on lock). Live queries read a case again after every
 * change; only changed rows need opening again. Keyed by the tag too, so a blob altered
 * on disk is never answered from here, and by table and row, like the associated data.
 */
export type OpenedRows = Map<string, string>;
const OPENED_ROWS_MAX = 5_000;
const TAG_BYTES = 16;

function cacheKey(table: string, identity: unknown, blob: Uint8Array): string {
  const nonce = blob.subarray(0, NONCE_BYTES);
  const tag = blob.subarray(blob.length - TAG_BYTES);
  return `${table}\u0000${String(identity)}\u0000${String.fromCharCode(...nonce, ...tag)}`;
}

/** The row as it was written. Throws if the blob was altered or moved (GCM's tag). */
export function openRow(
  key: Uint8Array,
  table: string,
  identityField: string,
  stored: Row,
  opened?: OpenedRows,
): Row {
  const view = stored[SEALED_FIELD] as ArrayBufferView;
  const blob = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const known = opened ? cacheKey(table, stored[identityField], blob) : undefined;
  let json = known === undefined ? undefined : opened?.get(known);
  if (json === undefined) {
    const nonce = blob.subarray(0, NONCE_BYTES);
    const plain = gcm(key, nonce, associatedData(table, stored[identityField])).decrypt(
      blob.subarray(NONCE_BYTES),
    );
    json = decoder.decode(plain);
    if (opened && known !== undefined) {
      // Oldest first out: a Map keeps insertion order.
      if (opened.size >= OPENED_ROWS_MAX) opened.delete(opened.keys().next().value as string);
      opened.set(known, json);
    }
  }
  const row: Row = JSON.parse(json) as Row;
  for (const [field, value] of Object.entries(stored)) {
    if (field !== SEALED_FIELD) row[field] = value;
  }
  return row;
}
