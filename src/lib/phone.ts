/**
 * Phone numbers as people in Kazakhstan write them, normalised to E.164 for sms: and tel: links.
 *
 * Accepted:
 * - Kazakhstan and Russia share +7 and the trunk prefix 8: `8 701 123 45 67`, `+7 701…`, `7 701…`
 *   (11 digits starting with 8 or 7) all become +7 and ten digits.
 * - Any other international number written with + (or the 00 and 810 international prefixes used
 *   from Kazakhstan), 8–15 digits in all (E.164 allows at most 15).
 * - The short service numbers, as they are: they cannot take a country code.
 * Spaces, dashes, dots, slashes and parentheses are visual only. Anything else (letters, *, #,
 * extensions) is refused: a detained person's message must not go to a number we guessed.
 */

/** Why a number was refused, for the interface to translate. */
export type PhoneError = 'empty' | 'chars' | 'length' | 'kz-format';

import { OFFICIAL_NUMBERS } from './numbers';

/** A normalised number, or the reason it was refused. */
export type PhoneResult =
  | { ok: true; e164: string; display: string }
  | { ok: false; reason: PhoneError };

/** Kazakhstan's verified short numbers (src/lib/numbers.ts): they take no country code. */
export const SHORT_NUMBERS: readonly string[] = OFFICIAL_NUMBERS;

/** Characters people put between digits: whitespace (also no-break), dashes, dots, slashes, brackets. */
const SEPARATOR = /[\s\-‐‑–—./()]/;

function fail(reason: PhoneError): PhoneResult {
  return { ok: false, reason };
}

/** +7 and ten digits, displayed the way numbers are printed in Kazakhstan: +7 701 123 45 67. */
function plusSeven(ten: string): PhoneResult {
  const d = ten;
  return {
    ok: true,
    e164: `+7${d}`,
    display: `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8, 10)}`,
  };
}

/** Normalises a typed or imported phone number to E.164, or says why it cannot be used. */
export function normalizePhone(input: string): PhoneResult {
  if (input.trim() === '') return fail('empty');

  let plus = false;
  let digits = '';
  for (const ch of input) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch === '+' && !plus && digits === '') plus = true;
    else if (!SEPARATOR.test(ch)) return fail('chars');
  }
  if (digits === '') return fail(plus ? 'length' : 'empty');

  if (!plus) {
    if (SHORT_NUMBERS.includes(digits)) return { ok: true, e164: digits, display: digits };
    if (digits.startsWith('00')) {
      digits = digits.slice(2);
      plus = true;
    } else if (digits.startsWith('810') && digits.length > 11) {
      // 8-10 is the international prefix dialled from Kazakhstan; 11 digits would be a national 8 number.
      digits = digits.slice(3);
      plus = true;
    } else if (digits.length === 11 && (digits[0] === '8' || digits[0] === '7')) {
      return plusSeven(digits.slice(1));
    } else {
      // Without + we only know the national format; a bare 701 123 45 67 could be missing a digit.
      return fail('kz-format');
    }
  }

  // No country code starts with 0: a leading 0 after + is a character that cannot be there.
  if (digits[0] === '0') return fail('chars');
  if (digits[0] === '7') return digits.length === 11 ? plusSeven(digits.slice(1)) : fail('length');
  // "+8 701 …" mixes the two national forms; accepted as is it would be a satellite (+870) number.
  if (digits.length === 11 && digits.startsWith('87')) return fail('kz-format');
  if (digits.length < 8 || digits.length > 15) return fail('length');
  const e164 = `+${digits}`;
  return { ok: true, e164, display: e164 };
}
