import { describe, expect, test } from 'vitest';
import { barePhoneProblems, isIsoDate } from '../../scripts/content/validate';
import { check, checkFiles, lineOf, path, VALID } from './content-fixtures';

/** The issues, as "file:line: message" strings, for compact, exact assertions. */
const run = (...args: Parameters<typeof check>) => check(...args).map((i) => `${i.file}:${i.line}: ${i.message}`);

/** Exactly one problem, in this file, at this line, with a message matching `re`. */
function expectOnly(issues: string[], file: string, line: number, re: RegExp) {
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatch(new RegExp(`^${file}:${line}: `));
  expect(issues[0]).toMatch(re);
}

// Lines of the fixture that the tests change.
const STEP = lineOf(VALID, 'Ask who they are');
const COMPLAIN = lineOf(VALID, '[[cpc 105]]');
const SOURCE = lineOf(VALID, '- [[report 8]]');

/** `issue` is at this file and line, and its message matches `re`. */
function expectAt(issue: string | undefined, file: string, line: number, re: RegExp) {
  const prefix = `${file}:${line}: `;
  expect(issue?.slice(0, prefix.length)).toBe(prefix);
  expect(issue?.slice(prefix.length)).toMatch(re);
}

const withLine = (text: string, after: string, add: string) => text.replace(after, `${after}\n${add}`);

test('the valid fixture passes in all three languages', () => {
  expect(run()).toEqual([]);
});

describe('languages', () => {
  test('a language lacking a guide that another has', () => {
    const issues = checkFiles([
      { lang: 'kk', id: 'detained', text: VALID.replace('id: phone-check', 'id: detained') },
      { lang: 'ru', id: 'detained', text: VALID.replace('id: phone-check', 'id: detained') },
    ]).map((i) => `${i.file}:${i.line}: ${i.message}`);
    expectOnly(issues, path('kk', 'detained'), 1, /no en version: locales\/en\/guides\/detained\.md is missing/);
  });
});

