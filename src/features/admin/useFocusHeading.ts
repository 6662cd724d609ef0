import { useEffect, useRef } from 'react';

/**
 * Moves focus to a heading when the view it heads appears or changes. The app shell does
 * this after a change of path; the admin views change within /admin (by ?query), so
 * screen reader users are told where they are here instead.
 */
export function useFocusHeading<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
