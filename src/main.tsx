/**
 * Entry: choose the language, apply display preferences, render, then register the service worker.
 * Part of the first screen's bundle: keep it tiny.
 */
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App';
import { applyDisplay, prefsStore, rememberLanguage } from './app/preferences';
import { startServiceWorker } from './app/sw';
import { initI18n } from './lib/i18n';
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
  applyDisplay(prefs);
  document.documentElement.lang = lang;
  await initI18n(lang);
  render(<App lang={lang} />, document.getElementById('app')!);
  startServiceWorker();
}

void start();
