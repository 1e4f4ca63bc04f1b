import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Block, Inline } from '../../src/features/guides/types';
import { formatReviewed } from '../../scripts/content/parse';
import { validateGuides } from '../../scripts/content/validate';
import { parse, TODAY, VALID } from './content-fixtures';
import { FUZZ_RUNS } from './fuzz';

const HEAD = VALID.slice(0, VALID.indexOf('## In 30 seconds'));
/** Front matter, then `body` as the whole {#summary} section starting on line 9. */
const body = (text: string) => `${HEAD}## In 30 seconds {#summary}\n${text}\n`;
/** The blocks of the first section of `text`, failing the test on any syntax error. */
function blocks(text: string): Block[] {
  const r = parse(body(text));
  expect(r.errors).toEqual([]);
  return r.guide!.sections[0]!.blocks;
}
/** The inlines of a one-line paragraph. */
const inline = (line: string): Inline[] => (blocks(line)[0] as { c: Inline[] }).c;
/** Syntax errors of a body, as "line: message". */
const errors = (text: string) => parse(body(text)).errors.map((e) => `${e.line}: ${e.message}`);

describe('front matter', () => {
  test('reads fields, ignoring comments and quotes, with their lines', () => {
    const r = parse(VALID.replace('id: phone-check', 'id: phone-check   # same as the file name').replace('short: Phone check', 'short: "Phone: check # 1"'));
    expect(r.errors).toEqual([]);
    expect(r.front.id).toEqual({ value: 'phone-check', line: 2 });
    expect(r.front.short).toEqual({ value: 'Phone: check # 1', line: 4 });
    expect(r.guide).toMatchObject({ id: 'phone-check', lang: 'en', order: 1, reviewed: '2026-11-01', short: 'Phone: check # 1' });
  });

  test('the reviewed date is also written out in the guide\'s language, at build time', () => {
    expect(parse(VALID).guide!.reviewedText).toBe('November 1, 2026');
    expect(formatReviewed('2026-11-22', 'kk')).toBe('2026 ж. 22 қараша');
    expect(formatReviewed('2026-11-22', 'ru')).toBe('22 ноября 2026 г.');
    // A language this Node has no names for gets digits, never another language's month names.
    expect(formatReviewed('2026-02-05', 'zz')).toBe('05.02.2026');
    expect(formatReviewed('not a date', 'en')).toBe('');
  });

  test('a file without front matter, or with it unclosed', () => {
    expect(parse('## Title {#summary}\n- a\n').errors.map((e) => e.line)).toEqual([1]);
    expect(parse('---\nid: x\n').errors[0]!.message).toMatch(/not closed/);
  });

  test('a malformed line and a field given twice', () => {
    const r = parse(VALID.replace('order: 1', 'order 1\nid: again'));
    expect(r.errors.map((e) => `${e.line}: ${e.message}`)).toEqual(['5: front matter lines are "key: value", got "order 1"', '6: "id" is given twice']);
  });
});

