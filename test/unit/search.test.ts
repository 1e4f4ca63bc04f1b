import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildIndex, search, sectionText, tokenize, type SearchHit } from '../../src/lib/search';
import type { Lang } from '../../src/features/guides/types';
import { ALL_GUIDES, cite, guideText, link, makeGuide, b, p, tel, ul } from './fixtures/guides';

const index = buildIndex(ALL_GUIDES);
const where = (hits: SearchHit[]) => hits.map((h) => `${h.guideId}/${h.sectionId}`);
const matches = (hits: SearchHit[]) => hits.map((h) => h.snippet.match);

describe('tokenize', () => {
  test('keeps Kazakh letters, digits and inner apostrophes inside words', () => {
    expect(tokenize('Құқығыңыз — ҚР ҚПК, 131-бап; officer’s “ok”').map((t) => t.word)).toEqual([
      'Құқығыңыз',
      'ҚР',
      'ҚПК',
      '131',
      'бап',
      'officer’s',
      'ok',
    ]);
  });
});

describe('sectionText', () => {
  test('flattens blocks into lines; citations give their label, phone links their number', () => {
    const text = sectionText([
      p('Call ', tel('112'), ' or ', b('ask'), ' for ', link('#/guides/detained', 'help'), '.'),
      ul(['Privacy is protected', cite('Constitution, art. 18', 'const 18')], 'Second   item'),
    ]);
    expect(text).toBe('Call 112 or ask for help.\nPrivacy is protected Constitution, art. 18\nSecond item');
  });
});

describe('Kazakh', () => {
  test('"телефонымды" finds a bare "телефон"', () => {
    const hits = search(index, 'телефонымды', 'kk');
    expect(matches(hits)).toContain('Телефон');
    expect(where(hits)).toContain('phone-check/steps');
  });

  test('a possessive-plus-case form finds other inflections', () => {
    const hits = search(index, 'адвокатыңызға', 'kk');
    expect(new Set(matches(hits))).toEqual(new Set(['Адвокат', 'адвокат', 'Адвокатсыз', 'Адвокаттың']));
  });

  test('a verb form finds other forms of the same verb', () => {
    // "Ұстаған" is in the summary of the guide whose title ("Мені ұстады") already stands for it.
    expect(matches(search(index, 'ұстау', 'kk'))).toEqual(expect.arrayContaining(['ұстады', 'Ұсталған']));
    expect(matches(search(index, 'ұстаған', 'kk'))).toEqual(expect.arrayContaining(['ұстады', 'Ұсталған']));
  });
});

describe('Russian', () => {
  test.each(['телефон', 'телефона', 'телефоны', 'телефоном', 'Телефонами'])('%s finds every case form', (q) => {
    expect(new Set(matches(search(index, q, 'ru')))).toEqual(new Set(['телефон', 'телефону', 'телефона']));
  });

  test('"задержание" finds "задержали", "задержания", "Задержанный"', () => {
    expect(matches(search(index, 'задержание', 'ru'))).toEqual(
      expect.arrayContaining(['задержали', 'задержания', 'Задержанный']),
    );
  });

  test('ё and е are the same letter', () => {
    const steps = ['Приём жалоб ведёт прокурор.'];
    const guides = [makeGuide({ id: 'g', lang: 'ru', title: 'Т', sections: { steps } })];
    expect(matches(search(buildIndex(guides), 'прием', 'ru'))).toEqual(['Приём']);
    expect(matches(search(buildIndex(guides), 'ведет', 'ru'))).toEqual(['ведёт']);
  });
});

describe('English', () => {
  test('a plural finds the singular and the other way round', () => {
    expect(matches(search(index, 'phones', 'en'))).toContain('phone');
    expect(matches(search(index, 'phone', 'en'))).toContain('phones');
  });

  test('citations and phone numbers are searchable', () => {
    expect(where(search(index, '254', 'en'))).toEqual(['phone-check/rights']);
    expect(search(index, '112', 'en').map((h) => h.snippet)).toEqual([
      { before: 'In danger, call ', match: '112', after: '.' },
    ]);
  });

  test('only guides in the asked language are searched', () => {
    expect(search(index, 'телефон', 'en')).toEqual([]);
    expect(search(index, 'phone', 'ru')).toEqual([]);
    expect(search(buildIndex([]), 'phone', 'en')).toEqual([]);
  });
});

