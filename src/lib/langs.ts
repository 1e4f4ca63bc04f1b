/** The languages Aman ships and how the first one is chosen. Pure: no DOM, no storage. */
/** Language codes Aman ships, Kazakh first (the default). */
export type Lang = 'kk' | 'ru' | 'en';

/** All languages, Kazakh first: it is the default. */
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** Each language's own name, written in that language, for the switcher. */
export const LANG_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Narrowing guard for values from URLs and storage. */
export function isLang(value: unknown): value is Lang {
  return value === 'kk' || value === 'ru' || value === 'en';
}

/**
 * Picks the interface language: an explicit `?lang=` (a volunteer's link) wins, then the person's saved
 * choice, then the browser's languages; Kazakh when the browser asks for neither Russian nor English.
 */
export function pickLanguage(input: {
  param?: string | null;
  saved?: string | null;
  browser?: readonly string[];
}): Lang {
  if (isLang(input.param)) return input.param;
  if (isLang(input.saved)) return input.saved;
  for (const tag of input.browser ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'kk') return 'kk';
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'kk';
}