describe('blocks', () => {
  test('sections keep their title, id and file order; only known ids reach the guide', () => {
    const r = parse(`${VALID}\n## Odd {#odd}\nText.\n`);
    expect(r.sections.map((s) => [s.id, s.title, s.line])).toEqual([
      ['summary', 'In 30 seconds', 9], ['steps', 'What to do', 13], ['say', 'What to say', 16],
      ['rights', 'Your rights', 19], ['afterwards', 'Afterwards', 22], ['sources', 'Sources', 25], ['odd', 'Odd', 28],
    ]);
    expect(r.guide!.sections.map((s) => s.id)).toEqual(['summary', 'steps', 'say', 'rights', 'afterwards', 'sources']);
  });

  test('a paragraph joins its lines with a space; a blank line ends it', () => {
    expect(blocks('One\ntwo.\n\nThree.')).toEqual([{ t: 'p', c: ['One two.'] }, { t: 'p', c: ['Three.'] }]);
  });

  test('bullet and numbered lists, one line per item, with item lines', () => {
    const r = parse(body('- a\n- b\n\n1. c\n2. d'));
    expect(r.guide!.sections[0]!.blocks).toEqual([{ t: 'ul', items: [['a'], ['b']] }, { t: 'ol', items: [['c'], ['d']] }]);
    expect(r.sections[0]!.blocks.map((b) => [b.line, b.itemLines])).toEqual([[10, [10, 11]], [13, [13, 14]]]);
  });

  test('a blank line between items keeps one list (as Markdown does)', () => {
    expect(blocks('- a\n\n- b')).toEqual([{ t: 'ul', items: [['a'], ['b']] }]);
  });

  test('subheadings and notes; consecutive > lines make one note', () => {
    expect(blocks('### Criminal case\n> Do not\n> resist.\n\n> Second.')).toEqual([
      { t: 'h3', c: ['Criminal case'] },
      { t: 'note', c: ['Do not resist.'] },
      { t: 'note', c: ['Second.'] },
    ]);
  });

  test('Windows line endings and a byte-order mark', () => {
    const r = parse(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`);
    expect(r.errors).toEqual([]);
    expect(r.guide).toEqual(parse(VALID).guide);
  });
});

describe('inlines', () => {
  test('bold', () => {
    expect(inline('Stay **calm** now')).toEqual(['Stay ', { b: ['calm'] }, ' now']);
  });

  test('a citation, rendered in the file language, key kept as written', () => {
    expect(inline('See [[cpc 254(1)]].')).toEqual([
      'See ',
      { cite: 'CPC art. 254(1)', full: 'Criminal Procedure Code of Kazakhstan, article 254, part 1', key: 'cpc 254(1)' },
      '.',
    ]);
    const ru = parse(body('[[cpc 254(1)]]'), 'ru').guide!.sections[0]!.blocks[0];
    expect(ru).toEqual({ t: 'p', c: [{ cite: 'УПК РК, ст. 254 ч. 1', full: 'Уголовно-процессуальный кодекс Республики Казахстан, статья 254, часть 1', key: 'cpc 254(1)' }] });
  });

  test('citations in a row, inside bold, and whole-document citations', () => {
    const c = inline('**[[cpc 254(1)]] [[cpc 255]]** [[pal]]');
    expect(c.map((x) => JSON.stringify(x).slice(0, 40))).toHaveLength(3);
    expect((c[0] as { b: Inline[] }).b.map((x) => (typeof x === 'string' ? x : 'key' in x ? x.key : '?'))).toEqual(['cpc 254(1)', ' ', 'cpc 255']);
    expect(c[2]).toMatchObject({ key: 'pal', cite: 'Law on Peaceful Assemblies' });
  });

  test('an unknown citation still parses (the validator reports it) and shows the raw key', () => {
    const r = parse(body('[[xyz 1]]'));
    expect(r.errors).toEqual([]);
    expect(r.guide!.sections[0]!.blocks[0]).toEqual({ t: 'p', c: [{ cite: 'xyz 1', full: 'xyz 1', key: 'xyz 1' }] });
    expect(r.sections[0]!.cites).toEqual([{ key: 'xyz', ref: '1', line: 10 }]);
  });

  test('a phone number', () => {
    expect(inline('Call [tel:112] now')).toEqual(['Call ', { tel: '112' }, ' now']);
    expect(parse(body('Call [tel:112].')).sections[0]!.tels).toEqual([{ value: '112', line: 10 }]);
  });

  test('a link to a screen of the app, with bold text', () => {
    expect(inline('See [**the** guide](#/guides/detained).')).toEqual(['See ', { href: '#/guides/detained', c: [{ b: ['the'] }, ' guide'] }, '.']);
  });

  test('text runs outside markup are recorded for the phone-number check, link targets and citations are not', () => {
    const r = parse(body('A [b](#/x/12345) [[cpc 254]] [tel:112] c'));
    expect(r.sections[0]!.texts.map((t) => t.value)).toEqual(['In 30 seconds', 'A ', 'b', ' ', ' ', ' c']);
  });
});

describe('rejected syntax, with its line', () => {
  const cases: [string, RegExp][] = [
    ['Press <b>here</b>', /raw HTML/],
    ['<!-- note -->', /raw HTML/],
    ['[site](https://example.com)', /only links to app screens/],
    ['[site](guides/x)', /only links to app screens/],
    ['Visit https://example.com', /web addresses/],
    ['# Title', /"#" heading/],
    ['#### Deep', /"####" heading/],
    ['| a | b |', /tables/],
    ['```', /code blocks/],
    ['* item', /bullets are written "- item"/],
    ['1) item', /numbered items/],
    ['***', /horizontal rules/],
    ['  indented', /indented line/],
    ['Some **bold', /unclosed "\*\*"/],
    ['Some *italic*', /single "\*"/],
    ['Some `code`', /code/],
    ['[tel 112]', /stray "\["/],
    ['[tel:11 2]', /digits only/],
    ['[[cpc 254 255]]', /malformed citation/],
    ['[[cpc 254', /unclosed "\[\["/],
    ['a ] b', /stray "\]"/],
    ['-', /empty list item/],
  ];
  test.each(cases)('%s', (line, re) => {
    const errs = errors(line);
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]).toMatch(/^10: /);
    expect(errs[0]).toMatch(re);
  });

  test('text before the first section, reported once', () => {
    expect(parse(`${HEAD}stray\nmore\n## S {#summary}\n- a\n`).errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '9: text before the first "## Title {#id}" section',
    ]);
  });

  test('a section heading without an id', () => {
    expect(parse(`${HEAD}## Summary\n- a\n`).errors[0]).toMatchObject({ line: 9, message: expect.stringMatching(/"## Title \{#id\}"/) });
  });

  test('a paragraph line straight after a list item (a wrapped item)', () => {
    expect(errors('- item\ncontinued')).toEqual(['11: one line per list item: put a blank line between a list and a paragraph']);
  });

  test('no guide is built when there are syntax errors', () => {
    expect(parse(body('<b>x</b>')).guide).toBeNull();
  });
});

