/**
 * Keeps a session form's values on this device as they are typed, and puts them back
 * when the form opens again (after a reload, a crash or the tablet sleeping), so nothing
 * typed in a session is lost before it is saved (issue #4, "Tablet first").
 *
 * Design choices:
 * - Saved a short moment after typing stops (DRAFT_DELAY_MS) rather than on every key, and
 *   at once when the page is hidden (the tablet going to sleep hides the page first).
 * - The draft wins over the saved record when both exist: it is newer, because saving
 *   clears it. `restored` tells the screen to say so ("We kept what you typed").
 * - Restoring waits for the draft to be read before the person can type, so a late read
 *   never overwrites what they have started typing: `ready` is false until then.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraft, localStore, readDraft, saveDraft } from '../../db';

export const DRAFT_DELAY_MS = 400;

export interface FormDraft {
  /** False until any draft has been read and put back into the form. */
  ready: boolean;
  /** True when the form shows a draft that was typed earlier and not saved. */
  restored: boolean;
  /** Forget the draft: call after the record is saved, or to throw the draft away. */
  clear: () => Promise<void>;
}

export function useFormDraft<T extends FieldValues>(
  form: UseFormReturn<T>,
  key: string,
  caseId: string | null,
): FormDraft {
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<T | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    setReady(false);
    setRestored(false);
    void readDraft(localStore().db, key).then((draft) => {
      if (cancelled) return;
      if (draft && typeof draft === 'object') {
        form.reset(draft as T, { keepDefaultValues: true });
        setRestored(true);
      }
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
    // `form` is stable for the life of the component (react-hook-form's useForm).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!ready) return;
    const flush = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      if (pending.current === undefined) return;
      const value = pending.current;
      pending.current = undefined;
      void saveDraft(localStore().db, key, caseId, value);
    };
    // Every change counts (typing, a radio, a row added). After saving, reset the form
    // first and then call clear(), which drops anything the reset queued.
    const subscription = form.watch((values) => {
      pending.current = structuredClone(values) as T;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form, key, caseId, ready]);

  const clear = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    await clearDraft(localStore().db, key);
    setRestored(false);
  }, [key]);

  return { ready, restored, clear };
}
