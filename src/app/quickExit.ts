/**
 * Quick exit: replace Aman with a neutral page and leave no Aman screen in the back history.
 *
 * Hash navigation adds history entries inside the page, and a page cannot delete them. So every entry
 * records its position (`amanIndex` in history.state); on exit Aman steps back to its first entry and
 * *replaces* that one with the neutral page. The Aman entries after it become "forward" entries; the
 * web app's neutral page (exit.html, precached) pushes one entry of its own, which discards them. The
 * one-file copy has no neighbouring file, so it uses about:blank and the forward entries remain.
 */

import { finishPendingWipe } from './wipe';

const KEY = 'amanIndex';

function indexOf(state: unknown): number {
  const v = (state as Record<string, unknown> | null)?.[KEY];
  return typeof v === 'number' && v >= 0 ? v : 0;
}

/**
 * Keeps the position of every history entry in history.state. Call once at start: the first entry is 0,
 * each hash navigation one more than the entry it came from.
 */
export function trackHistoryPosition(): () => void {
  let current = indexOf(history.state);
  history.replaceState({ ...(history.state ?? {}), [KEY]: current }, '');
  const onHash = (e: HashChangeEvent) => {
    // A hash change by link or back/forward: back/forward restore a state that already has its index.
    if (history.state && KEY in history.state) {
      current = indexOf(history.state);
      return;
    }
    void e;
    current += 1;
    history.replaceState({ ...(history.state ?? {}), [KEY]: current }, '');
  };
  addEventListener('hashchange', onHash);
  return () => removeEventListener('hashchange', onHash);
}

/** Where to go: the precached neutral page beside the app, or a blank page in the one-file copy. */
export function neutralUrl(singleFile: boolean): string {
  return singleFile || location.protocol === 'file:' ? 'about:blank' : new URL('exit.html', location.href).href;
}

/** Leaves at once. Goes back to the first Aman entry first, then replaces it. */
export async function quickExit(singleFile = __IS_SINGLE_FILE__): Promise<void> {
  const target = neutralUrl(singleFile);
  const steps = indexOf(history.state);
  // Hide everything immediately, whatever happens next: a glance at the screen shows nothing.
  document.documentElement.classList.add('exiting');
  // A wipe someone started must not be cancelled by leaving: finish it first (milliseconds).
  await finishPendingWipe();
  if (steps === 0) {
    location.replace(target);
    return;
  }
  addEventListener('popstate', () => location.replace(target), { once: true });
  history.go(-steps);
  // Some browsers throttle history.go; do not let the exit depend on it.
  setTimeout(() => location.replace(target), 300);
}
