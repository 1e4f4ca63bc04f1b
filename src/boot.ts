/**
 * The start script. The build inlines it at the top of index.html (scripts/prerender.ts), so it runs
 * before the page has even asked for the app's code:
 * - sets the language and the display preferences on the page, so nothing paints in the wrong theme or
 *   text size (main.tsx sets them again: the one-file copy has no start script);
 * - for a link straight to a guide, fetches that guide's pre-rendered first view and shows it
 *   (app/firstView.ts). Offline, the app needs two round trips through the service worker and its own
 *   start-up before it can paint; the first view needs one fetch, sent before any other.
 * Web build only. Every byte here is on the first screen: import nothing that pulls more in.
 */
import { applyDisplay } from './app/display';
import { firstViewFor } from './app/firstView';
import { pickLanguage } from './lib/langs';
import { loadPrefs } from './lib/prefs';

/**
 * The longest the app waits for a first view before starting anyway. Offline a first view is on screen
 * within about 100 ms even on this project's slow test machine; on a first visit over a slow network the
 * app's own code arrives later than this, so it never waits at all.
 */
const WAIT_LIMIT_MS = 300;

/**
 * Shows a first view; settles once it is on screen, at once when there is none to show, and after
 * WAIT_LIMIT_MS whatever happens. Never rejects: the app waits for it (main.tsx).
 */
function showFirstView(file: string | null): Promise<void> {
  if (!file) return Promise.resolve();
  return new Promise<void>((settle) => {
    setTimeout(settle, WAIT_LIMIT_MS);
    const show = (html: string) => {
      const app = document.getElementById('app');
      // Once the app has rendered, the page is its own: a late first view must not cover it.
      if (!html || !app || app.firstChild) return settle();
      app.innerHTML = html;
      // The page had no content before, so its first contentful paint is this view's. The app starts
      // after it: on a phone's few cores its start-up would otherwise hold the paint back.
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) settle();
      }).observe({ type: 'paint', buffered: true });
    };
    fetch(file)
      .then((r) => (r.ok ? r.text() : ''))
      .then((html) => {
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => show(html));
        else show(html);
      })
      // No first view (an unknown guide, a damaged copy): the app shows the screen a moment later.
      .catch(() => settle());
  });
}

const prefs = loadPrefs();
const lang = pickLanguage({
  param: new URLSearchParams(location.search).get('lang'),
  saved: prefs.lang,
  browser: navigator.languages,
});
document.documentElement.lang = lang;
applyDisplay(prefs);
window.amanFirstView = showFirstView(firstViewFor(location.hash, lang));
