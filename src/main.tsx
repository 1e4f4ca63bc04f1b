/**
 * Entry: choose the language, apply display preferences, render, then register the service worker.
 * Part of the first screen's bundle: keep it tiny. In the web build the start script (src/boot.ts) loads
 * it; in the one-file copy it is the page's own script.
 */
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App';
import { preloadScreen } from './app/Lazy';
import { parseHash } from './app/router';
import { isLazy } from './app/screens';
import { applyDisplay } from './app/display';
import { prefsStore, rememberLanguage } from './app/preferences';
import { startServiceWorker } from './app/sw';
import { initI18n } from './lib/i18n';
import { setPersistence } from './lib/persistence';
import { isAndroidWebView } from './lib/platform';
import { isLang, pickLanguage } from './lib/langs';

async function start(): Promise<void> {
  const prefs = prefsStore.get();
  const url = new URL(location.href);
  const param = url.searchParams.get('lang');
  const lang = pickLanguage({ param, saved: prefs.lang, browser: navigator.languages });
  if (isLang(param)) {
    // A volunteer's link in a given language: remember it, then drop it from the address so a later
    // switch in the app is not undone by the next reload.
    rememberLanguage(lang);
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  // The one-file copy in a browser shares storage with every local HTML file: keep data in memory there
  // unless the person opted in. Inside the Android app, storage is private to the app.
  setPersistence(!__IS_SINGLE_FILE__ || isAndroidWebView() || prefs.keepInFile);
  applyDisplay(prefs);
  document.documentElement.lang = lang;
  // A link straight to another screen (a guide, say): load that screen, its strings and its text before
  // the first render, so the first paint shows the words themselves, not "Loading…" that they then
  // replace, pushing the page down. Everything is requested at once, with home's strings: offline, each
  // request waiting for another costs a round trip through the service worker before the first paint.
  const route = parseHash(location.hash);
  const strings = initI18n(lang);
  const screen = isLazy(route) ? preloadScreen(route, lang) : undefined;
  await strings;
  await screen;
  // Over a guide's pre-rendered first view, if the start script showed one (src/boot.ts): render reuses
  // its elements, so nothing on screen moves.
  render(<App lang={lang} />, document.getElementById('app')!);
  // A button pressed on the first view before this render: the app's own now, pressed again.
  const pressed = window.amanStart?.takeOver();
  if (pressed?.isConnected) (pressed as HTMLElement).click();
  startServiceWorker();
}

void start();