describe('never throws', () => {
  /** Fragments of the format, so random files hit the interesting paths, not just plain text. */
  const token = fc.constantFrom(
    '---', '\n', '\n\n', 'id: x', 'order: 1', '## T {#summary}', '## T {#rights}', '### ', '#', '- ', '1. ', '> ', '**',
    '[[', ']]', '[[cpc 254(1)]]', '[[report 9]]', '[tel:', '[tel:112]', '[', ']', '(', ')', '(#/x)', '](#/a)', '<b>', ' ',
    'text', '87011234567', '\r\n', '\uFEFF', '*', '`', '{#', '}', '  ', '|',
  );
  const fileText = fc.oneof(fc.string({ maxLength: 400 }), fc.array(token, { maxLength: 60 }).map((t) => t.join('')));

  test('returns a guide or errors for any text, with errors inside the file', () => {
    fc.assert(
      fc.property(fileText, fc.constantFrom('kk', 'ru', 'en') as fc.Arbitrary<'kk' | 'ru' | 'en'>, (text, lang) => {
        const r = parse(text, lang);
        expect(r.guide !== null || r.errors.length > 0).toBe(true);
        expect(r.guide === null).toBe(r.errors.length > 0);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const e of r.errors) expect(e.line >= 1 && e.line <= lines).toBe(true);
        if (r.guide) expect(JSON.parse(JSON.stringify(r.guide))).toEqual(r.guide);
        // The validator must cope with whatever the parser gives it.
        expect(validateGuides([r], TODAY).length).toBeGreaterThanOrEqual(r.errors.length);
      }),
      // FC_RUNS=200000 (with --testTimeout=600000) for a deep run.
      { numRuns: FUZZ_RUNS },
    );
  });
});
