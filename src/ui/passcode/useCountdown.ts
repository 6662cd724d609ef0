/**
 * Time left until a deadline, re-rendering a few times a second while there is any, and
 * not at all once it has passed. The deadline carries the time it was set, so the first
 * render after setting it never shows a longer wait than it should (this component's
 * clock may not have ticked for a while).
 */
import { useEffect, useState } from 'react';

export interface Deadline {
  /** When the wait was learnt, ms since the epoch. */
  startedAt: number;
  /** When it ends, ms since the epoch. */
  endsAt: number;
}

const TICK_MS = 250;

export function useCountdown(deadline: Deadline | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= deadline.endsAt) clearInterval(timer);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return 0;
  return Math.max(0, deadline.endsAt - Math.max(now, deadline.startedAt));
}

/** A deadline `ms` from now. */
export function deadlineIn(ms: number): Deadline {
  const startedAt = Date.now();
  return { startedAt, endsAt: startedAt + ms };
}
