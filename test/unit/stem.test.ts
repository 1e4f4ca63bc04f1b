import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeWord, stem, type StemLang } from '../../src/lib/stem';
import { stemsMatch } from '../../src/lib/search';

/** Asserts that all words reduce to the same stem, and returns it. */
function sameStem(lang: StemLang, words: string[]): string {
  const stems = words.map((w) => stem(w, lang));
  expect(new Set(stems), `${words.join(', ')} → ${stems.join(', ')}`).toHaveProperty('size', 1);
  return stems[0]!;
}

describe('normalizeWord', () => {
  test('lower-cases and folds ё to е', () => {
    expect(normalizeWord('ЁЛКА')).toBe('елка');
    expect(normalizeWord('Ещё')).toBe('еще');
  });

  test('composes a decomposed ё before folding it', () => {
    expect(normalizeWord('е\u0308ж')).toBe('еж');
  });

  test('turns Latin look-alikes into Cyrillic only inside a Cyrillic word', () => {
    expect(normalizeWord('ki\u0442ап')).toBe('кітап'); // Latin k, i typed on a Russian layout
    expect(normalizeWord('police')).toBe('police');
  });
});

describe('Kazakh', () => {
  test('possessive, case and plural endings come off a noun', () => {
    expect(sameStem('kk', ['телефонымды', 'телефонды', 'телефон', 'телефоны', 'телефонының', 'телефонда'])).toBe(
      'телефон',
    );
    expect(sameStem('kk', ['телефонында', 'телефоныма', 'телефонын', 'телефондар', 'телефондарымыз'])).toBe('телефон');
    expect(sameStem('kk', ['адвокат', 'адвокатқа', 'адвокаттың', 'адвокатпен', 'адвокатсыз', 'адвокатыңыз'])).toBe(
      'адвокат',
    );
    expect(sameStem('kk', ['полиция', 'полицияға', 'полицияның', 'полицияда'])).toBe('полиция');
  });

  test('several suffixes in a row are stripped, but each slot only once', () => {
    expect(stem('құқықтарымызды', 'kk')).toBe('құқық');
    expect(stem('қаласында', 'kk')).toBe('қала');
    // "тергеу" ends like the verbal noun; the dative comes off, the root stays.
    expect(stem('тергеуге', 'kk')).toBe('терге');
  });

  test('a voiced final consonant left by a vowel suffix is devoiced', () => {
    expect(sameStem('kk', ['құқық', 'құқығы', 'құқығыңыз'])).toBe('құқық');
    expect(sameStem('kk', ['кітап', 'кітабы'])).toBe('кітап');
  });

  test('common verb forms meet (best effort)', () => {
    expect(sameStem('kk', ['ұстау', 'ұстаған', 'ұстады', 'ұстайды', 'ұстауға'])).toBe('ұста');
  });

  test('keeps at least three letters', () => {
    expect(stem('заңға', 'kk')).toBe('заң');
    expect(stem('заң', 'kk')).toBe('заң');
    expect(stem('оны', 'kk')).toBe('оны');
  });

  test('a word ending like a suffix after a non-possessive letter keeps it', () => {
    expect(stem('машина', 'kk')).toBe('машина'); // -на only after the possessive ы/і
  });
});

describe('Russian', () => {
  test('noun case endings', () => {
    expect(sameStem('ru', ['телефон', 'телефона', 'телефоны', 'телефоном', 'телефону', 'телефоне', 'телефонов'])).toBe(
      'телефон',
    );
    expect(sameStem('ru', ['телефонами', 'телефонах'])).toBe('телефон');
    expect(sameStem('ru', ['полиция', 'полиции', 'полицию', 'полицией'])).toBe('полиц');
  });

  test('-ие nouns and adjectives', () => {
    expect(sameStem('ru', ['задержание', 'задержании', 'задержания', 'задержанием', 'задержан'])).toBe('задержан');
    expect(sameStem('ru', ['личный', 'личного', 'личному', 'личных', 'личные', 'личная'])).toBe('личн');
  });

  test('verb endings; short past endings only after а/я', () => {
    expect(stem('задержали', 'ru')).toBe('задержа');
    expect(stem('задержать', 'ru')).toBe('задержа');
    expect(stem('задерживаться', 'ru')).toBe('задержива');
    expect(stem('стола', 'ru')).toBe('стол');
    expect(stem('совет', 'ru')).toBe('совет');
  });

  test('ё and upper case do not matter', () => {
    expect(stem('ЁЛКОЙ', 'ru')).toBe(stem('елкой', 'ru'));
  });

  test('keeps at least three letters', () => {
    expect(stem('суда', 'ru')).toBe('суд');
    expect(stem('она', 'ru')).toBe('она');
  });
});

describe('English', () => {
  test('plurals and verb endings', () => {
    expect(sameStem('en', ['phone', 'phones', 'phoning', 'phoned'])).toBe('phon');
    expect(sameStem('en', ['right', 'rights'])).toBe('right');
    expect(sameStem('en', ['search', 'searches', 'searched', 'searching'])).toBe('search');
    expect(sameStem('en', ['party', 'parties'])).toBe('party');
    expect(sameStem('en', ['stop', 'stopped', 'stopping'])).toBe('stop');
    expect(stem('immediately', 'en')).toBe(stem('immediate', 'en'));
  });

  test('leaves short words and -ss/-us/-is alone', () => {
    for (const w of ['address', 'status', 'this', 'bring', 'sing', 'need']) expect(stem(w, 'en')).toBe(w);
  });

  test('drops the possessive and apostrophes', () => {
    expect(stem("officer's", 'en')).toBe('officer');
    expect(stem('Officer’s', 'en')).toBe('officer');
  });
});

describe('stems that do not meet exactly meet through the prefix rule', () => {
  test.each([
    ['ru', 'задержали', 'задержание'],
    ['ru', 'права', 'правило'],
    ['kk', 'тергеу', 'тергеуші'],
    ['kk', 'машина', 'машинам'],
    ['en', 'family', 'families'],
  ] as const)('%s: %s ~ %s', (lang, a, b) => {
    expect(stemsMatch(stem(a, lang), stem(b, lang))).toBe(true);
  });
});

describe('properties', () => {
  const langs = fc.constantFrom<StemLang>('kk', 'ru', 'en');
  const word = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.stringMatching(/^[а-яёәғқңөұүһі]{1,16}$/),
    fc.stringMatching(/^[a-z']{1,16}$/),
  );

  test('never throws, never grows, keeps three letters of a longer word', () => {
    fc.assert(
      fc.property(word, langs, (w, lang) => {
        const n = normalizeWord(w);
        const s = stem(w, lang);
        expect(s.length).toBeLessThanOrEqual(n.length);
        if (lang !== 'en') expect(s.length).toBeGreaterThanOrEqual(Math.min(n.length, 3));
      }),
    );
  });

  test('is case-insensitive', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[а-яәғқңөұүһі]{1,16}$/), langs, (w, lang) => {
        expect(stem(w.toUpperCase(), lang)).toBe(stem(w, lang));
      }),
    );
  });

  test('a Russian stem is a prefix of the word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[а-я]{1,16}$/), (w) => {
        expect(w.startsWith(stem(w, 'ru'))).toBe(true);
      }),
    );
  });
});
