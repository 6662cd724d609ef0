// When sync runs, with time, connectivity, visibility and the cross-tab lock in the
// test's hands: start, period, write delay, backoff with jitter, sign-out, one tab only.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncRequest } from '../../src/domain';
import {
  DEFAULT_PERIOD_MS,
  SyncEngine,
  SyncFailure,
  SyncScheduler,
  type Transport,
} from '../../src/sync';
import { deleteDevices, freshDevice, validCase, type TestDevice } from './helpers/device';
import { ManualEnvironment, TestLocks } from './helpers/manual-environment';
import { acceptAll } from './helpers/scripted-transport';

const schedulers: SyncScheduler[] = [];
afterEach(async () => {
  for (const s of schedulers.splice(0)) {
    s.stop();
    await s.whenIdle();
  }
  await deleteDevices();
});

/** A transport whose next answers the test decides; by default it accepts everything. */
function controllable() {
  const requests: SyncRequest[] = [];
  const failures: SyncFailure[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    const failure = failures.shift();
    if (failure) throw failure;
    return acceptAll()(request);
  };
  return { transport, requests, failures };
}

function schedulerFor(
  device: TestDevice,
  transport: Transport,
  env: ManualEnvironment,
  environment = env as ConstructorParameters<typeof SyncScheduler>[0]['environment'],
) {
  const engine = new SyncEngine({ db: device.db, transport, deviceId: device.deviceId });
  const scheduler = new SyncScheduler({ engine, environment });
  schedulers.push(scheduler);
  return scheduler;
}

/** Fire due timers, then wait for the go they started. */
async function tick(env: ManualEnvironment, scheduler: SyncScheduler, ms = 0) {
  env.advance(ms);
  await scheduler.whenIdle();
}

