/**
 * All three languages are first-class: every interface string exists, non-empty, in each, with the plural
 * forms that language needs and the same {{placeholders}}.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const LANGS = ['kk', 'ru', 'en'] as const;
type Tree = { [key: string]: string | Tree };
const PARTS = ['ui', 'screens'] as const;
const part = (lang: string, name: string) => JSON.parse(readFileSync(`locales/${lang}/${name}.json`, 'utf8')) as Tree;
/** Both parts of a language, as the app merges them. */
const load = (lang: string): Tree => Object.assign({}, ...PARTS.map((p) => part(lang, p)));

test('no top-level group is split across ui.json and screens.json (one would hide the other)', () => {
  for (const lang of LANGS) {
    const ui = Object.keys(part(lang, 'ui'));
    const screens = Object.keys(part(lang, 'screens'));
    expect(ui.filter((k) => screens.includes(k)), lang).toEqual([]);
    // Each part has the same groups in every language.
    expect(ui.sort()).toEqual(Object.keys(part('en', 'ui')).sort());
  }
});

/** Flattens nested keys to "a.b.c" → value. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys with plural suffixes stripped, so languages with different plural categories compare equal. */
function baseKeys(strings: Map<string, string>): Set<string> {
  return new Set([...strings.keys()].map((k) => k.replace(PLURAL, '')));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(LANGS)('%s', (lang) => {
  const strings = flatten(load(lang));
  const en = flatten(load('en'));

  test('has every key the others have, and no extra', () => {
    for (const other of LANGS) {
      expect([...baseKeys(strings)].sort()).toEqual([...baseKeys(flatten(load(other)))].sort());
    }
  });

  test('no empty strings', () => {
    for (const [key, value] of strings) expect(value.trim(), key).not.toBe('');
  });

  test('plural keys have exactly the forms this language uses', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plural = [...strings.keys()].filter((k) => PLURAL.test(k));
    const bases = new Set(plural.map((k) => k.replace(PLURAL, '')));
    for (const base of bases) {
      const forms = plural.filter((k) => k.replace(PLURAL, '') === base).map((k) => k.match(PLURAL)![1]);
      expect(forms.sort(), base).toEqual([...categories].sort());
    }
  });

  test('placeholders match English', () => {
    for (const [key, value] of strings) {
      const enValue = en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
      expect(placeholders(value), key).toEqual(placeholders(enValue ?? ''));
    }
  });
});
