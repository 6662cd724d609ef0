import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the section named in the address (`/my-plan#my-goals`, linked from "My rights")
 * into view once the plan has been read from the device. The router does not do this
 * itself, and the sections only exist after the local store answers, so it waits for
 * `ready`. Focus moves there too, so a screen reader starts reading at that section.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
