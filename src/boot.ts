/**
 * The start script. The build inlines it near the top of index.html (scripts/prerender.ts), so it runs
 * before the page has even asked for the app's code:
 * - sets the language and the display preferences on the page, so nothing paints in the wrong theme or
 *   text size (main.tsx sets them again: the one-file copy has no start script);
 * - starts recording history positions, so a quick exit leaves no Aman entry behind even for links
 *   followed before the app has loaded (app/leave.ts);
 * - for a link straight to a guide, fetches that guide's pre-rendered first view and shows it
 *   (app/firstView.ts). Offline, the app needs two round trips through the service worker and its own
 *   start-up before it can paint; the first view needs one fetch, sent before any other.
 * - starts the app: at once, or when it shows a first view, once that is on screen. The build takes the
 *   app's script tags out of the page and gives their addresses here: fetched and compiled while the
 *   first view is on its way, the app's code held the first view's paint back on a phone's few cores.
 * Until the app takes over, the first view's controls are answered here: Exit and Escape leave at once,
 * the skip link moves focus, and a language pressed meanwhile is pressed again by the app.
 * Web build only. Every byte here is on the first screen: import nothing that pulls more in.
 */
import { applyDisplay } from './app/display';
import { firstViewFor } from './app/firstView';
import { hidePage, leave, neutralUrl, trackHistoryPosition } from './app/leave';
import { pickLanguage } from './lib/langs';
import { loadPrefs } from './lib/prefs';

/** The app's entry script and the modules it imports, as the build wrote them (scripts/prerender.ts). */
declare const __APP_ENTRY__: string;
declare const __APP_PRELOAD__: string[];

/**
 * The longest the app waits for a first view before starting anyway. Offline a first view is on screen
 * within about 100 ms even on this project's slow test machine.
 */
const WAIT_LIMIT_MS = 300;

/**
 * The last button pressed on the first view (a language: Exit is answered here), for the app to press
 * again once it has taken over. Only the last: pressed again one after another, the languages would
 * switch in whatever order their strings loaded, not the order the person chose.
 */
let pressed: Element | null = null;

function exit(): void {
  hidePage();
  leave(neutralUrl(false));
}

/** Answers the first view's controls until the app takes over (capture phase: before anything else). */
function onInput(e: Event): void {
  if (e.type === 'keydown') {
    if ((e as KeyboardEvent).key === 'Escape') exit();
    return;
  }
  const control = (e.target as Element).closest('button, .skip');
  if (!control) return;
  e.preventDefault();
  if (control.matches('.exit')) exit();
  else if (control.matches('.skip')) document.getElementById('main')?.focus();
  else pressed = control;
}

/**
 * Shows a first view; settles once it is on screen, at once when there is none to show, and after
 * WAIT_LIMIT_MS whatever happens. Never rejects: the app starts when it settles.
 */
function showFirstView(file: string | null): Promise<void> {
  if (!file) return Promise.resolve();
  return new Promise<void>((settle) => {
    setTimeout(settle, WAIT_LIMIT_MS);
    const show = (html: string) => {
      const app = document.getElementById('app');
      // Once the app has rendered, the page is its own: a late first view must not cover it. And only a
      // first view: a host that answers a missing file with its index page must not have it shown.
      if (!html.startsWith('<div class="app">') || !app || app.firstChild) return settle();
      app.innerHTML = html;
      addEventListener('click', onInput, true);
      addEventListener('keydown', onInput, true);
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

/** Loads and runs the app, its imports fetched alongside rather than one after the other. */
function startApp(): void {
  for (const href of __APP_PRELOAD__) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  // A copy missing the app's code keeps what the start script shows (a first view, with a working Exit).
  import(/* @vite-ignore */ __APP_ENTRY__).catch(() => {});
}

let firstView = Promise.resolve();
try {
  const prefs = loadPrefs();
  const lang = pickLanguage({
    param: new URLSearchParams(location.search).get('lang'),
    saved: prefs.lang,
    browser: navigator.languages,
  });
  document.documentElement.lang = lang;
  applyDisplay(prefs);
  trackHistoryPosition();
  firstView = showFirstView(firstViewFor(location.hash, lang));
} finally {
  // Whatever went wrong above, the app must start: it sets language and display again itself.
  window.amanStart = {
    takeOver() {
      removeEventListener('click', onInput, true);
      removeEventListener('keydown', onInput, true);
      return pressed;
    },
  };
  void firstView.then(startApp);
}
