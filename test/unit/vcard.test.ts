import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseVCards, toVCard, VCARD_LIMITS } from '../../src/lib/vcard';
import { FUZZ_RUNS } from './fuzz';

const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const card = (...props: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...props, 'END:VCARD'];

/** Quoted-printable the way Android's VCardBuilder writes it: every byte as =XX, "=" CRLF soft breaks. */
function androidQp(text: string, bytesPerLine = 20): string {
  const bytes = [...new TextEncoder().encode(text)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += bytesPerLine) lines.push(bytes.slice(i, i + bytesPerLine).join(''));
  return lines.join('=\r\n');
}

describe('parseVCards: formats phones write', () => {
  test('vCard 3.0', () => {
    const r = parseVCards(crlf(...card('FN:Айгерим Сейтқали', 'N:Сейтқали;Айгерим;;;', 'TEL;TYPE=CELL:+7 701 123 45 67', 'NOTE:мама')));
    expect(r).toEqual({ contacts: [{ name: 'Айгерим Сейтқали', phone: '+7 701 123 45 67', note: 'мама' }], errors: [] });
  });

  test('vCard 2.1 from Android: quoted-printable UTF-8 Cyrillic with soft line breaks', () => {
    const name = 'Иван Иванович Петров';
    const vcf = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${androidQp('Петров;Иван;Иванович;;')}`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${androidQp(name)}`,
      'TEL;CELL:8-701-123-45-67',
      'TEL;HOME:8-727-123-45-67',
      'END:VCARD',
    );
    expect(vcf).toContain('=\r\n='); // the soft breaks really are there
    expect(parseVCards(vcf)).toEqual({ contacts: [{ name, phone: '8-701-123-45-67' }], errors: [] });
  });

  test('vCard 2.1 with bare QUOTED-PRINTABLE and a windows-1251 charset', () => {
    // "Мама" in windows-1251: CC E0 EC E0
    const vcf = crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=WINDOWS-1251;QUOTED-PRINTABLE:=CC=E0=EC=E0', 'TEL;CELL;PREF:87011234567', 'END:VCARD');
    expect(parseVCards(vcf)).toEqual({ contacts: [{ name: 'Мама', phone: '87011234567' }], errors: [] });
  });

  test('quoted-printable folded with a leading space, and padding after a soft break', () => {
    const spaced = crlf('BEGIN:VCARD', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=', ' =D0=B2=D0=B0=D0=BD', 'TEL:+77011234567', 'END:VCARD');
    expect(parseVCards(spaced).contacts[0]?.name).toBe('Иван');
    const padded = crlf('BEGIN:VCARD', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98= \t', '=D0=B2=D0=B0=D0=BD', 'TEL:+77011234567', 'END:VCARD');
    expect(parseVCards(padded).contacts[0]?.name).toBe('Иван');
  });

  test('vCard 4.0 with a tel: URI value and quoted TYPE list', () => {
    const vcf = crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Lawyer Asel',
      'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+7-727-272-12-34',
      'TEL;VALUE=uri;TYPE="cell,text":tel:+7-701-123-45-67;ext=5',
      'END:VCARD',
    );
    expect(parseVCards(vcf).contacts).toEqual([{ name: 'Lawyer Asel', phone: '+7-701-123-45-67' }]);
  });

  test('N is used when FN is missing or empty', () => {
    expect(parseVCards(crlf(...card('N:Нурланов;Ерлан;;;', 'TEL:+77011234567'))).contacts[0]?.name).toBe('Ерлан Нурланов');
    expect(parseVCards(crlf(...card('FN:', 'N:Doe;John;Q.;Dr.;Jr.', 'TEL:+77011234567'))).contacts[0]?.name).toBe('Dr. John Q. Doe Jr.');
  });

  test('folded lines: CRLF + space and CRLF + tab', () => {
    const vcf = crlf(...card('FN:Айгерим Нурла', ' новна', 'TEL;TYPE=CELL:+7 701', '\t 123 45 67', 'NOTE:first', '  second'));
    expect(parseVCards(vcf).contacts).toEqual([{ name: 'Айгерим Нурлановна', phone: '+7 701 123 45 67', note: 'first second' }]);
  });

  test('escapes: \\, \\; \\\\ \\n', () => {
    const vcf = crlf(...card('FN:Smith\\, John\\; Esq.', 'TEL:+77011234567', 'NOTE:line 1\\nline 2\\, with comma \\\\ slash'));
    expect(parseVCards(vcf).contacts).toEqual([
      { name: 'Smith, John; Esq.', phone: '+77011234567', note: 'line 1\nline 2, with comma \\ slash' },
    ]);
  });

  test("Apple's group prefixes and lower-case names", () => {
    const vcf = crlf('begin:vcard', 'version:3.0', 'fn:Mom', 'item1.tel;type=pref:+7 701 123 45 67', 'item1.X-ABLabel:mobile', 'end:vcard');
    expect(parseVCards(vcf).contacts).toEqual([{ name: 'Mom', phone: '+7 701 123 45 67' }]);
  });

  test('LF-only and CR-only line ends, a byte-order mark, blank lines between cards', () => {
    const one = card('FN:A', 'TEL:+77011234567').join('\n');
    const two = card('FN:B', 'TEL:+77019876543').join('\r');
    const r = parseVCards(`\ufeff${one}\n\n\n${two}`);
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.name)).toEqual(['A', 'B']);
  });

  test('of several numbers, a valid mobile is chosen', () => {
    const vcf = crlf(...card('FN:X', 'TEL;TYPE=HOME:8 727 272 12 34', 'TEL;TYPE=CELL:not a number', 'TEL;TYPE=CELL:+7 701 123 45 67'));
    expect(parseVCards(vcf).contacts[0]?.phone).toBe('+7 701 123 45 67');
    const noCell = crlf(...card('FN:X', 'TEL;TYPE=HOME:+7 727 272 12 34', 'TEL;TYPE=WORK,PREF:+7 727 111 22 33'));
    expect(parseVCards(noCell).contacts[0]?.phone).toBe('+7 727 111 22 33');
  });

  test('ROLE and several NOTEs', () => {
    const vcf = crlf(...card('FN:Asel', 'TEL:+77011234567', 'ROLE:Lawyer', 'NOTE:one', 'NOTE:two'));
    expect(parseVCards(vcf).contacts).toEqual([{ name: 'Asel', phone: '+77011234567', role: 'Lawyer', note: 'one\ntwo' }]);
  });

  test('a large folded PHOTO is skipped, not an error', () => {
    const photo = 'PHOTO;ENCODING=b;TYPE=JPEG:' + 'QUJD'.repeat(10);
    const folded = [photo, ...Array.from({ length: 1000 }, () => ' ' + 'QUJD'.repeat(18))];
    const r = parseVCards(crlf(...card('FN:A', ...folded, 'TEL:+77011234567')));
    expect(r).toEqual({ contacts: [{ name: 'A', phone: '+77011234567' }], errors: [] });
  });

  test('bidi overrides and control characters are removed from names', () => {
    const r = parseVCards(crlf(...card('FN:\u202eamoM\u202c\u0007 Ana', 'TEL:+77011234567')));
    expect(r.contacts[0]?.name).toBe('amoM Ana');
  });
});

