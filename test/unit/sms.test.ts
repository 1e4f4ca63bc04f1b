import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isGsm7, measureSms, nonGsmChars } from '../../src/lib/sms';

// The tables again, written out from 3GPP TS 23.038 independently of the module, so a typo in one
// shows up against the other.
const BASIC = [
  '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
  'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', /* ESC */ 'Æ', 'æ', 'ß', 'É',
  ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
  ...'0123456789:;<=>?',
  '¡', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
  '¿', ...'abcdefghijklmnopqrstuvwxyz', 'ä', 'ö', 'ñ', 'ü', 'à',
];
const EXTENSION = ['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'];
const IN_TABLES = new Set([...BASIC, ...EXTENSION]);

const basicChar = fc.constantFrom(...BASIC);
const extChar = fc.constantFrom(...EXTENSION);
const kazakhChar = fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяӘҒҚҢӨҰҮҺІ');
const astral = fc.constantFrom('👍', '😀', '🇰', '𝐀', '🆘');
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyChar = fc.oneof(
  { weight: 6, arbitrary: basicChar },
  { weight: 2, arbitrary: extChar },
  { weight: 2, arbitrary: kazakhChar },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: loneSurrogate },
);
const text = (arb: fc.Arbitrary<string>, maxLength = 400) =>
  fc.array(arb, { maxLength }).map((chars) => chars.join(''));

