/**
 * Reading contacts from .vcf files exported by phones, and writing trusted contacts back out.
 *
 * Reading supports vCard 2.1, 3.0 and 4.0 as phones write them: BEGIN/END:VCARD, FN (N when FN is
 * missing or empty), TEL with its parameters (TYPE=CELL, 2.1's bare CELL, 4.0's tel: URI), NOTE and
 * ROLE; line unfolding; 2.1 QUOTED-PRINTABLE with a CHARSET (Android writes Cyrillic names that way,
 * with "=" soft line breaks), BASE64; the \, \; \\ \n escapes; group prefixes (Apple's item1.TEL).
 *
 * A file is something a stranger could have sent, so the reader is bounded and never throws: at most
 * 1 MiB (UTF-8), 1000 cards, 10 000 characters in a logical line we read. A card with a problem is
 * reported at the line where it begins and left out; the caller imports nothing when there are errors.
 * Names, roles and notes longer than their limits are cut, and the cut is reported as an error too
 * (the card is kept, cut, so the interface can show what would be imported).
 *
 * Phone numbers are checked with normalizePhone but returned as written, so the person recognises them.
 */

import { normalizePhone } from './phone';

/** Error codes the interface translates. Line 0 means the file as a whole. */
export type MessageKey =
  | 'too-large'
  | 'no-cards'
  | 'too-many'
  | 'unterminated-card'
  | 'nested-begin'
  | 'line-too-long'
  | 'bad-encoding'
  | 'missing-name'
  | 'missing-phone'
  | 'bad-phone'
  | 'name-too-long'
  | 'role-too-long'
  | 'note-too-long';

/** One contact read from a card. */
export interface ParsedContact {
  /** FN, or the parts of N when FN is missing; whitespace collapsed, control characters removed. */
  name: string;
  /** The number as written in the card (a 4.0 "tel:" prefix removed); it passed normalizePhone. */
  phone: string;
  /** ROLE, which Aman writes for a trusted contact's role (lawyer, family…). */
  role?: string;
  /** NOTE; several NOTE lines are joined with a line break. */
  note?: string;
}

/** One problem found in a file: the card's first line (1-based), a code, and the offending text. */
export interface VCardError {
  line: number;
  message: MessageKey;
  detail?: string;
}

/** What parseVCards found: the contacts it could read and every problem. */
export interface VCardParseResult {
  contacts: ParsedContact[];
  errors: VCardError[];
}

/** A contact to write with toVCard. */
export interface VCardContactInput {
  name: string;
  phone: string;
  role?: string;
  note?: string;
}

/** Bounds against hostile or broken files; the interface can check a File's size against maxBytes first. */
export const VCARD_LIMITS = {
  maxBytes: 1024 * 1024,
  maxContacts: 1000,
  maxLineLength: 10_000,
  maxName: 200,
  maxRole: 200,
  maxNote: 1000,
} as const;

/** Longest detail copied from the file into an error, so a hostile value cannot flood the interface. */
const MAX_DETAIL = 80;

// ---------------------------------------------------------------------------------------------------
// Lines

interface Line {
  text: string;
  /** 1-based number of the physical line where this logical line begins. */
  line: number;
  /** Longer than maxLineLength after unfolding; text holds only the first maxLineLength characters. */
  tooLong: boolean;
}

/**
 * Reads logical lines lazily (a 1 MiB file of empty lines must not become a million objects):
 * CRLF, LF or CR end a line; a line starting with a space or tab continues the previous one, and that
 * one whitespace character is removed (RFC 2425/6350; we apply the same rule to 2.1 files).
 */
class LineReader {
  private pos = 0;
  private physical = 0;
  private peeked: { text: string; line: number } | null = null;
  private pushedBack: Line | null = null;
  private readonly breaks = /\r\n|\r|\n/g;

  constructor(private readonly src: string) {}

  private readPhysical(): { text: string; line: number } | null {
    if (this.peeked) {
      const p = this.peeked;
      this.peeked = null;
      return p;
    }
    if (this.pos > this.src.length) return null;
    this.breaks.lastIndex = this.pos;
    const m = this.breaks.exec(this.src);
    const end = m ? m.index : this.src.length;
    const text = this.src.slice(this.pos, end);
    this.pos = m ? end + m[0].length : this.src.length + 1;
    this.physical++;
    // A file ending with a line break has no further (empty) line.
    if (!m && text === '') return null;
    return { text, line: this.physical };
  }