describe('parseVCards: malformed files', () => {
  test('unterminated card', () => {
    const r = parseVCards(crlf(...card('FN:A', 'TEL:+77011234567'), 'BEGIN:VCARD', 'FN:B', 'TEL:+77011234567'));
    expect(r.contacts.map((c) => c.name)).toEqual(['A']);
    expect(r.errors).toEqual([{ line: 6, message: 'unterminated-card' }]);
  });

  test('nested BEGIN: the open card fails, the next one is read', () => {
    const r = parseVCards(crlf('BEGIN:VCARD', 'FN:Outer', 'BEGIN:VCARD', 'FN:Inner', 'TEL:+77011234567', 'END:VCARD', 'END:VCARD'));
    expect(r.errors).toEqual([{ line: 1, message: 'nested-begin' }]);
    expect(r.contacts).toEqual([{ name: 'Inner', phone: '+77011234567' }]);
  });

  test('a missing END does not swallow the next card', () => {
    const r = parseVCards(crlf('BEGIN:VCARD', 'FN:A', 'TEL:+77011234567', ...card('FN:B', 'TEL:+77019876543')));
    expect(r.errors).toEqual([{ line: 1, message: 'nested-begin' }]);
    expect(r.contacts.map((c) => c.name)).toEqual(['B']);
  });

  test('missing name, missing phone, bad phone are reported at the card start', () => {
    const vcf = crlf(
      ...card('TEL:+77011234567'), // line 1
      ...card('FN:No phone'), // line 5
      ...card('FN:Bad', 'TEL:call me'), // line 9
      ...card('FN:Good', 'TEL:+77011234567'), // line 14
    );
    const r = parseVCards(vcf);
    expect(r.errors).toEqual([
      { line: 1, message: 'missing-name' },
      { line: 5, message: 'missing-phone', detail: 'No phone' },
      { line: 9, message: 'bad-phone', detail: 'call me' },
    ]);
    expect(r.contacts.map((c) => c.name)).toEqual(['Good']);
  });

  test('bad quoted-printable and unknown charsets are bad-encoding', () => {
    expect(parseVCards(crlf(...card('FN;ENCODING=QUOTED-PRINTABLE:=ZZ', 'TEL:+77011234567'))).errors).toEqual([
      { line: 1, message: 'bad-encoding', detail: '=ZZ' },
    ]);
    expect(parseVCards(crlf(...card('FN;CHARSET=x-nonsense;ENCODING=QUOTED-PRINTABLE:=41', 'TEL:+77011234567'))).errors[0]).toMatchObject({
      message: 'bad-encoding',
    });
    // Invalid UTF-8 bytes
    expect(parseVCards(crlf(...card('FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0', 'TEL:+77011234567'))).errors[0]).toMatchObject({
      message: 'bad-encoding',
    });
  });

  test('a windows-1251 file read as UTF-8 (replacement characters) is bad-encoding', () => {
    const r = parseVCards(crlf(...card('FN:\ufffd\ufffd\ufffd\ufffd', 'TEL:+77011234567')));
    expect(r.errors).toEqual([{ line: 1, message: 'bad-encoding', detail: 'FN' }]);
    expect(r.contacts).toEqual([]);
  });

  test('base64 values are decoded', () => {
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode('Әже')));
    expect(parseVCards(crlf(...card(`FN;ENCODING=b;CHARSET=UTF-8:${b64}`, 'TEL:+77011234567'))).contacts[0]?.name).toBe('Әже');
    expect(parseVCards(crlf(...card('FN;ENCODING=BASE64:!!!', 'TEL:+77011234567'))).errors[0]?.message).toBe('bad-encoding');
  });

  test('binary garbage has no cards', () => {
    const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(parseVCards(bytes)).toEqual({ contacts: [], errors: [{ line: 0, message: 'no-cards' }] });
    expect(parseVCards('')).toEqual({ contacts: [], errors: [{ line: 0, message: 'no-cards' }] });
  });

  test('huge input is refused whole, by UTF-8 size', () => {
    expect(parseVCards('x'.repeat(VCARD_LIMITS.maxBytes + 1))).toEqual({ contacts: [], errors: [{ line: 0, message: 'too-large' }] });
    // 400 000 Cyrillic letters are 800 000 bytes: under the limit. 600 000 are 1.2 MB: over.
    expect(parseVCards('ж'.repeat(400_000)).errors).toEqual([{ line: 0, message: 'no-cards' }]);
    expect(parseVCards('ж'.repeat(600_000)).errors).toEqual([{ line: 0, message: 'too-large' }]);
  });

  test('more than 1000 cards: the first 1000 are read and too-many is reported', () => {
    const one = card('FN:A', 'TEL:+77011234567');
    const vcf = crlf(...Array.from({ length: 1001 }, () => one).flat());
    const r = parseVCards(vcf);
    expect(r.contacts).toHaveLength(1000);
    expect(r.errors).toEqual([{ line: 1000 * one.length + 1, message: 'too-many' }]);
  });

  test('a used line longer than 10 000 characters after unfolding fails its card', () => {
    const folded = ['NOTE:' + 'a'.repeat(5000), ' ' + 'b'.repeat(5000), ' ' + 'c'.repeat(100)];
    const r = parseVCards(crlf(...card('FN:A', 'TEL:+77011234567', ...folded), ...card('FN:B', 'TEL:+77011234567')));
    expect(r.errors).toEqual([{ line: 1, message: 'line-too-long', detail: 'NOTE' }]);
    expect(r.contacts.map((c) => c.name)).toEqual(['B']);
  });

  test('names and notes over their limits are cut and reported', () => {
    const long = 'Ә'.repeat(250);
    const r = parseVCards(crlf(...card(`FN:${long}`, 'TEL:+77011234567', `NOTE:${'😀'.repeat(1200)}`)));
    expect(r.contacts[0]?.name).toBe('Ә'.repeat(200));
    expect(Array.from(r.contacts[0]?.note ?? '')).toHaveLength(1000);
    expect(r.contacts[0]?.note).toBe('😀'.repeat(1000)); // not cut inside a surrogate pair
    expect(r.errors.map((e) => e.message)).toEqual(['name-too-long', 'note-too-long']);
    expect(r.errors[0]?.detail?.length).toBeLessThanOrEqual(81);
  });

  test('a quoted-printable soft break joins the next line, but never an END', () => {
    const atEnd = parseVCards(crlf('BEGIN:VCARD', 'TEL:+77011234567', 'FN;ENCODING=QUOTED-PRINTABLE:=41=', 'END:VCARD'));
    expect(atEnd).toEqual({ contacts: [{ name: 'A', phone: '+77011234567' }], errors: [] });
    // A stray "=" takes the next property as its continuation, as QP says; the card then lacks a TEL.
    const stray = parseVCards(crlf('BEGIN:VCARD', 'FN;ENCODING=QUOTED-PRINTABLE:=41=', 'TEL:+77011234567', 'END:VCARD'));
    expect(stray.errors).toEqual([{ line: 1, message: 'missing-phone', detail: 'ATEL:+77011234567' }]);
  });
});

