/**
 * When sync runs (DESIGN.md §5 "When", §9): at start, when the browser comes online,
 * when the app becomes visible, a few seconds after a local write, and periodically while
 * online and visible; after a failure, exponential backoff with full jitter, reset by a
 * success. Only one tab runs it (Web Locks); the page's being open is all it relies on
 * (no Background Sync, which Safari and Firefox lack).
 *
 * The period is 30 s, and only while the page is visible. Why 30 s: a young person looking
 * at their plan should see the practitioner's change within about half a minute without
 * reloading (worst case one period after the practitioner's device pushed, which it does
 * two seconds after the write). Why not while hidden: nobody is looking, so polling would
 * only cost battery, data and server load (browsers throttle hidden timers anyway); the
 * sync on becoming visible brings everything in the moment someone looks, and the
 * periodic timer starts again from there. A due periodic timer that finds the page
 * hidden is simply dropped. Pushes are not periodic, so they still happen while hidden:
 * the sync a few seconds after a local write, and backoff retries after a failure.
 *
 * Rules of the timer: one timer, the earliest request wins. "Now" signals (start,
 * online, visible, syncNow) cut a backoff short, because they are exactly the moments a
 * retry is likely to work; a local write does not, so a broken server is not hammered
 * by someone typing.
 */
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { SyncEngine } from './engine';
import { browserEnvironment, type SyncEnvironment } from './environment';
import { watchLocalFacts, type LocalFacts } from './local-facts';
import { SyncStatusStore } from './status';
import { toSyncFailure, type SyncFailure } from './transport';
import { MAX_CLOCK_AHEAD_MS } from '../domain';

export const SYNC_LOCK_NAME = 'ourplan-sync';
/** The periodic sync while the page is visible (see above for why 30 s). */
export const DEFAULT_PERIOD_MS = 30_000;

export interface SchedulerOptions {
  engine: SyncEngine;
  status?: SyncStatusStore;
  environment?: SyncEnvironment;
  /** Wait after a local write, so a burst of typing goes in one push. */
  writeDelayMs?: number;
  /** How often to pull while online and visible (DEFAULT_PERIOD_MS). */
  periodMs?: number;
  backoff?: BackoffPolicy;
  /** Told when the server refuses the session (401), with why: 'signedOut' or 'sessionRevoked'. */
  onSignedOut?: (key: string) => void;
}

export class SyncScheduler {
  readonly status: SyncStatusStore;
  private readonly engine: SyncEngine;
  private readonly env: SyncEnvironment;
  private readonly writeDelayMs: number;
  private readonly periodMs: number;
  private readonly backoff: BackoffPolicy;
  private readonly onSignedOut: ((key: string) => void) | undefined;

  private started = false;
  private running = false; // holds the lock (or has none to hold) and follows events
  private halted = false; // signed out: nothing until resume()
  /** `periodic`: only the period asked for it, so it is dropped if the page is hidden. */
  private timer: { handle: unknown; at: number; periodic: boolean } | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private backoffUntil = 0;
  private maxSeqSeen = -1;
  private unsubscribers: (() => void)[] = [];
  private lockAbort: AbortController | undefined;
  private releaseLock: (() => void) | undefined;

  constructor(options: SchedulerOptions) {
    this.engine = options.engine;
    this.onSignedOut = options.onSignedOut;
    this.status = options.status ?? new SyncStatusStore();
    this.env = options.environment ?? browserEnvironment();
    this.writeDelayMs = options.writeDelayMs ?? 2_000;
    this.periodMs = options.periodMs ?? DEFAULT_PERIOD_MS;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  /** Failures in a row since the last success (for tests and diagnostics). */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /** When the timer will next run a sync (env.now() time), if one is set. */
  get nextRunAt(): number | undefined {
    return this.timer?.at;
  }

  /** Resolves when no go is on the network (tests; sign-out waits for it too). */
  async whenIdle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    // Every tab shows the counts, whichever tab runs the engine.
    this.unsubscribers.push(watchLocalFacts(this.engine.db, (f) => this.onFacts(f)));
    const withLock = this.env.withLock;
    if (!withLock) {
      this.begin();
      return;
    }
    this.lockAbort = new AbortController();
    withLock(SYNC_LOCK_NAME, this.lockAbort.signal, () => {
      if (!this.started) return Promise.resolve();
      this.begin();
      return new Promise<void>((resolve) => (this.releaseLock = resolve));
    }).catch(() => undefined); // aborted by stop() while waiting for another tab
  }

