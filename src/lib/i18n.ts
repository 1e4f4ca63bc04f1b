/**
 * i18next set-up. Strings come in two parts per language, each its own lazy chunk precached by the service
 * worker: `ui.json` (shell and home: all the first screen needs) loads at start; `screens.json` (every
 * other screen) loads with the first other screen. Only the active language loads; switching works offline.
 */
import i18next, { type Resource } from 'i18next';
import type en from '../../locales/en/ui.json';
import type enScreens from '../../locales/en/screens.json';
import type { Lang } from './langs';

declare module 'i18next' {
  // Keys are typed against the English files; a unit test keeps the three languages identical in shape.
  interface CustomTypeOptions {
    resources: { translation: typeof en & typeof enScreens };
    returnNull: false;
  }
}

type Strings = Resource[string];
type Part = 'ui' | 'screens';

/** One lazy chunk per language and part, found at build time. */
const loaders = import.meta.glob<Strings>('../../locales/*/*.json', { import: 'default' });

/** Loads one part of a language's interface strings (from the precache when offline). */
export function loadStrings(lang: Lang, part: Part = 'ui'): Promise<Strings> {
  const load = loaders[`../../locales/${lang}/${part}.json`];
  if (!load) throw new Error(`no ${part} strings for ${lang}`);
  return load();
}

/** Whether screens' strings are wanted: once any screen beyond home opened, every language switch loads them. */
let screensWanted = false;

const loadedParts = new Set<string>();

/** Settles when the latest `initI18n` has: strings may be fetched before, but are added only after. */
let initialized: Promise<unknown> = Promise.resolve();

async function ensureParts(lang: Lang): Promise<void> {
  const parts: Part[] = screensWanted ? ['ui', 'screens'] : ['ui'];
  const missing = parts.filter((p) => !loadedParts.has(`${lang}/${p}`));
  const loaded = await Promise.all(missing.map((p) => loadStrings(lang, p)));
  await initialized;
  missing.forEach((p, i) => {
    i18next.addResourceBundle(lang, 'translation', loaded[i]!, true, true);
    loadedParts.add(`${lang}/${p}`);
  });
}

/**
 * Loads every string of a language without switching to it: an SMS can be written in another language
 * than the interface's. Use `fixedT(lang)` afterwards.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  const missing = (['ui', 'screens'] as Part[]).filter((p) => !loadedParts.has(`${lang}/${p}`));
  const loaded = await Promise.all(missing.map((p) => loadStrings(lang, p)));
  missing.forEach((p, i) => {
    i18next.addResourceBundle(lang, 'translation', loaded[i]!, true, true);
    loadedParts.add(`${lang}/${p}`);
  });
}

/** Whether `loadLanguage(lang)` has completed (so `fixedT(lang)` gives real strings). */
export function isLanguageLoaded(lang: Lang): boolean {
  return loadedParts.has(`${lang}/ui`) && loadedParts.has(`${lang}/screens`);
}

/** A translate function for one language, whatever the interface language is. */
export function fixedT(lang: Lang) {
  return i18next.getFixedT(lang);
}

/**
 * Makes sure the strings of screens beyond home are loaded; lazy screens await this before rendering.
 * Given the language, it may start while `initI18n` is still loading (the first screen of a visit).
 */
export async function ensureScreenStrings(lang: Lang = currentLang()): Promise<void> {
  screensWanted = true;
  await ensureParts(lang);
}

/** Initialises i18next with the first language; call once before the first render. */
export function initI18n(lang: Lang): Promise<void> {
  screensWanted = false;
  loadedParts.clear();
  const done = init(lang);
  initialized = done.catch(() => {});
  return done;
}

async function init(lang: Lang): Promise<void> {
  const translation = await loadStrings(lang);
  await i18next.init({
    lng: lang,
    // No fallback: every language is complete (tested), and a silent English fallback would hide a gap.
    fallbackLng: false,
    resources: { [lang]: { translation } },
    // Preact escapes text already.
    interpolation: { escapeValue: false },
    // Keys are paths in the JSON files ("home.call"), never "namespace:key". Said explicitly, i18next
    // skips guessing, for every string, whether a key is a path or a sentence (a regular expression test
    // that was a tenth of rendering a guide).
    keySeparator: '.',
    nsSeparator: false,
    returnNull: false,
    // A key built at run time (a role, an error code) that has no string would show as raw text: in
    // development and tests, fail loudly instead (screens render only after their strings loaded).
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`missing interface string: ${key}`);
    },
  });
  loadedParts.add(`${lang}/ui`);
}

/** Switches language, loading its strings first so nothing renders half-translated. */
export async function changeLanguage(lang: Lang): Promise<void> {
  await ensureParts(lang);
  await i18next.changeLanguage(lang);
}

/** The interface language now in use. */
export function currentLang(): Lang {
  return i18next.language as Lang;
}

/** The translate function, bound to the current language. */
export const t = i18next.t.bind(i18next);

/** Lets components re-render when the language changes. */
export function onLanguageChanged(fn: (lang: string) => void): () => void {
  i18next.on('languageChanged', fn);
  return () => i18next.off('languageChanged', fn);
}
