/**
 * How long an SMS is and how many messages it will be sent as.
 *
 * Rules from 3GPP TS 23.038 (the GSM 7-bit default alphabet and its extension table) and TS 23.040
 * (concatenation: a 6-octet user data header leaves 153 septets or 67 UCS-2 characters per part).
 * A detained person has seconds; the composer shows this count so the alert goes out as one SMS when it can.
 *
 * What a phone does and we mirror:
 * - One character outside GSM-7 switches the whole message to UCS-2 (70 units, 67 per part).
 * - An extension character (^ { } \ [ ~ ] | € and form feed) costs an escape plus the character, and the
 *   two septets are never split across parts (Android's GsmAlphabet stops a part before such a pair).
 * - "UCS-2" on real phones is UTF-16: a character outside the BMP (an emoji) is a surrogate pair of two
 *   units, and a phone never splits inside a pair. It does split between code points, so a skin-tone
 *   or ZWJ emoji may be cut between its parts; we count no further than surrogate pairs, as phones do.
 * - National language shift tables (TS 23.038 §6.2.1.2) are not assumed: none covers Cyrillic and
 *   phones sold in Kazakhstan do not use them.
 *
 * Because of the no-split rules the count is made by packing parts, not by dividing the length.
 */

/** The two encodings a phone chooses between for a text SMS. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** The measure of one message body, as the composer shows it. */
export interface SmsMeasure {
  /** GSM-7 when every character is in the default alphabet or its extension table, else UCS-2. */
  encoding: SmsEncoding;
  /** How many SMS the text is sent as; 0 for an empty text. */
  segments: number;
  /** Units still free in the last SMS before another one is needed. */
  remaining: number;
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
  units: number;
  /** Capacity of one SMS at this length: 160 or 153 for GSM-7, 70 or 67 for UCS-2. */
  perSegment: number;
}

/** Limits from TS 23.040: a single SMS carries 140 octets; a concatenated part loses 6 to its header. */
const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/**
 * The default alphabet in table order (TS 23.038 §6.2.1), 0x1B (escape) left out because it is not a
 * character. Note 0x02 is '$' and 0x24 is '¤'; 0x09 is capital 'Ç'.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ' + 'ÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table (TS 23.038 §6.2.1.1): each is sent as escape + character, two septets. */
const GSM_EXTENSION = '\f^{}\\[~]|€';

/**
 * Septet cost per UTF-16 code unit: 0 = not in GSM-7, 1 = basic, 2 = extension.
 * A flat array indexed by code unit keeps measuring a 10 000-character text well under a millisecond;
 * the highest character in either table is '€' (U+20AC), so the array stays small.
 */
const COST = (() => {
  let max = 0;
  for (const ch of GSM_BASIC + GSM_EXTENSION) max = Math.max(max, ch.charCodeAt(0));
  const table = new Uint8Array(max + 1);
  for (const ch of GSM_BASIC) table[ch.charCodeAt(0)] = 1;
  for (const ch of GSM_EXTENSION) table[ch.charCodeAt(0)] = 2;
  return table;
})();

/** Septets a code unit costs in GSM-7, or 0 when it has no GSM-7 form. */
function gsmCost(code: number): number {
  return code < COST.length ? (COST[code] ?? 0) : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Septets the text needs in GSM-7, or -1 as soon as one character has no GSM-7 form. */
function gsmSeptets(text: string): number {
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = gsmCost(text.charCodeAt(i));
    if (cost === 0) return -1;
    septets += cost;
  }
  return septets;
}

/**
 * Packs the text into parts of `capacity` units, never splitting an escape pair (GSM-7) or a surrogate
 * pair (UCS-2); returns the number of parts and the units used in the last one.
 */
function pack(text: string, gsm: boolean, capacity: number): { segments: number; used: number } {
  let segments = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cost: number;
    if (gsm) {
      cost = gsmCost(code);
    } else if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      cost = 2;
      i++;
    } else {
      cost = 1;
    }
    if (used + cost > capacity) {
      segments++;
      used = 0;
    }
    used += cost;
  }
  return { segments, used };
}

/** Measures a message body: encoding, number of SMS, units used and left in the last SMS. */
export function measureSms(text: string): SmsMeasure {
  if (text.length === 0) {
    return { encoding: 'GSM-7', segments: 0, remaining: GSM_SINGLE, units: 0, perSegment: GSM_SINGLE };
  }
  const septets = gsmSeptets(text);
  const gsm = septets >= 0;
  const units = gsm ? septets : text.length;
  const single = gsm ? GSM_SINGLE : UCS2_SINGLE;
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  // A single SMS has no header and nothing to split, so whatever fits, fits.
  if (units <= single) {
    return { encoding, segments: 1, remaining: single - units, units, perSegment: single };
  }
  const part = gsm ? GSM_PART : UCS2_PART;
  const { segments, used } = pack(text, gsm, part);
  return { encoding, segments, remaining: part - used, units, perSegment: part };
}

/** True when every character of the text is in the GSM-7 default alphabet or its extension table. */
export function isGsm7(text: string): boolean {
  return gsmSeptets(text) >= 0;
}

/**
 * The distinct characters that force UCS-2, in order of first appearance, so the composer can say
 * which ones made the message expensive. A surrogate pair (an emoji) is listed as one character.
 */
export function nonGsmChars(text: string): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (gsmCost(code) !== 0) continue;
    let ch = text.charAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      ch = text.slice(i, i + 2);
      i++;
    }
    seen.add(ch);
  }
  return [...seen];
}
