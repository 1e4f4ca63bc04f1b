import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizePhone, SHORT_NUMBERS } from '../../src/lib/phone';

const KCELL = { ok: true, e164: '+77011234567', display: '+7 701 123 45 67' };

describe('normalizePhone', () => {
  test.each([
    '8 701 123 45 67',
    '87011234567',
    '8 (701) 123-45-67',
    '8-701-123-45-67',
    '8.701.123.45.67',
    '+7 701 123 45 67',
    '+7(701)1234567',
    '+7 (701) 123-45-67',
    '7 701 123 45 67',
    '77011234567',
    ' +7 701 123 45 67 ',
    '+7\u00a0701\u00a0123\u00a045\u00a067', // no-break spaces from a copied web page
    '8 701 123–45–67', // en dashes
    '00 7 701 123 45 67',
  ])('Kazakhstan mobile %j', (input) => {
    expect(normalizePhone(input)).toEqual(KCELL);
  });

  test('Russian numbers share +7', () => {
    expect(normalizePhone('+7 495 123-45-67')).toEqual({ ok: true, e164: '+74951234567', display: '+7 495 123 45 67' });
    expect(normalizePhone('8 916 123 45 67')).toMatchObject({ ok: true, e164: '+79161234567' });
  });

  test('Kazakh landline with area code', () => {
    expect(normalizePhone('8 (727) 272-12-34')).toEqual({ ok: true, e164: '+77272721234', display: '+7 727 272 12 34' });
  });

  test('other countries with +, 00 or 810', () => {
    expect(normalizePhone('+49 30 1234567')).toEqual({ ok: true, e164: '+49301234567', display: '+49301234567' });
    expect(normalizePhone('+998 90 123 45 67')).toMatchObject({ ok: true, e164: '+998901234567' });
    expect(normalizePhone('0049 30 1234567')).toMatchObject({ ok: true, e164: '+49301234567' });
    expect(normalizePhone('8 10 49 30 1234567')).toMatchObject({ ok: true, e164: '+49301234567' });
    expect(normalizePhone('+1 (202) 555-0123')).toMatchObject({ ok: true, e164: '+12025550123' });
  });

  test('E.164 length bounds: 8 to 15 digits', () => {
    expect(normalizePhone('+4912345')).toMatchObject({ ok: false, reason: 'length' });
    expect(normalizePhone('+49123456')).toMatchObject({ ok: true, e164: '+49123456' });
    expect(normalizePhone('+491234567890123')).toMatchObject({ ok: true });
    expect(normalizePhone('+4912345678901234')).toMatchObject({ ok: false, reason: 'length' });
  });

  test('+7 needs exactly ten more digits', () => {
    expect(normalizePhone('+7 701 123 45 6')).toEqual({ ok: false, reason: 'length' });
    expect(normalizePhone('+7 701 123 45 678')).toEqual({ ok: false, reason: 'length' });
  });

  test.each(SHORT_NUMBERS)('short service number %s stays as it is', (n) => {
    expect(normalizePhone(n)).toEqual({ ok: true, e164: n, display: n });
  });

  test('only the listed short numbers', () => {
    expect(normalizePhone('105')).toEqual({ ok: false, reason: 'kz-format' });
    expect(normalizePhone('+112')).toEqual({ ok: false, reason: 'length' });
  });

  test('empty input', () => {
    expect(normalizePhone('')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizePhone('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizePhone('( ) -')).toEqual({ ok: false, reason: 'empty' });
  });

  test.each(['+7 701 CALL ME', 'тел. 8 701 123 45 67', '8 701 123 45 67 доб. 5', '*102#', '+7 701 123 45 67#', '8 701 123 45 67 ext 2', '+7+7011234567', '7+7011234567', '+7 701 123 45 67 👍'])(
    'refuses characters: %j',
    (input) => {
      expect(normalizePhone(input)).toEqual({ ok: false, reason: 'chars' });
    },
  );

  test('refuses national numbers that are not in the Kazakh format', () => {
    expect(normalizePhone('701 123 45 67')).toEqual({ ok: false, reason: 'kz-format' });
    expect(normalizePhone('9 701 123 45 67')).toEqual({ ok: false, reason: 'kz-format' });
    expect(normalizePhone('8 701 123 45 6')).toEqual({ ok: false, reason: 'kz-format' });
    expect(normalizePhone('272 12 34')).toEqual({ ok: false, reason: 'kz-format' });
  });

  test('"+8 701…" is a mix-up, not a satellite number', () => {
    expect(normalizePhone('+8 701 123 45 67')).toEqual({ ok: false, reason: 'kz-format' });
  });

  test('no country code starts with 0', () => {
    expect(normalizePhone('+0 701 123 45 67')).toEqual({ ok: false, reason: 'chars' });
  });

  const tenDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }).map((d) => d.join(''));
  const separator = fc.constantFrom('', ' ', '-', '.', ' - ', '\u00a0');

  test('property: any 8/7/+7 spelling of ten digits gives +7 and those digits', () => {
    fc.assert(
      fc.property(tenDigits, fc.constantFrom('8', '7', '+7', '+7 ', '8 ', '00 7'), separator, (d, prefix, sep) => {
        const input = `${prefix}${sep}(${d.slice(0, 3)})${sep}${d.slice(3, 6)}${sep}${d.slice(6, 8)}${sep}${d.slice(8)}`;
        const r = normalizePhone(input);
        expect(r).toEqual({
          ok: true,
          e164: `+7${d}`,
          display: `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
        });
      }),
    );
  });

  test('property: normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+ -().78'), maxLength: 20 }), (s) => {
        const r = normalizePhone(s);
        if (r.ok) expect(normalizePhone(r.e164)).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: a letter anywhere is refused as chars', () => {
    fc.assert(
      fc.property(tenDigits, fc.integer({ min: 0, max: 11 }), fc.constantFrom(...'aZжҚ'), (d, at, letter) => {
        const s = `8${d}`;
        expect(normalizePhone(s.slice(0, at) + letter + s.slice(at))).toEqual({ ok: false, reason: 'chars' });
      }),
    );
  });

  test('property: never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(typeof normalizePhone(s).ok).toBe('boolean');
      }),
    );
  });
});
