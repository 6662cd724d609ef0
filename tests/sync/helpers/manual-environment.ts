/**
 * A SyncEnvironment driven by the test: time moves only when the test says, connectivity
 * and visibility are switches, and Web Locks is a small in-memory lock with a queue (the
 * behaviour of navigator.locks.request that the scheduler relies on).
 */
import type { SyncEnvironment } from '../../../src/sync';

interface PendingTimer {
  at: number;
  fn: () => void;
}

export class ManualEnvironment implements SyncEnvironment {
  nowMs = 1_000_000;
  online = true;
  visible = true;
  randomValue = 0.999_999;
  private nextHandle = 1;
  private readonly pending = new Map<number, PendingTimer>();
  private readonly onlineListeners = new Set<() => void>();
  private readonly visibleListeners = new Set<() => void>();

  timers = {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const handle = this.nextHandle++;
      this.pending.set(handle, { at: this.nowMs + Math.max(0, ms), fn });
      return handle;
    },
    clearTimeout: (handle: unknown): void => {
      this.pending.delete(handle as number);
    },
  };

  now = (): number => this.nowMs;
  random = (): number => this.randomValue;
  isOnline = (): boolean => this.online;
  isVisible = (): boolean => this.visible;

  onOnline = (listener: () => void): (() => void) => {
    this.onlineListeners.add(listener);
    return () => this.onlineListeners.delete(listener);
  };

  onVisible = (listener: () => void): (() => void) => {
    this.visibleListeners.add(listener);
    return () => this.visibleListeners.delete(listener);
  };

  /** How many timers are set. */
  get timerCount(): number {
    return this.pending.size;
  }

  /** Moves time forward by `ms`, firing due timers in order. */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, t]) => t.at <= until)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.nowMs = due[1].at;
      due[1].fn();
    }
    this.nowMs = until;
  }

  goOnline(): void {
    this.online = true;
    for (const l of [...this.onlineListeners]) l();
  }

  becomeHidden(): void {
    this.visible = false;
  }

  becomeVisible(): void {
    this.visible = true;
    for (const l of [...this.visibleListeners]) l();
  }
}

/** An in-memory exclusive lock shared by the "tabs" made with it. */
export class TestLocks {
  private held = false;
  private readonly queue: (() => void)[] = [];

  async request(signal: AbortSignal, task: () => Promise<void>): Promise<void> {
    if (this.held) {
      await new Promise<void>((resolve, reject) => {
        const grant = () => resolve();
        this.queue.push(grant);
        signal.addEventListener('abort', () => {
          const i = this.queue.indexOf(grant);
          if (i >= 0) this.queue.splice(i, 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    this.held = true;
    try {
      await task();
    } finally {
      this.held = false;
      this.queue.shift()?.();
    }
  }

  /** An environment (one tab) that uses this lock. */
  environment(env: ManualEnvironment): SyncEnvironment {
    return { ...bind(env), withLock: (_name, signal, task) => this.request(signal, task) };
  }
}

function bind(env: ManualEnvironment): SyncEnvironment {
  return {
    timers: env.timers,
    now: env.now,
    random: env.random,
    isOnline: env.isOnline,
    onOnline: env.onOnline,
    onVisible: env.onVisible,
    isVisible: env.isVisible,
  };
}