describe('tables', () => {
  test('exactly the 127 basic and 10 extension characters are GSM-7', () => {
    expect(BASIC).toHaveLength(127);
    let count = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const gsm = isGsm7(ch);
      if (gsm) count++;
      expect(gsm, `U+${c.toString(16)}`).toBe(IN_TABLES.has(ch));
    }
    expect(count).toBe(137);
  });

  test('look-alikes outside the tables force UCS-2', () => {
    // Cyrillic А, Latin ç (only capital Ç is in the table), Ohm sign, backtick, tab, Kazakh ә
    for (const ch of ['\u0410', '\u00e7', '\u2126', '`', '\t', '\u04d9', '\u00a0']) {
      expect(isGsm7(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    }
    expect(isGsm7('\u03a9')).toBe(true); // Greek capital omega is in the table
  });
});

describe('measureSms boundaries', () => {
  test('empty text is no SMS, a whole one left', () => {
    expect(measureSms('')).toEqual({ encoding: 'GSM-7', segments: 0, remaining: 160, units: 0, perSegment: 160 });
  });

  test('GSM-7: 160 is one SMS, 161 is two', () => {
    expect(measureSms('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, remaining: 0, units: 160, perSegment: 160 });
    expect(measureSms('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2, remaining: 145, units: 161, perSegment: 153 });
  });

  test('GSM-7: 306 = 153 × 2 is two SMS, 307 is three', () => {
    expect(measureSms('a'.repeat(306))).toMatchObject({ segments: 2, remaining: 0, units: 306 });
    expect(measureSms('a'.repeat(307))).toMatchObject({ segments: 3, remaining: 152, units: 307 });
  });

  test('UCS-2: 70 is one SMS, 71 is two', () => {
    expect(measureSms('я'.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 1, remaining: 0, units: 70, perSegment: 70 });
    expect(measureSms('я'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2, remaining: 63, units: 71, perSegment: 67 });
  });

  test('UCS-2: 134 = 67 × 2 is two SMS, 135 is three', () => {
    expect(measureSms('я'.repeat(134))).toMatchObject({ segments: 2, remaining: 0 });
    expect(measureSms('я'.repeat(135))).toMatchObject({ segments: 3, remaining: 66 });
  });

  test('an extension character costs two septets', () => {
    expect(measureSms('€')).toMatchObject({ units: 2, remaining: 158, segments: 1 });
    expect(measureSms('a'.repeat(158) + '€')).toMatchObject({ units: 160, segments: 1, remaining: 0 });
    expect(measureSms('a'.repeat(159) + '€')).toMatchObject({ units: 161, segments: 2, remaining: 145 });
  });

  test('an extension pair at septet 153 moves whole to the next SMS', () => {
    // 152 + [€] leaves one septet in part 1; the escape pair cannot straddle it.
    expect(measureSms('a'.repeat(152) + '€' + 'a'.repeat(151))).toMatchObject({ units: 305, segments: 2, remaining: 0 });
    // 306 septets, which division would put in two SMS, need three because of the wasted septet.
    expect(measureSms('a'.repeat(152) + '€' + 'a'.repeat(152))).toMatchObject({ units: 306, segments: 3, remaining: 152 });
    // Without the boundary problem the same count fits in two.
    expect(measureSms('€' + 'a'.repeat(304))).toMatchObject({ units: 306, segments: 2, remaining: 0 });
  });

  test('only extension characters: 76 to a concatenated part', () => {
    expect(measureSms('{'.repeat(80))).toMatchObject({ units: 160, segments: 1, remaining: 0 });
    expect(measureSms('{'.repeat(81))).toMatchObject({ units: 162, segments: 2, remaining: 143 });
    expect(measureSms('{'.repeat(152))).toMatchObject({ units: 304, segments: 2, remaining: 1 });
    expect(measureSms('{'.repeat(153))).toMatchObject({ units: 306, segments: 3, remaining: 151 });
  });

  test('an emoji at the 67 boundary is not split', () => {
    // A single SMS has no boundary: 66 + 2 = 68 units fit in 70.
    expect(measureSms('я'.repeat(66) + '👍')).toMatchObject({ encoding: 'UCS-2', units: 68, segments: 1, remaining: 2 });
    // Concatenated: the pair would straddle units 67/68, so it opens part 2.
    expect(measureSms('я'.repeat(66) + '👍' + 'я'.repeat(3))).toMatchObject({ units: 71, segments: 2, remaining: 62 });
    expect(measureSms('я'.repeat(66) + '👍' + 'я'.repeat(66))).toMatchObject({ units: 134, segments: 3, remaining: 66 });
    expect(measureSms('я'.repeat(67) + '👍' + 'я'.repeat(65))).toMatchObject({ units: 134, segments: 2, remaining: 0 });
  });

  test('a lone surrogate counts one unit and forces UCS-2', () => {
    expect(measureSms('a\ud83d')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });

  test('mixed Kazakh text is UCS-2 and names its expensive characters', () => {
    const kz = 'Мені ұстады. Адвокат шақырыңыз: +7 701 123 45 67';
    const m = measureSms(kz);
    expect(m).toMatchObject({ encoding: 'UCS-2', units: kz.length, segments: 1, remaining: 70 - kz.length });
    expect(nonGsmChars(kz)).toEqual(['М', 'е', 'н', 'і', 'ұ', 'с', 'т', 'а', 'д', 'ы', 'А', 'в', 'о', 'к', 'ш', 'қ', 'р', 'ң', 'з']);
    expect(measureSms(kz.repeat(2))).toMatchObject({ segments: 2 });
  });

  test('nonGsmChars keeps an emoji whole and lists each character once', () => {
    expect(nonGsmChars('ok 👍👍 ә ә')).toEqual(['👍', 'ә']);
    expect(nonGsmChars('plain {text}')).toEqual([]);
  });
});

describe('measureSms properties', () => {
  test('appending a character never lowers the count', () => {
    fc.assert(
      fc.property(text(anyChar), anyChar, (s, c) => {
        expect(measureSms(s + c).segments).toBeGreaterThanOrEqual(measureSms(s).segments);
      }),
      { numRuns: 2000 },
    );
  });

  test('GSM-7 exactly when every code unit is in the tables', () => {
    fc.assert(
      fc.property(text(anyChar, 50), (s) => {
        const expected = [...s].every((c) => IN_TABLES.has(c));
        expect(isGsm7(s)).toBe(expected);
        expect(measureSms(s).encoding).toBe(expected ? 'GSM-7' : 'UCS-2');
        expect(nonGsmChars(s).length === 0).toBe(expected);
      }),
    );
  });

  test('basic-table text: one SMS up to 160, else ceil(length / 153)', () => {
    fc.assert(
      fc.property(text(basicChar, 800).filter((s) => s.length > 0), (s) => {
        const expected = s.length <= 160 ? 1 : Math.ceil(s.length / 153);
        expect(measureSms(s).segments).toBe(expected);
      }),
    );
  });

  test('units, remaining and segments agree', () => {
    fc.assert(
      fc.property(text(anyChar, 600), (s) => {
        const m = measureSms(s);
        const gsm = isGsm7(s);
        const expectedUnits = gsm ? [...s].reduce((n, c) => n + (EXTENSION.includes(c) ? 2 : 1), 0) : s.length;
        expect(m.units).toBe(expectedUnits);
        expect(m.remaining).toBeGreaterThanOrEqual(0);
        expect(m.remaining).toBeLessThanOrEqual(m.perSegment);
        if (s.length === 0) return;
        const [single, part] = gsm ? [160, 153] : [70, 67];
        if (m.units <= single) {
          expect(m).toMatchObject({ segments: 1, perSegment: single, remaining: single - m.units });
        } else {
          expect(m.perSegment).toBe(part);
          // Packing can waste a unit at a boundary, never gain one.
          expect(m.segments).toBeGreaterThanOrEqual(Math.ceil(m.units / part));
          expect(m.units).toBeLessThanOrEqual(m.segments * part - m.remaining);
          // Each boundary wastes at most one unit (a pair that did not fit).
          expect(m.segments * part - m.remaining - m.units).toBeLessThanOrEqual(m.segments - 1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
