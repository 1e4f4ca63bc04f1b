/**
 * i18next set-up. Only the active language's strings load at start; the others are separate chunks that
 * the service worker precaches, so switching language works offline too.
 */
import i18next, { type Resource } from 'i18next';
import type en from '../../locales/en/ui.json';
import type { Lang } from './langs';

declare module 'i18next' {
  // Keys are typed against the English file; a unit test keeps the three files identical in shape.
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}

type Strings = Resource[string];

/** One lazy chunk per language, found at build time. */
const loaders = import.meta.glob<Strings>('../../locales/*/ui.json', { import: 'default' });

/** Loads a language's interface strings (from the precache when offline). */
export function loadStrings(lang: Lang): Promise<Strings> {
  const load = loaders[`../../locales/${lang}/ui.json`];
  if (!load) throw new Error(`no strings for ${lang}`);
  return load();
}

/** Initialises i18next with the first language; call once before the first render. */
export async function initI18n(lang: Lang): Promise<void> {
  const translation = await loadStrings(lang);
  await i18next.init({
    lng: lang,
    // No fallback: every language is complete (tested), and a silent English fallback would hide a gap.
    fallbackLng: false,
    resources: { [lang]: { translation } },
    // Preact escapes text already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches language, loading its strings first so nothing renders half-translated. */
export async function changeLanguage(lang: Lang): Promise<void> {
  if (!i18next.hasResourceBundle(lang, 'translation')) {
    i18next.addResourceBundle(lang, 'translation', await loadStrings(lang));
  }
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