describe('front matter', () => {
  test('a missing field', () => {
    expectOnly(run({ ru: VALID.replace('title: Police want to check my phone\n', '') }), path('ru'), 1, /"title" is missing/);
  });

  test('id different from the file name', () => {
    expectOnly(run({ en: VALID.replace('id: phone-check', 'id: phone') }), path('en'), 2, /id "phone" must equal the file name "phone-check"/);
  });

  test('order not a positive whole number', () => {
    const issues = run({ kk: VALID.replace('order: 1', 'order: first') });
    expect(issues).toContainEqual(expect.stringMatching(/^locales\/kk\/guides\/phone-check\.md:5: order must be a positive whole number/));
  });

  test('order differing between languages', () => {
    expectOnly(run({ en: VALID.replace('order: 1', 'order: 2') }), path('en'), 5, /order 2 differs from kk \(1\)/);
  });

  test('reviewed not a real date', () => {
    expectOnly(run({ kk: VALID.replace('2026-11-01', '2026-02-30') }), path('kk'), 6, /reviewed must be a real date/);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  test('reviewed in the future', () => {
    expectOnly(run({ ru: VALID.replace('2026-11-01', '2026-11-23') }), path('ru'), 6, /2026-11-23 is in the future \(today is 2026-11-22\)/);
    expect(run({ ru: VALID.replace('2026-11-01', '2026-11-22') })).toEqual([]);
  });

  test('short longer than 30 characters (counted in letters, not bytes)', () => {
    expectOnly(run({ en: VALID.replace('short: Phone check', `short: ${'x'.repeat(31)}`) }), path('en'), 4, /short is 31 characters; at most 30/);
    expect(run({ kk: VALID.replace('short: Phone check', `short: ${'ә'.repeat(30)}`) })).toEqual([]);
  });

  test('an unknown field', () => {
    expectOnly(run({ en: withLine(VALID, 'order: 1', 'author: me') }), path('en'), 6, /unknown front matter field "author"/);
  });

  test('the same order used by two guides of one language', () => {
    const other = VALID.replace('id: phone-check', 'id: detained');
    const files = (['kk', 'ru', 'en'] as const).flatMap((lang) => [
      { lang, id: 'phone-check', text: VALID },
      { lang, id: 'detained', text: other },
    ]);
    const issues = checkFiles(files);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toEqual({ file: path('en', 'phone-check'), line: 5, message: 'order 1 is also used by "detained"' });
  });
});

describe('sections', () => {
  test('a required section missing', () => {
    const text = VALID.replace(/## What to say \{#say\}\n.*\n\n/, '');
    expectOnly(run({ kk: text }), path('kk'), lineOf(text, '{#rights}'), /section \{#say\} is missing/);
  });

  test('sections out of order', () => {
    const text = VALID.replace('## What to do {#steps}', '## What to say {#say}\n- "No."\n\n## What to do {#steps}')
      .replace(/## What to say \{#say\}\n- "I do not.*\n\n/, '');
    expectOnly(run({ kk: text }), path('kk'), lineOf(text, '{#steps}'), /section \{#steps\} is out of order/);
  });

  test('an unknown section id', () => {
    const text = `${VALID}\n## Extra {#extra}\nText.\n`;
    expectOnly(run({ ru: text }), path('ru'), lineOf(text, '{#extra}'), /unknown section id \{#extra\}/);
  });

  test('an empty section', () => {
    const text = VALID.replace('1. Ask who they are.\n', '');
    expectOnly(run({ en: text }), path('en'), lineOf(text, '{#steps}'), /section \{#steps\} is empty/);
  });

  test('a section given twice', () => {
    const text = `${VALID}\n## Sources again {#sources}\n- [[report 8]]\n`;
    const issues = run({ en: text });
    expect(issues).toContainEqual(expect.stringMatching(new RegExp(`^${path('en')}:${lineOf(text, 'Sources again')}: section \\{#sources\\} appears twice`)));
  });
});

describe('summary', () => {
  test('not a single bullet list', () => {
    const text = withLine(VALID, '## In 30 seconds {#summary}', 'A paragraph first.\n');
    expectOnly(run({ kk: text }), path('kk'), 9, /\{#summary\} must be a single bullet list/);
  });

  test('a numbered list instead of bullets', () => {
    const text = VALID.replace('- Stay calm', '1. Stay calm').replace('- If you are hurt', '2. If you are hurt');
    expectOnly(run({ kk: text }), path('kk'), 9, /single bullet list/);
  });

  test('more than 5 points', () => {
    const extra = Array.from({ length: 4 }, (_, i) => `- Point ${i + 3}.`).join('\n');
    const text = withLine(VALID, '- If you are hurt, call [tel:112].', extra);
    expectOnly(run({ en: text }), path('en'), 9, /\{#summary\} has 6 points; at most 5/);
  });
});

describe('citations', () => {
  test('a rights item without a citation', () => {
    const text = withLine(VALID, "- A search needs a judge's sanction [[cpc 254(1)]].", '- You may stay **silent**.');
    expectOnly(run({ en: text }), path('en'), lineOf(text, 'stay **silent**'), /every \{#rights\} item must cite a law/);
  });

  test('a citation inside bold counts for a rights item', () => {
    const text = VALID.replace("sanction [[cpc 254(1)]].", "**sanction [[cpc 254(1)]]**.");
    expect(run({ kk: text, ru: text, en: text })).toEqual([]);
  });

  // The same change in all three languages, so only the citation itself is wrong.
  const everywhere = (from: string, to: string) => {
    const t = VALID.replace(from, to);
    return run({ kk: t, ru: t, en: t });
  };

  test('an unknown source key', () => {
    const issues = everywhere('[[cpc 105]]', '[[upk 105]]');
    expect(issues).toHaveLength(3);
    expectAt(issues[0], path('en'), COMPLAIN, /\[\[upk 105\]\]: unknown source "upk"/);
  });

  test('a key that needs an article, without one', () => {
    expectAt(everywhere('[[cpc 105]]', '[[cpc]]')[0], path('en'), COMPLAIN, /\[\[cpc\]\]: "cpc" needs an article/);
  });

  test('a whole-document key given an article', () => {
    expectAt(everywhere('[[cpc 105]]', '[[pal 5]]')[0], path('en'), COMPLAIN, /\[\[pal 5\]\]: "pal" is cited as a whole document/);
  });

  test('an article that is not in the verified list', () => {
    expectAt(everywhere('[[cpc 105]]', '[[cpc 999]]')[0], path('en'), COMPLAIN, /\[\[cpc 999\]\]: article 999 of "cpc" is not in the verified list/);
  });

  test('a malformed article reference', () => {
    expect(everywhere('[[cpc 105]]', '[[cpc 105(]]')[0]).toMatch(/malformed article reference "105\("/);
    expect(everywhere('[[cpc 105]]', '[[cpc 105(0)]]')[0]).toMatch(/malformed article reference/);
  });

  test('a report chapter or seed document that does not exist', () => {
    expectAt(everywhere('[[report 8]]', '[[report 10]]')[0], path('en'), SOURCE, /chapter, 1-9/);
    expectAt(everywhere('[[report 8]]', '[[seed 004]]')[0], path('en'), SOURCE, /seed documents are 000, 001, 002, 003/);
  });

  test('different citations in a section between languages, naming what is missing where', () => {
    const more = VALID.replace("sanction [[cpc 254(1)]].", "sanction [[cpc 254(1)]] [[cpc 255]].");
    const issues = run({ kk: more });
    const line = lineOf(VALID, '{#rights}');
    expect(issues).toEqual([
      `${path('en')}:${line}: {#rights} lacks [[cpc 255]] (cited in kk ×1); citations must be the same in every language`,
      `${path('ru')}:${line}: {#rights} lacks [[cpc 255]] (cited in kk ×1); citations must be the same in every language`,
    ]);
  });

  test('the same citation a different number of times (multiset, not set)', () => {
    const twice = VALID.replace('Complain to the prosecutor [[cpc 105]].', 'Complain [[cpc 105]], again [[cpc 105]].');
    const issues = run({ kk: twice, ru: twice });
    expectOnly(issues, path('en'), lineOf(VALID, '{#afterwards}'), /\{#afterwards\} cites \[\[cpc 105\]\] ×1 here but kk ×2, ru ×2/);
  });

  test('a citation moved to another section counts as different', () => {
    const moved = VALID.replace('Complain to the prosecutor [[cpc 105]].', 'Complain to the prosecutor.')
      .replace('- [[report 8]]', '- [[report 8]] [[cpc 105]]');
    const issues = run({ en: moved });
    expect(issues).toHaveLength(3);
    expect(issues).toContainEqual(expect.stringMatching(/en\/.*\{#afterwards\} lacks \[\[cpc 105\]\] \(cited in kk ×1, ru ×1\)/));
  });
});

describe('card', () => {
  const card = `${VALID}\n## Show to the officer {#card}\n- A search needs a judge [[cpc 254(1)]].\n`;

  test('a card in one language but not another', () => {
    const issues = run({ kk: card, ru: card });
    expectOnly(issues, path('en'), lineOf(VALID, '{#sources}'), /no \{#card\} section, but kk, ru has one/);
    expect(run({ kk: card, ru: card, en: card })).toEqual([]);
  });
});

describe('phone numbers', () => {
  test('a [tel:] number that is not verified', () => {
    const t = VALID.replace('[tel:112]', '[tel:150]');
    const issues = run({ kk: t, ru: t, en: t });
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/:11: \[tel:150\] is not a verified number; allowed: 112, 102, 103, 101, 104, 111, 1414/);
  });

  test('different phone numbers between languages', () => {
    const t = VALID.replace('[tel:112]', '[tel:102]');
    const issues = run({ ru: t });
    expect(issues).toContain(`${path('ru')}:1: [tel:112] is missing here but present in kk, en`);
    expect(issues).toContain(`${path('kk')}:1: [tel:102] is missing here but present in ru`);
    expect(issues).toHaveLength(3);
  });

  test('a bare number that looks like a phone number', () => {
    for (const bare of ['+7 701 123 45 67', '8 (727) 123-45-67', '87011234567', '12345', '123-45-67']) {
      const t = VALID.replace('1. Ask who they are.', `1. Call ${bare}.`);
      const issues = run({ kk: t, ru: t, en: t });
      expect(issues, bare).toHaveLength(3);
      expectAt(issues[0], path('en'), STEP, /".*" looks like a phone number/);
    }
  });

  test('years and small numbers are not phone numbers', () => {
    const t = VALID.replace('1. Ask who they are.', '1. Since 1 July 2026, at most 48 hours (72 in 2022); 702 000 people; 21.05.2013 No. 94-V.');
    expect(run({ kk: t, ru: t, en: t })).toEqual([]);
    expect(barePhoneProblems('8 January 2022')).toEqual([]);
  });

  test('the unverified numbers 150 and 115, bare', () => {
    for (const n of ['150', '115']) {
      const t = VALID.replace('1. Ask who they are.', `1. Some say to call ${n}.`);
      const issues = run({ kk: t, ru: t, en: t });
      expect(issues, n).toHaveLength(3);
      expectAt(issues[0], path('en'), STEP, new RegExp(`^${n} is not a verified number`));
    }
    expect(barePhoneProblems('1150 or 1151 or 15.0')).toEqual([]);
  });

  test('a phone number in the title is caught too', () => {
    const t = VALID.replace('title: Police want to check my phone', 'title: Call 87011234567');
    expect(run({ kk: t, ru: t, en: t })[0]).toMatch(/:3: "87011234567" looks like a phone number/);
  });
});

test('syntax errors from the parser are included, with the file and line', () => {
  const t = VALID.replace('1. Ask who they are.', '1. Ask <b>who</b> they are.');
  expect(run({ ru: t })).toEqual([`${path('ru')}:${STEP}: raw HTML is not allowed`]);
});