describe('SyncScheduler', () => {
  it('syncs at start, then every 30 seconds while online and visible', async () => {
    expect(DEFAULT_PERIOD_MS).toBe(30_000);
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(1);
    expect(scheduler.status.getSnapshot().state).toBe('idle');
    expect(scheduler.nextRunAt! - env.nowMs).toBe(30_000);
    await tick(env, scheduler, 29_999);
    expect(t.requests).toHaveLength(1);
    await tick(env, scheduler, 1);
    expect(t.requests).toHaveLength(2);
    await tick(env, scheduler, 30_000);
    expect(t.requests).toHaveLength(3);
  });

  it('does not poll while the page is hidden, and syncs as soon as it is visible again', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(1);
    env.becomeHidden();
    // The period set while visible comes due while hidden: dropped, and no new one set.
    await tick(env, scheduler, 30_000);
    expect(t.requests).toHaveLength(1);
    expect(scheduler.nextRunAt).toBeUndefined();
    expect(env.timerCount).toBe(0);
    await tick(env, scheduler, 3_600_000);
    expect(t.requests).toHaveLength(1);
    env.becomeVisible();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(2);
    expect(scheduler.nextRunAt! - env.nowMs).toBe(30_000); // and polls again from there
    await tick(env, scheduler, 30_000);
    expect(t.requests).toHaveLength(3);
  });

  it('still pushes a local write made while hidden, without polling after it', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    env.visible = false; // e.g. opened in a background tab
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(1); // at start, hidden or not
    expect(scheduler.nextRunAt).toBeUndefined();
    await device.records.createCase({ ...validCase });
    await vi.waitFor(() => expect(scheduler.status.getSnapshot().waiting).toBe(1));
    expect(scheduler.nextRunAt! - env.nowMs).toBe(2_000);
    await tick(env, scheduler, 2_000);
    expect(t.requests).toHaveLength(2);
    expect(t.requests[1]!.mutations).toHaveLength(1);
    expect(scheduler.nextRunAt).toBeUndefined();
    await tick(env, scheduler, 600_000);
    expect(t.requests).toHaveLength(2);
  });

  it('keeps a write-delay sync that coincides with a periodic one, even if hidden by then', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    await tick(env, scheduler, 29_000); // the period is due in 1 s
    await device.records.createCase({ ...validCase });
    await vi.waitFor(() => expect(scheduler.status.getSnapshot().waiting).toBe(1));
    expect(scheduler.nextRunAt! - env.nowMs).toBe(1_000); // the earlier timer answers both
    env.becomeHidden();
    await tick(env, scheduler, 1_000);
    expect(t.requests).toHaveLength(2);
    expect(t.requests[1]!.mutations).toHaveLength(1);
  });

  it('backs off exponentially with full jitter up to 5 minutes, and resets on success', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    const waits: number[] = [];
    for (let i = 0; i < 11; i++) t.failures.push(new SyncFailure('retry', 'serverError', 503));
    scheduler.start();
    await tick(env, scheduler);
    for (let i = 0; i < 11; i++) {
      waits.push(scheduler.nextRunAt! - env.nowMs);
      await tick(env, scheduler, waits[i]);
    }
    expect(waits).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 31_999, 63_999, 127_999, 255_999, 299_999, 299_999,
    ]);
    expect(t.requests).toHaveLength(12);
    expect(scheduler.consecutiveFailures).toBe(0); // the 12th went through
    expect(scheduler.status.getSnapshot()).toMatchObject({ state: 'idle' });
    expect(scheduler.nextRunAt! - env.nowMs).toBe(30_000);
  });

  it('draws the jitter from the random source', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    env.randomValue = 0.25;
    const t = controllable();
    t.failures.push(
      new SyncFailure('retry', 'serverError', 500),
      new SyncFailure('retry', 'timeout'),
    );
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    expect(scheduler.nextRunAt! - env.nowMs).toBe(250);
    expect(scheduler.status.getSnapshot()).toMatchObject({
      state: 'problem',
      problem: { key: 'serverError' },
    });
    await tick(env, scheduler, 250);
    expect(scheduler.nextRunAt! - env.nowMs).toBe(500);
  });

  it('shows offline, and tries again as soon as the browser is back online', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    env.online = false;
    const t = controllable();
    t.failures.push(new SyncFailure('offline', 'offline'), new SyncFailure('offline', 'offline'));
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    await tick(env, scheduler, scheduler.nextRunAt! - env.nowMs);
    expect(scheduler.status.getSnapshot().state).toBe('offline');
    expect(scheduler.nextRunAt! - env.nowMs).toBe(1_999);
    env.goOnline();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(3);
    expect(scheduler.status.getSnapshot().state).toBe('idle');
  });

  it('syncs when the app becomes visible', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    env.becomeVisible();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(2);
  });

  it('syncs two seconds after a local write, and counts the changes waiting', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    await device.records.createCase({ ...validCase });
    await vi.waitFor(() => expect(scheduler.status.getSnapshot().waiting).toBe(1));
    expect(scheduler.nextRunAt! - env.nowMs).toBe(2_000);
    await tick(env, scheduler, 2_000);
    expect(t.requests).toHaveLength(2);
    expect(t.requests[1]!.mutations).toHaveLength(1);
    await vi.waitFor(() => expect(scheduler.status.getSnapshot().waiting).toBe(0));
    expect(scheduler.status.getSnapshot().lastSyncedAt).toBeDefined();
  });

  it('does not let a local write cut a backoff short', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    for (let i = 0; i < 4; i++) t.failures.push(new SyncFailure('retry', 'serverError', 503));
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    for (let i = 0; i < 4; i++) await tick(env, scheduler, scheduler.nextRunAt! - env.nowMs);
    const backoffEnds = scheduler.nextRunAt!;
    expect(backoffEnds - env.nowMs).toBe(7_999);
    await device.records.createCase({ ...validCase });
    await vi.waitFor(() => expect(scheduler.status.getSnapshot().waiting).toBe(1));
    expect(scheduler.nextRunAt).toBe(backoffEnds);
  });

  it('stops at a sign-out and starts again on resume', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    t.failures.push(new SyncFailure('signedOut', 'signedOut', 401));
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    expect(scheduler.status.getSnapshot().state).toBe('signedOut');
    expect(scheduler.nextRunAt).toBeUndefined();
    env.goOnline();
    env.becomeVisible();
    await tick(env, scheduler, 600_000);
    expect(t.requests).toHaveLength(1);
    scheduler.resume();
    await tick(env, scheduler);
    expect(t.requests).toHaveLength(2);
    expect(scheduler.status.getSnapshot().state).toBe('idle');
  });

  it('runs in one tab only; another tab takes over when the first stops', async () => {
    const device = await freshDevice();
    const locks = new TestLocks();
    const envA = new ManualEnvironment();
    const envB = new ManualEnvironment();
    const a = controllable();
    const b = controllable();
    const tabA = schedulerFor(device, a.transport, envA, locks.environment(envA));
    const tabB = schedulerFor(device, b.transport, envB, locks.environment(envB));
    tabA.start();
    tabB.start();
    await vi.waitFor(() => expect(tabA.nextRunAt).toBeDefined());
    await tick(envA, tabA);
    await tick(envB, tabB, 120_000);
    expect(a.requests).toHaveLength(1);
    expect(b.requests).toHaveLength(0);
    tabA.stop();
    await vi.waitFor(() => expect(tabB.nextRunAt).toBeDefined());
    await tick(envB, tabB);
    expect(b.requests).toHaveLength(1);
  });

  it('sends nothing after stop', async () => {
    const device = await freshDevice();
    const env = new ManualEnvironment();
    const t = controllable();
    const scheduler = schedulerFor(device, t.transport, env);
    scheduler.start();
    await tick(env, scheduler);
    scheduler.stop();
    await device.records.createCase({ ...validCase });
    env.goOnline();
    await tick(env, scheduler, 600_000);
    expect(t.requests).toHaveLength(1);
    expect(env.timerCount).toBe(0);
  });
});