describe('parseVCards: fuzz', () => {
  test('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        const r = parseVCards(s);
        expect(Array.isArray(r.contacts) && Array.isArray(r.errors)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('never throws on vCard-shaped noise, and every error has a known code and line', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'FN:', 'N:;;;;', 'TEL:', 'TEL;CELL:+77011234567', 'NOTE:',
        'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=98=', 'FN;ENCODING=b:', 'ROLE:', '\\', '=', ';', ':', '"', ' ', '\t',
        '\r\n', '\n', '\r', '\r\n ', 'item1.', 'TEL;VALUE=uri:tel:', '\ufffd', '\ud800', '\u202e',
      ),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const codes = new Set(['too-large', 'no-cards', 'too-many', 'unterminated-card', 'nested-begin', 'line-too-long', 'bad-encoding', 'missing-name', 'missing-phone', 'bad-phone', 'name-too-long', 'role-too-long', 'note-too-long']);
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), (parts) => {
        const s = parts.join('');
        const r = parseVCards(s);
        for (const e of r.errors) {
          expect(codes.has(e.message)).toBe(true);
          expect(Number.isInteger(e.line) && e.line >= 0).toBe(true);
        }
        for (const c of r.contacts) expect(c.name.length > 0 && c.phone.length > 0).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('toVCard', () => {
  test('writes vCard 3.0 with CRLF, escaping, ROLE and NOTE', () => {
    const out = toVCard([{ name: 'Асель; адвокат, Алматы', phone: '+77011234567', role: 'lawyer', note: 'a\\b\nc' }]);
    expect(out).toBe(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Асель\\; адвокат\\, Алматы',
        'N:;Асель\\; адвокат\\, Алматы;;;',
        'TEL;TYPE=CELL:+77011234567',
        'ROLE:lawyer',
        'NOTE:a\\\\b\\nc',
        'END:VCARD',
      ),
    );
    expect(toVCard([])).toBe('');
  });

  test('folds at 75 octets without splitting a UTF-8 character or an escape', () => {
    const out = toVCard([{ name: 'Ә'.repeat(100), phone: '+77011234567', note: '😀,'.repeat(60) }]);
    const lines = out.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff]$/); // no half pair at a line end
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\$/); // no escape left open at a line end
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(parseVCards(out).contacts[0]).toEqual({ name: 'Ә'.repeat(100), phone: '+77011234567', note: '😀,'.repeat(60) });
  });

  // Names and notes as the parser returns them: no control characters or bidi overrides, whitespace
  // collapsed in names, within the limits.
  const bidi = /[\u202a-\u202e\u2066-\u2069]/g;
  const controls = /[\u0000-\u001f\u007f-\u009f]/g;
  const nameArb = fc
    .string({ unit: fc.oneof(fc.constantFrom(...'АәҚңөұүіЖщ ;,\\:"'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 80 })
    .map((s) => s.replace(controls, ' ').replace(bidi, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && !s.includes('\ufffd'));
  const noteArb = fc
    .string({ unit: fc.oneof(fc.constantFrom(...'жә\n,;\\ '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 300 })
    .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(bidi, '').replace(/\r/g, '').trim())
    .filter((s) => !s.includes('\ufffd'));
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const phoneArb = fc.oneof(
    digits(10).map((d) => `+7${d}`),
    digits(10).map((d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`),
    digits(10).map((d) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`),
    fc.constantFrom('112', '102', '1414'),
    fc.tuple(fc.integer({ min: 1, max: 6 }), digits(9)).map(([c, d]) => `+${c}${d}`),
  );
  const contactArb = fc.record(
    { name: nameArb, phone: phoneArb, role: nameArb, note: noteArb },
    { requiredKeys: ['name', 'phone'] },
  );

  test('property: parseVCards(toVCard(x)) gives back the names, phones, roles and notes', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 8 }), (contacts) => {
        const r = parseVCards(toVCard(contacts));
        if (contacts.length === 0) {
          expect(r.errors).toEqual([{ line: 0, message: 'no-cards' }]);
          return;
        }
        expect(r.errors).toEqual([]);
        expect(r.contacts.map((c) => [c.name, c.phone])).toEqual(contacts.map((c) => [c.name, c.phone]));
        expect(r.contacts.map((c) => c.role)).toEqual(contacts.map((c) => c.role || undefined));
        expect(r.contacts.map((c) => c.note)).toEqual(contacts.map((c) => c.note || undefined));
      }),
      { numRuns: 1000 },
    );
  });
});
