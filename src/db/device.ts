/**
 * This device's identity and clock, kept in the `meta` table. The device id names the
 * device in HLCs and sync; it is random and says nothing about the person.
 *
 * The clock is read and written inside each write transaction (not cached in memory) so
 * two tabs of the app on one device can never make the same HLC twice.
 */
import { HybridClock } from '../domain';
import type { OurPlanDatabase } from './database';

const DEVICE_KEY = 'deviceId';
const CLOCK_KEY = 'clock';

function randomDeviceId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
}

/** The device id, made on first use. Safe to call concurrently (first writer wins). */
export async function ensureDeviceId(db: OurPlanDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get(DEVICE_KEY);
    if (typeof existing?.value === 'string') return existing.value;
    const id = randomDeviceId();
    await db.meta.put({ key: DEVICE_KEY, value: id });
    return id;
  });
}

/**
 * The next HLC for a local write. Must be called inside a transaction that includes
 * `db.meta`, so the read-increment-write of the clock is atomic across tabs.
 */
export async function nextClock(
  db: OurPlanDatabase,
  deviceId: string,
  wallClock: () => number = Date.now,
): Promise<string> {
  const stored = await db.meta.get(CLOCK_KEY);
  const clock = new HybridClock(
    deviceId,
    wallClock,
    typeof stored?.value === 'string' ? stored.value : undefined,
  );
  const hlc = clock.now();
  await db.meta.put({ key: CLOCK_KEY, value: hlc });
  return hlc;
}

/** Fold a clock seen from elsewhere (the server) into this device's clock. */
export async function observeClock(
  db: OurPlanDatabase,
  deviceId: string,
  remote: string,
  wallClock: () => number = Date.now,
): Promise<void> {
  const stored = await db.meta.get(CLOCK_KEY);
  const clock = new HybridClock(
    deviceId,
    wallClock,
    typeof stored?.value === 'string' ? stored.value : undefined,
  );
  clock.receive(remote);
  await db.meta.put({ key: CLOCK_KEY, value: clock.latest });
}
