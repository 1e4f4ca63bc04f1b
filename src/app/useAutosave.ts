import { useEffect, useRef } from 'preact/hooks';

/**
 * Saves `value` a short pause after it changes, and at once when the screen goes away: on unmount
 * (navigating elsewhere), when the page is hidden (the phone locks, another app opens) and on pagehide
 * (the tab closes). Android may kill a hidden page without warning, so "later" must never be relied on.
 * The first value (the one just restored) is not saved back.
 *
 * Returns `flush` (save what is pending now, e.g. before the records lock) and `cancel` (drop it, e.g.
 * before deleting the thing it would save).
 */
export function useAutosave<T>(
  value: T | null,
  save: (value: T) => Promise<unknown>,
  delayMs: number,
): { flush: () => void; cancel: () => void } {
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const first = useRef(true);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = pending.current;
    pending.current = null;
    if (v !== null) void saveRef.current(v);
  };

  useEffect(() => {
    if (value === null) return;
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = value;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  }, [value]);

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  };

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  return { flush, cancel };
}
