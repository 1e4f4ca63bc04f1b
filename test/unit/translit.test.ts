import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { transliterate } from '../../src/lib/translit';
import { isGsm7, measureSms } from '../../src/lib/sms';

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const KAZAKH = 'әғқңөұүһі';
const NEIGHBOURS = 'єїґўҗҳҷӣӯ';
const LETTERS = RUSSIAN + KAZAKH + NEIGHBOURS;
const ALL_CYRILLIC = [...LETTERS, ...LETTERS.toUpperCase()];
const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

describe('transliterate', () => {
  test('Russian alphabet', () => {
    expect(transliterate(RUSSIAN)).toBe('abvgdeyozhziyklmnoprstufkhtschshshchyeyuya');
  });

  test('Kazakh letters use the documented ASCII forms', () => {
    expect(transliterate(KAZAKH)).toBe('aeghqngoeuuehi');
    expect(transliterate('Қазақстан Республикасы')).toBe('Qazaqstan Respublikasy');
    expect(transliterate('Әділет министрлігі')).toBe('Aedilet ministrligi');
    expect(transliterate('Мені ұстады, көмектесіңіз')).toBe('Meni ustady, koemektesingiz');
    expect(transliterate('Ғалым Өтеген Үміт Ұлан Һ')).toBe('Ghalym Oetegen Uemit Ulan H');
  });

  test('case: title case in ordinary words, capitals in capital words', () => {
    expect(transliterate('Жанар')).toBe('Zhanar');
    expect(transliterate('ЖАНАР')).toBe('ZHANAR');
    expect(transliterate('ЖЖ')).toBe('ZHZH');
    expect(transliterate('Ж. Щ.')).toBe('Zh. Shch.');
    expect(transliterate('МЫЖ')).toBe('MYZH');
    expect(transliterate('ПОМОЩЬ')).toBe('POMOSHCH');
    expect(transliterate('ЮРИСТ Юрист юрист')).toBe('YURIST Yurist yurist');
    expect(transliterate('ӘКЕ Әке')).toBe('AEKE Aeke');
    expect(transliterate('Щ')).toBe('Shch');
  });

  test('hard and soft signs vanish', () => {
    expect(transliterate('съезд, ПОДЪЕЗД, жизнь')).toBe('sezd, PODEZD, zhizn');
  });

  test('typography becomes plain', () => {
    expect(transliterate('«Привет» “hi” „да“ ‘x’')).toBe('"Privet" "hi" "da" \'x\'');
    expect(transliterate('a – b — c − d')).toBe('a - b - c - d');
    expect(transliterate('ждите…')).toBe('zhdite...');
    expect(transliterate('№\u00a05')).toBe('No 5');
    expect(transliterate('a\u202fb\u2009c\td')).toBe('a b c d');
    expect(transliterate('`x`')).toBe("'x'");
  });

  test('invisible characters are dropped', () => {
    expect(transliterate('\ufeffпо\u00adмо\u200bщь\u2060')).toBe('pomoshch');
    expect(transliterate('пра\u0301во')).toBe('pravo'); // stress mark
    expect(transliterate('a\u0000b\u0007c\u007f')).toBe('abc');
  });

  test('decomposed й and ё are composed first', () => {
    expect(transliterate('и\u0306 е\u0308')).toBe('y yo');
  });

  test('other characters are left as they are', () => {
    expect(transliterate('ok 👍 中文 ç')).toBe('ok 👍 中文 ç');
    expect(transliterate('line1\nline2\r\n{x} [y] €5 \f')).toBe('line1\nline2\r\n{x} [y] €5 \f');
  });

  test('a Russian alert shrinks from two SMS to one', () => {
    const alert = 'Меня задержали. Отдел полиции Алмалинского района. Позвоните адвокату +7 701 123 45 67';
    expect(measureSms(alert)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(measureSms(transliterate(alert))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  test('property: Cyrillic and ASCII always come out GSM-7', () => {
    const char = fc.constantFrom(...ALL_CYRILLIC, ...ASCII, '«', '»', '—', '…', '№', '\u00a0', '“', '”');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 200 }), (chars) => {
        const out = transliterate(chars.join(''));
        expect(isGsm7(out), JSON.stringify(out)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: GSM-7 text is left unchanged', () => {
    const gsmChars = Array.from({ length: 0x2100 }, (_, i) => String.fromCharCode(i)).filter(isGsm7);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 200 }), (s) => {
        expect(transliterate(s)).toBe(s);
      }),
    );
  });
});
