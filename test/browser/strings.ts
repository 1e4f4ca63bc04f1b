/** Interface strings per language, read from locales/ so tests assert the real text. */
import { readFileSync } from 'node:fs';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const cache = new Map<Lang, Record<string, unknown>>();

/** Looks up a dotted key ("home.title") in a language's ui.json. */
export function str(lang: Lang, key: string): string {
  let data = cache.get(lang);
  if (!data) {
    data = {
      ...(JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8')) as Record<string, unknown>),
      ...(JSON.parse(readFileSync(`locales/${lang}/screens.json`, 'utf8')) as Record<string, unknown>),
    };
    cache.set(lang, data);
  }
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], data);
  if (typeof value !== 'string') throw new Error(`no string ${key} in ${lang}`);
  return value;
}

/** Every guide id with its title per language, from the same compiler the build uses. */
export async function guideTitles(): Promise<Record<Lang, Map<string, string>>> {
  const { compileGuides } = await import('../../scripts/content/compile');
  const { guides, errors } = await compileGuides(process.cwd());
  if (errors.length) throw new Error('guide content has errors: run npm run content:check');
  const out = {} as Record<Lang, Map<string, string>>;
  for (const lang of LANGS) out[lang] = new Map(guides[lang].map((g) => [g.id, g.title]));
  return out;
}

/** Guides that have an officer card. */
export const CARD_GUIDES = ['phone-check', 'detained'];
