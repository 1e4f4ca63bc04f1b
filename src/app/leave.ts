/**
 * The history side of quick exit, with no other dependency: the start script (src/boot.ts) uses it
 * before the app has loaded, the app's quick exit (quickExit.ts) after.
 *
 * Hash navigation adds history entries inside the page, and a page cannot delete them. So every entry
 * records its position (`amanIndex` in history.state); on exit Aman steps back to its first entry and
 * *replaces* that one with the neutral page. The Aman entries after it become "forward" entries; the
 * web app's neutral page (exit.html, precached) pushes one entry of its own, which discards them. The
 * one-file copy has no neighbouring file, so it uses about:blank and the forward entries remain.
 */

const KEY = 'amanIndex';

function indexOf(state: unknown): number {
  const v = (state as Record<string, unknown> | null)?.[KEY];
  return typeof v === 'number' && v >= 0 ? v : 0;
}

/**
 * Keeps the position of every history entry in history.state: the first entry is 0, each hash
 * navigation one more than the entry it came from. Safe to start twice (the start script and the app
 * both do): a listener that finds the position already recorded only reads it.
 */
export function trackHistoryPosition(): () => void {
  let current = indexOf(history.state);
  history.replaceState({ ...(history.state ?? {}), [KEY]: current }, '');
  const onHash = () => {
    // A back/forward (or another listener) has already recorded this entry's position.
    if (history.state && KEY in history.state) {
      current = indexOf(history.state);
      return;
    }
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

/** Hides the page at once: a glance at the screen shows nothing, whatever happens next. */
export function hidePage(): void {
  document.documentElement.classList.add('exiting');
}

/** Leaves for `target`: back to the first Aman entry, then replaces it. Hide the page first. */
export function leave(target: string): void {
  const steps = indexOf(history.state);
  if (steps === 0) {
    location.replace(target);
    return;
  }
  addEventListener('popstate', () => location.replace(target), { once: true });
  history.go(-steps);
  // Some browsers throttle history.go; do not let the exit depend on it.
  setTimeout(() => location.replace(target), 300);
}