  /** The next logical line, or null at the end of the file. */
  next(): Line | null {
    if (this.pushedBack) {
      const l = this.pushedBack;
      this.pushedBack = null;
      return l;
    }
    const first = this.readPhysical();
    if (!first) return null;
    const max = VCARD_LIMITS.maxLineLength;
    let text = first.text;
    let tooLong = text.length > max;
    if (tooLong) text = text.slice(0, max);
    for (;;) {
      const cont = this.readPhysical();
      if (!cont) break;
      const c = cont.text.charAt(0);
      if (c !== ' ' && c !== '\t') {
        this.peeked = cont;
        break;
      }
      if (tooLong) continue; // keep reading to skip the rest, without building it
      text += cont.text.slice(1);
      if (text.length > max) {
        tooLong = true;
        text = text.slice(0, max);
      }
    }
    return { text, line: first.line, tooLong };
  }

  /** Puts one logical line back, for quoted-printable continuations that turn out not to be. */
  unread(line: Line): void {
    this.pushedBack = line;
  }
}

// ---------------------------------------------------------------------------------------------------
// Content lines: [group.]NAME[;PARAM[=VALUE]]*:VALUE

interface ContentLine {
  name: string;
  /** Parameter name (upper case) → values (upper case; 2.1's bare "CELL" is stored under TYPE). */
  params: Map<string, string[]>;
  value: string;
}

/** Splits on `sep` outside double quotes (4.0 quotes parameter values that hold , ; or :). */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function parseContentLine(text: string): ContentLine | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [head = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const name = head.slice(dot + 1).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = eq < 0 ? 'TYPE' : raw.slice(0, eq).trim().toUpperCase();
    const rawValue = eq < 0 ? raw : raw.slice(eq + 1);
    // 4.0 quotes lists (TYPE="cell,voice"); 3.0 repeats or comma-separates them (TYPE=CELL,VOICE).
    const values = rawValue.replace(/"/g, '').split(',').map((v) => v.trim().toUpperCase());
    // 2.1 writes the encoding as a bare word: TEL;CELL;QUOTED-PRINTABLE
    const bareEncoding = eq < 0 && /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(raw.trim());
    const target = bareEncoding ? 'ENCODING' : key;
    const list = params.get(target);
    if (list) list.push(...values);
    else params.set(target, values);
  }
  return { name, params, value: text.slice(colon + 1) };
}

// ---------------------------------------------------------------------------------------------------
// Value decoding

class BadEncoding extends Error {}

/** Quoted-printable to bytes; a trailing "=" is a soft line break, any other stray "=" is an error. */
function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3d /* = */) {
      if (i === value.length - 1) break;
      // "==": a soft break whose continuation line began with a space and was unfolded onto it.
      if (value.charCodeAt(i + 1) === 0x3d) continue;
      const hex = value.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new BadEncoding(value.slice(i, i + 3));
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // A writer that put raw UTF-8 into a QP value: take the character as it is.
      const cp = value.codePointAt(i) ?? c;
      const ch = String.fromCodePoint(cp);
      for (const b of encoder.encode(ch)) bytes.push(b);
      i += ch.length - 1;
    }
  }
  return Uint8Array.from(bytes);
}

