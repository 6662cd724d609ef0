/**
 * Group commit for audit entries that are not part of a write (the read audit of each
 * pull). Every pull of a case appends one entry to that case's chain, and a chain takes
 * one appender at a time (its head row is locked until commit): one transaction per pull
 * meant concurrent pullers of one case queued up behind each other's commits, and on
 * PGlite (one connection) every pull cost a commit and an fsync of its own.
 *
 * Here, appends that arrive while a commit is under way wait and go together in the next
 * transaction: one lock of each head, one insert, one commit for all of them. Each caller
 * is answered only once its entries are committed (a read that returned data always has
 * its audit entry: the caller sends no answer before that), and a failed group is retried
 * one caller at a time, so one caller's problem never costs another its answer.
 *
 * The chain stays exactly as appendAudit makes it (per partition, in order of arrival),
 * and several server processes stay safe: each groups its own, and appendAudit's row
 * locks order them.
 */
import type { Store } from '../store/store';
import type { AuditEntry } from './chain';
import { appendAudit } from './store';

interface Waiting {
  entries: readonly AuditEntry[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A bound on one transaction, so a burst does not become one huge statement. */
const MAX_ENTRIES_PER_COMMIT = 1_000;

export class AuditGroupAppender {
  private queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly store: Store) {}

  /** Resolves when `entries` are committed to their chains; rejects if they could not be. */
  append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) await this.commit(this.take());
    } finally {
      this.draining = false;
    }
  }

  private take(): Waiting[] {
    let count = 0;
    let n = 0;
    while (n < this.queue.length) {
      count += this.queue[n]!.entries.length;
      if (n > 0 && count > MAX_ENTRIES_PER_COMMIT) break;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async commit(group: Waiting[]): Promise<void> {
    try {
      await this.store.transaction((tx) =>
        appendAudit(
          tx,
          group.flatMap((w) => w.entries),
        ),
      );
      for (const w of group) w.resolve();
      return;
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
    }
    for (const w of group) {
      try {
        await this.store.transaction((tx) => appendAudit(tx, w.entries));
        w.resolve();
      } catch (error) {
        w.reject(error);
      }
    }
  }
}
