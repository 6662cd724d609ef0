import { useEffect } from 'react';

/** Sets the document title to "Page – OurPlan" so each screen is announced and bookmarked by name. */
export function usePageTitle(page: string, appName: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${appName}` : appName;
  }, [page, appName]);
}