describe('ranking', () => {
  const guides = [
    makeGuide({
      id: 'a',
      lang: 'en',
      order: 1,
      title: 'Alpha',
      sections: {
        summary: ['Nothing relevant here.'],
        steps: ['Write down the names and then call a lawyer.'],
        rights: ['A lawyer may be present.'],
      },
    }),
    makeGuide({ id: 'b', lang: 'en', order: 2, title: 'Ask for a lawyer', sections: { summary: ['A lawyer.'] } }),
    makeGuide({ id: 'c', lang: 'en', order: 3, title: 'Gamma', sections: { summary: ['Call a lawyer now.'] } }),
  ];
  const idx = buildIndex(guides);

  test('title, then summary, then other sections; earlier before later', () => {
    const hits = search(idx, 'lawyer', 'en');
    expect(where(hits)).toEqual(['b/summary', 'c/summary', 'a/rights', 'a/steps']);
    // The title hit stands for its guide's summary, which is not listed twice.
    expect(hits[0]!.snippet).toEqual({ before: 'Ask for a ', match: 'lawyer', after: '' });
  });

  test('scores never increase down the list', () => {
    for (const q of ['lawyer', 'call lawyer', 'names lawyer present']) {
      const scores = search(idx, q, 'en').map((h) => h.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
  });

  test('the OR fallback puts sections matching more query words first within a tier', () => {
    // No section has all three words; a/steps has two of them, a/rights one.
    expect(where(search(idx, 'names lawyer present write', 'en')).slice(-2)).toEqual(['a/steps', 'a/rights']);
  });

  test('limit cuts the list', () => {
    expect(search(idx, 'lawyer', 'en', 2)).toHaveLength(2);
    expect(search(idx, 'lawyer', 'en', 0)).toEqual([]);
  });
});

describe('AND, then OR', () => {
  test('all query words must match in one section when some section has them all', () => {
    expect(where(search(index, 'телефон адвокат', 'ru'))).toEqual(['phone-check/summary', 'detained/summary']);
    expect(where(search(index, 'detained phone', 'en'))).toEqual(['detained/rights']);
  });

  test('when no section has them all, any match counts', () => {
    const hits = search(index, 'телефон жираф', 'ru');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(matches(hits))).toEqual(new Set(['телефон', 'телефону', 'телефона']));
  });

  test('a query matching nothing finds nothing', () => {
    expect(search(index, 'жираф', 'ru')).toEqual([]);
  });
});

describe('queries that mean nothing', () => {
  test.each<[string, Lang]>([
    ['', 'en'],
    ['   ', 'kk'],
    ['?!…—', 'ru'],
    ['и в на что', 'ru'],
    ['the of and to', 'en'],
    ['және мен бұл', 'kk'],
  ])('%j (%s) gives no hits', (q, lang) => {
    expect(search(index, q, lang)).toEqual([]);
  });

  test('stop words next to real words are ignored', () => {
    expect(where(search(index, 'the phone', 'en'))).toEqual(where(search(index, 'phone', 'en')));
  });
});

describe('snippets', () => {
  const line =
    'Before you answer any question at all, say calmly and clearly that you want a lawyer present ' +
    'and then stay silent until one arrives.';
  const steps = [line, 'Next paragraph.'];
  const idx = buildIndex([makeGuide({ id: 'g', lang: 'en', title: 'T', sections: { steps } })]);

  test('about 60 characters around the match, cut at word boundaries, with ellipses', () => {
    const [hit] = search(idx, 'lawyers', 'en');
    const { before, match, after } = hit!.snippet;
    expect(match).toBe('lawyer');
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    const inner = before.slice(1) + match + after.slice(0, -1);
    expect(line).toContain(inner);
    expect(inner.length).toBeGreaterThan(40);
    expect(inner.length).toBeLessThanOrEqual(60);
    // Whole words only: the excerpt starts after a space and ends before one.
    expect(line[line.indexOf(inner) - 1]).toBe(' ');
    expect(line[line.indexOf(inner) + inner.length]).toBe(' ');
  });

  test('keeps the original case and never crosses into the next paragraph', () => {
    const [hit] = search(idx, 'arrive', 'en');
    expect(hit!.snippet.match).toBe('arrives');
    expect(hit!.snippet.after).toBe('.');
    expect(hit!.snippet.before.startsWith('…')).toBe(true);
  });

  test('a match at the start of a line has nothing before it', () => {
    const [hit] = search(idx, 'next', 'en');
    expect(hit!.snippet).toEqual({ before: '', match: 'Next', after: ' paragraph.' });
  });

  test('a match longer than the window stands alone', () => {
    const long = 'x'.repeat(80);
    const i = buildIndex([makeGuide({ id: 'g', lang: 'en', title: 'T', sections: { steps: [`a b ${long} c d`] } })]);
    expect(search(i, long, 'en')[0]!.snippet).toEqual({ before: '…', match: long, after: '…' });
  });
});

describe('properties', () => {
  const words = ALL_GUIDES.flatMap((g) => tokenize(guideText(g)).map((t) => t.word));
  const query = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 6 })
      .chain((ws) => fc.constantFrom(ws.join(' '), ws.join(''), ws.join(', ').toUpperCase())),
  );
  const lang = fc.constantFrom<Lang>('kk', 'ru', 'en');
  const textOf = new Map(ALL_GUIDES.map((g) => [`${g.lang}/${g.id}`, guideText(g)]));

  test('search never throws; every snippet match is a non-empty piece of its guide', () => {
    fc.assert(
      fc.property(query, lang, fc.integer({ min: -1, max: 30 }), (q, l, limit) => {
        const hits = search(index, q, l, limit);
        expect(hits.length).toBeLessThanOrEqual(Math.max(limit, 0));
        for (const hit of hits) {
          const text = textOf.get(`${l}/${hit.guideId}`)!;
          expect(hit.snippet.match.length).toBeGreaterThan(0);
          expect(text).toContain(hit.snippet.match);
          const inner = hit.snippet.before.replace(/^…/, '') + hit.snippet.match + hit.snippet.after.replace(/…$/, '');
          expect(text.replace(/\s+/g, ' ')).toContain(inner);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a word of a guide always finds that guide', () => {
    const kk = ALL_GUIDES.filter((g) => g.lang === 'kk');
    const kkWords = kk.flatMap((g) => tokenize(guideText(g)).map((t) => t.word)).filter((w) => w.length > 4);
    fc.assert(
      fc.property(fc.constantFrom(...kkWords), (w) => {
        expect(search(index, w, 'kk', 100).length).toBeGreaterThan(0);
      }),
    );
  });
});

test('the officer card section is not searched (it is not shown on the guide page)', () => {
  const g = makeGuide({ id: 'x', lang: 'en', title: 'Title', sections: { summary: ['Stay calm.'], card: ['zebra lawyer'] } });
  expect(search(buildIndex([g]), 'zebra', 'en')).toEqual([]);
});
