import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCitation, LAW_KEYS, LAWS, parseArticleRef, renderCitation } from '../../scripts/content/laws';

const README = readFileSync(new URL('../../locales/README.md', import.meta.url), 'utf8');
/** Rows of the README's "Citation keys" table: key and example. */
const readmeRows = [...README.matchAll(/^\| `([a-z]+)` \|.*\| `(\[\[.*\]\])` \|$/gm)].map((m) => ({ key: m[1]!, example: m[2]! }));

describe('the registry matches locales/README.md', () => {
  test('the same keys, in the same order', () => {
    expect(readmeRows.map((r) => r.key)).toEqual(LAW_KEYS);
  });

  test.each(readmeRows)('the README example $example is accepted', ({ example }) => {
    const [key, ref] = example.slice(2, -2).split(' ') as [string, string | undefined];
    expect(checkCitation(key, ref)).toBeNull();
  });
});

describe('rendering', () => {
  const cases: [string, string | undefined, 'kk' | 'ru' | 'en', string, string][] = [
    ['cpc', '254(1)', 'en', 'CPC art. 254(1)', 'Criminal Procedure Code of Kazakhstan, article 254, part 1'],
    ['cpc', '254(1)', 'ru', 'УПК РК, ст. 254 ч. 1', 'Уголовно-процессуальный кодекс Республики Казахстан, статья 254, часть 1'],
    ['cpc', '254(1)', 'kk', 'ҚР ҚПК 254-бабы 1-бөлігі', 'Қазақстан Республикасының Қылмыстық-процестік кодексі, 254-бап, 1-бөлік'],
    ['const', '21(1)', 'en', 'Constitution art. 21(1)', 'Constitution of the Republic of Kazakhstan (2026), article 21, paragraph 1'],
    ['const', '21(1)', 'ru', 'Конституция, ст. 21 п. 1', 'Конституция Республики Казахстан (2026), статья 21, пункт 1'],
    ['const', '21(1)', 'kk', 'Конституцияның 21-бабы 1-тармағы', 'Қазақстан Республикасының Конституциясы (2026), 21-бап, 1-тармақ'],
    ['aoc', '789', 'kk', 'ҚР ӘҚБтК 789-бабы', 'Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексі, 789-бап'],
    ['sel', '15(3)', 'ru', 'Закон «О чрезвычайном положении», ст. 15 п. 3', 'Закон Республики Казахстан «О чрезвычайном положении» от 8 февраля 2003 года № 387-II, статья 15, пункт 3'],
    ['comm', '41-1', 'kk', '«Байланыс туралы» Заңның 41-1-бабы', '«Байланыс туралы» Қазақстан Республикасының Заңы, 41-1-бап'],
    ['report', '8', 'en', 'Shutdown 2022 report, ch. 8', '“Qazaqstan Shutdown 2022” special report, chapter 8: Phone checks during the state of emergency'],
    ['report', '8', 'ru', 'Доклад «Qazaqstan Shutdown 2022», гл. 8', 'Специальный доклад «Qazaqstan Shutdown 2022», глава 8: Проверка телефонов во время чрезвычайного положения'],
    ['report', '8', 'kk', '«Qazaqstan Shutdown 2022» баяндамасы, 8-тарау', '«Qazaqstan Shutdown 2022» арнайы баяндамасы, 8-тарау: Төтенше жағдай кезінде телефондарды тексеру'],
  ];
  test.each(cases)('[[%s %s]] in %s', (key, ref, lang, cite, full) => {
    expect(renderCitation(key, ref, lang)).toEqual({ cite, full, key: `${key} ${ref}` });
  });

  test('whole documents and seeds have a name in every language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const [key, ref] of [['pal'], ['hrc'], ['seed', '000'], ['seed', '003']] as [string, string?][]) {
        const c = renderCitation(key, ref, lang);
        expect(c.cite).not.toBe(c.key);
        expect(c.full.length).toBeGreaterThanOrEqual(c.cite.length);
      }
    }
  });

  test('every name of every source is filled in, in every language', () => {
    for (const src of Object.values(LAWS)) {
      const all = 'docs' in src ? Object.values(src.docs) : [src.names];
      for (const names of all) for (const n of Object.values(names)) expect(n.short && n.full).toBeTruthy();
    }
  });
});

describe('checking', () => {
  test('whitelisted articles are well formed and a part of one is accepted', () => {
    for (const src of Object.values(LAWS)) {
      if (src.kind === 'article') for (const a of src.articles) expect(parseArticleRef(a), a).toEqual({ article: a });
    }
    expect(checkCitation('cpc', '64(3)')).toBeNull();
    expect(checkCitation('sel', '14-1(10)')).toBeNull();
  });

  test.each(['0', '254()', '(1)', '254(1)(2)', '254.1', '41-', 'x'])('rejects the malformed reference %s', (ref) => {
    expect(checkCitation('cpc', ref)).toMatch(/malformed/);
  });

  test('1995 Constitution numbers are not accepted for the 2026 Constitution', () => {
    expect(checkCitation('const', '13(3)')).toMatch(/not in the verified list/);
  });
});