  stop(): void {
    this.started = false;
    this.running = false;
    this.clearTimer();
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.lockAbort?.abort();
    this.lockAbort = undefined;
    this.releaseLock?.();
    this.releaseLock = undefined;
  }

  /** Sync now (a button, or after sign-in). Resolves when this go has finished. */
  async syncNow(): Promise<void> {
    this.halted = false;
    if (!this.running) return;
    await this.run();
  }

  /** After signing in again: sync stopped at a 401 starts again. */
  resume(): void {
    this.halted = false;
    if (this.running) this.schedule(0, true);
  }

  private begin(): void {
    this.running = true;
    this.unsubscribers.push(
      this.env.onOnline(() => this.schedule(0, true)),
      this.env.onVisible(() => this.schedule(0, true)),
    );
    this.schedule(0, true);
  }

  private onFacts(facts: LocalFacts): void {
    this.status.update({
      waiting: facts.waiting,
      rejected: facts.rejected,
      lastSyncedAt: facts.lastSyncedAt,
    });
    // The first facts can arrive after a write already made (a slow first read), so
    // changes waiting then count as a write too; the start's own sync is earlier anyway.
    const first = this.maxSeqSeen < 0;
    const wrote = first ? facts.waiting > 0 : facts.newestSeq > this.maxSeqSeen;
    this.maxSeqSeen = Math.max(this.maxSeqSeen, facts.newestSeq);
    if (wrote && this.running) this.schedule(this.writeDelayMs, false);
  }

  /** Where the environment cannot tell (Node), the page counts as visible. */
  private visible(): boolean {
    return this.env.isVisible?.() ?? true;
  }

  /**
   * Asks for a sync in `delayMs`. The earliest request wins; unless `cutsBackoff`, a
   * request never lands before the backoff has run out. A `periodic` request is dropped
   * when it comes due while the page is hidden.
   */
  private schedule(delayMs: number, cutsBackoff: boolean, periodic = false): void {
    if (!this.running || this.halted) return;
    const now = this.env.now();
    let at = now + delayMs;
    if (!cutsBackoff) at = Math.max(at, this.backoffUntil);
    if (this.timer && this.timer.at <= at) {
      // The earlier timer answers this request too, so it is no longer only periodic.
      if (!periodic) this.timer.periodic = false;
      return;
    }
    this.clearTimer();
    const handle = this.env.timers.setTimeout(() => {
      const fired = this.timer;
      this.timer = undefined;
      if (fired?.periodic && !this.visible()) return; // becoming visible syncs again
      void this.run();
    }, at - now);
    this.timer = { handle, at, periodic };
  }

  private clearTimer(): void {
    if (this.timer) this.env.timers.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    if (this.inFlight) {
      // Asked again while a go is on the network: one more go after it, not two at once.
      this.again = true;
      return this.inFlight;
    }
    this.clearTimer();
    this.inFlight = this.go().finally(() => {
      this.inFlight = undefined;
      if (this.again && this.running && !this.halted) {
        this.again = false;
        this.schedule(0, false);
      }
    });
    return this.inFlight;
  }

  private async go(): Promise<void> {
    this.status.update({ state: 'syncing' });
    try {
      const result = await this.engine.syncOnce();
      this.failures = 0;
      this.backoffUntil = 0;
      this.status.update({
        state: 'idle',
        problem: undefined,
        clockWrong: Math.abs(result.clockOffsetMs) > MAX_CLOCK_AHEAD_MS,
      });
      if (this.env.isOnline() && this.visible()) this.schedule(this.periodMs, false, true);
    } catch (error) {
      this.onFailure(toSyncFailure(error));
    }
  }

  private onFailure(failure: SyncFailure): void {
    if (failure.kind === 'signedOut') {
      this.halted = true;
      this.clearTimer();
      this.status.update({ state: 'signedOut', problem: { key: 'signedOut' } });
      this.onSignedOut?.(failure.key);
      return;
    }
    this.failures++;
    const delay = backoffDelay(this.failures, () => this.env.random(), this.backoff);
    this.backoffUntil = this.env.now() + delay;
    const offline = failure.kind === 'offline' || !this.env.isOnline();
    this.status.update(
      offline
        ? { state: 'offline', problem: undefined }
        : { state: 'problem', problem: { key: failure.key } },
    );
    this.schedule(delay, true);
  }
}