function decodeBase64(value: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(value.replace(/\s+/g, ''));
  } catch {
    throw new BadEncoding('BASE64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    // fatal: invalid bytes are an error rather than silent replacement characters in a name.
    return new TextDecoder(charset || 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadEncoding(charset || 'UTF-8');
  }
}

/** Removes vCard escapes: \n and \N are line breaks, \\ \, \; \: stand for themselves. */
function unescapeText(s: string): string {
  return s.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a structured value (N) on ";" that are not escaped. */
function splitStructured(s: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\') i++;
    else if (c === ';') {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

// ---------------------------------------------------------------------------------------------------
// Cleaning what goes to the interface

/**
 * Bidirectional overrides and isolates: a name carrying U+202E could display as something else entirely
 * ("Mom" reading as another contact). Zero-width joiners stay: emoji and some scripts need them.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** One-line text: controls and bidi overrides removed, whitespace runs (line breaks too) made one space. */
function cleanLine(s: string): string {
  return s
    .replace(/[\r\n\t]/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line text: line breaks kept (as \n), other controls and bidi overrides removed. */
function cleanNote(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/** Cuts to `max` code points, never inside a surrogate pair; null when no cut was needed. */
function cut(s: string, max: number): string | null {
  if (s.length <= max) return null; // code points ≤ code units
  const points = Array.from(s);
  return points.length > max ? points.slice(0, max).join('') : null;
}

function detailOf(s: string): string {
  const clean = cleanLine(s);
  return clean.length > MAX_DETAIL ? `${Array.from(clean).slice(0, MAX_DETAIL).join('')}…` : clean;
}

// ---------------------------------------------------------------------------------------------------
// Parsing

interface Tel {
  value: string;
  cell: boolean;
  pref: boolean;
}

interface Card {
  line: number;
  fn?: string;
  n?: string;
  role?: string;
  notes: string[];
  tels: Tel[];
  failure?: { message: MessageKey; detail?: string };
}

/** Properties this reader uses; a too-long line of any other property (a photo) is simply skipped. */
const USED = new Set(['FN', 'N', 'TEL', 'NOTE', 'ROLE']);

const BEGIN = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
const END = /^\s*END\s*:\s*VCARD\s*$/i;

/** UTF-8 length of a string, counting only until it passes `limit`. */
function utf8LengthOver(s: string, limit: number): boolean {
  if (s.length > limit) return true; // every code unit is at least one byte
  if (s.length * 3 <= limit) return false; // and at most three
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
    if (n > limit) return true;
  }
  return false;
}

/** Decodes one property's value to text according to its ENCODING and CHARSET. */
function decodeValue(prop: ContentLine): string {
  const encoding = prop.params.get('ENCODING')?.[0];
  const charset = prop.params.get('CHARSET')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') return decodeBytes(decodeQuotedPrintable(prop.value), charset);
  if (encoding === 'B' || encoding === 'BASE64') return decodeBytes(decodeBase64(prop.value), charset);
  // Plain values are already text: the file was decoded when it was read.
  return prop.value;
}

/** Reads one property into the card, pulling in quoted-printable soft-break continuations. */
function readProperty(card: Card, line: Line, reader: LineReader): void {
  const prop = parseContentLine(line.text);
  if (!prop || !USED.has(prop.name)) return;
  if (line.tooLong) {
    card.failure = { message: 'line-too-long', detail: prop.name };
    return;
  }
  if (prop.params.get('ENCODING')?.[0] === 'QUOTED-PRINTABLE') {
    // 2.1 writers (Android among them) break long QP values with "=" at the end and no leading space.
    // Trailing spaces after a soft break are transport padding (RFC 2045 §6.7).
    while ((prop.value = prop.value.replace(/[ \t]+$/, '')).endsWith('=')) {
      const more = reader.next();
      if (!more) break;
      if (BEGIN.test(more.text) || END.test(more.text)) {
        reader.unread(more);
        break;
      }
      prop.value = prop.value.slice(0, -1) + more.text;
      if (more.tooLong || prop.value.length > VCARD_LIMITS.maxLineLength) {
        card.failure = { message: 'line-too-long', detail: prop.name };
        return;
      }
    }
  }
  let value: string;
  try {
    value = decodeValue(prop);
  } catch (e) {
    card.failure = { message: 'bad-encoding', detail: e instanceof BadEncoding ? detailOf(e.message) : prop.name };
    return;
  }
  // A file read as UTF-8 that was not (an old phone's windows-1251 export) arrives full of U+FFFD.
  if (value.includes('\ufffd')) {
    card.failure = { message: 'bad-encoding', detail: prop.name };
    return;
  }
  switch (prop.name) {
    case 'FN':
      card.fn ??= cleanLine(unescapeText(value));
      if (card.fn === '') delete card.fn;
      break;
    case 'N': {
      // N = family;given;additional;prefix;suffix; shown as prefix given additional family suffix.
      const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitStructured(value).map(
        (part) => cleanLine(unescapeText(part).replace(/,/g, ' ')),
      );
      const name = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
      if (name) card.n ??= name;
      break;
    }
    case 'TEL': {
      let tel = unescapeText(value).trim();
      if (/^tel:/i.test(tel)) tel = (tel.slice(4).split(';')[0] ?? '').trim();
      const types = prop.params.get('TYPE') ?? [];
      card.tels.push({
        value: tel,
        cell: types.some((t) => t === 'CELL' || t === 'MOBILE' || t === 'IPHONE'),
        pref: types.includes('PREF') || prop.params.has('PREF'),
      });
      break;
    }
    case 'NOTE': {
      const note = cleanNote(unescapeText(value));
      if (note) card.notes.push(note);
      break;
    }
    case 'ROLE':
      card.role ??= cleanLine(unescapeText(value));
      if (card.role === '') delete card.role;
      break;
  }
}

/** Turns a finished card into a contact, or records why it cannot be one. */
function finishCard(card: Card, contacts: ParsedContact[], errors: VCardError[]): void {
  if (card.failure) {
    errors.push({ line: card.line, ...card.failure });
    return;
  }
  let name = card.fn ?? card.n;
  if (!name) {
    errors.push({ line: card.line, message: 'missing-name' });
    return;
  }
  if (card.tels.length === 0) {
    errors.push({ line: card.line, message: 'missing-phone', detail: detailOf(name) });
    return;
  }
  // One number per contact: the one an SMS can reach best. A valid mobile first, then the preferred one.
  const valid = card.tels.filter((t) => normalizePhone(t.value).ok);
  const tel = valid.find((t) => t.cell) ?? valid.find((t) => t.pref) ?? valid[0];
  if (!tel) {
    errors.push({ line: card.line, message: 'bad-phone', detail: detailOf(card.tels[0]?.value ?? '') });
    return;
  }
  const contact: ParsedContact = { name, phone: tel.value };

  const shortName = cut(name, VCARD_LIMITS.maxName);
  if (shortName !== null) {
    errors.push({ line: card.line, message: 'name-too-long', detail: detailOf(name) });
    contact.name = name = shortName;
  }
  if (card.role !== undefined) {
    const shortRole = cut(card.role, VCARD_LIMITS.maxRole);
    if (shortRole !== null) errors.push({ line: card.line, message: 'role-too-long', detail: detailOf(name) });
    contact.role = shortRole ?? card.role;
  }
  if (card.notes.length > 0) {
    const note = card.notes.join('\n');
    const shortNote = cut(note, VCARD_LIMITS.maxNote);
    if (shortNote !== null) errors.push({ line: card.line, message: 'note-too-long', detail: detailOf(name) });
    contact.note = shortNote ?? note;
  }
  contacts.push(contact);
}

/** Reads every card of a .vcf file; never throws. See the module doc for what is read and the limits. */
export function parseVCards(text: string): VCardParseResult {
  const contacts: ParsedContact[] = [];
  const errors: VCardError[] = [];
  try {
    if (utf8LengthOver(text, VCARD_LIMITS.maxBytes)) {
      return { contacts, errors: [{ line: 0, message: 'too-large' }] };
    }
    const reader = new LineReader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    let card: Card | null = null;
    let begun = 0;
    for (let line = reader.next(); line; line = reader.next()) {
      if (!line.tooLong && BEGIN.test(line.text)) {
        // A BEGIN inside a card: the open card is broken. Start afresh here, so one missing END does
        // not swallow the cards after it.
        if (card) errors.push({ line: card.line, message: 'nested-begin' });
        if (++begun > VCARD_LIMITS.maxContacts) {
          errors.push({ line: line.line, message: 'too-many' });
          card = null;
          break;
        }
        card = { line: line.line, notes: [], tels: [] };
      } else if (!line.tooLong && END.test(line.text)) {
        if (card) finishCard(card, contacts, errors);
        card = null; // a stray END outside a card is ignored
      } else if (card && !card.failure) {
        readProperty(card, line, reader);
      }
      // Lines outside cards (blank lines, garbage) are ignored; no card at all is reported below.
    }
    if (card) errors.push({ line: card.line, message: 'unterminated-card' });
    if (begun === 0) errors.push({ line: 0, message: 'no-cards' });
  } catch {
    // Nothing above should throw; if it does, the file is treated as unreadable rather than crashing
    // the import screen.
    return { contacts: [], errors: [...errors, { line: 0, message: 'bad-encoding' }] };
  }
  return { contacts, errors };
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** Escapes a text value for vCard 3.0 (RFC 2426 §4): backslash, comma, semicolon, line breaks. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 2425 §5.8.1); continuation lines start with one space, which
 * counts towards their 75. Never splits a UTF-8 sequence, and keeps an escape (\, \n) on one line so
 * that importers which unescape before unfolding still read it right.
 */
function fold(line: string): string {
  const LIMIT = 75;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  for (const unit of units) {
    let size = 0;
    for (const ch of unit) size += utf8Bytes(ch.codePointAt(0) ?? 0);
    if (bytes + size > LIMIT) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += unit;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * Writes contacts as vCard 3.0 with CRLF line ends, escaped and folded. The role goes in ROLE, the
 * standard property, which parseVCards reads back; phones' address books mostly ignore ROLE (Android's
 * importer skips it), so a role the person also wants to see on the phone belongs in the name or note.
 * N carries the whole name as the given name: it is required in 3.0, and phones build the displayed
 * name from it, so splitting "Айгерим Нурлановна" into family and given would only guess.
 */
export function toVCard(contacts: readonly VCardContactInput[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    lines.push('BEGIN:VCARD', 'VERSION:3.0');
    lines.push(`FN:${escapeText(c.name)}`);
    lines.push(`N:;${escapeText(c.name)};;;`);
    lines.push(`TEL;TYPE=CELL:${escapeText(c.phone)}`);
    if (c.role) lines.push(`ROLE:${escapeText(c.role)}`);
    if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
    lines.push('END:VCARD');
  }
  return lines.map(fold).join('\r\n') + (lines.length ? '\r\n' : '');
}
