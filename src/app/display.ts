/**
 * Puts the display preferences on the page. Its own module, with nothing but the prefs type, because the
 * start script inlined in index.html (src/boot.ts) applies them before the app's code has loaded: a
 * pre-rendered first view must not paint in the wrong theme or text size and then jump.
 */
import type { Prefs } from '../lib/prefs';

/** Puts theme and text size on <html>; CSS does the rest. */
export function applyDisplay(prefs: Pick<Prefs, 'theme' | 'textSize'>, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = prefs.theme;
  // Root font size scales every rem in the stylesheet, so 200% doubles all text without breaking layout.
  root.style.fontSize = prefs.textSize === 100 ? '' : `${prefs.textSize}%`;
}
