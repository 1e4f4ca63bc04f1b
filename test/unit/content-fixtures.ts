/** Small guide sources for the content compiler's tests: one valid guide, and helpers to break it. */
import type { Lang } from '../../src/features/guides/types';
import { parseGuide, type Issue, type ParsedGuide } from '../../scripts/content/parse';
import { validateGuides } from '../../scripts/content/validate';

export const TODAY = '2026-11-22';

/** A minimal guide that passes every check. Line numbers matter to the tests: keep its shape. */
export const VALID = `---
id: phone-check
title: Police want to check my phone
short: Phone check
order: 1
reviewed: 2026-11-01
---

## In 30 seconds {#summary}
- Stay calm and ask for the grounds [[cpc 254(1)]].
- If you are hurt, call [tel:112].

## What to do {#steps}
1. Ask who they are.

## What to say {#say}
- "I do not consent to a search of my phone."

## Your rights {#rights}
- A search needs a judge's sanction [[cpc 254(1)]].

## Afterwards {#afterwards}
Complain to the prosecutor [[cpc 105]].

## Sources {#sources}
- [[report 8]]
`;

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
}

export const path = (lang: Lang, id = 'phone-check') => `locales/${lang}/guides/${id}.md`;

export const parse = (text: string, lang: Lang = 'en', id = 'phone-check'): ParsedGuide =>
  parseGuide(text, { file: path(lang, id), lang, id });

/** Validates one guide in the given languages; languages not given get VALID. */
export function check(texts: Partial<Record<Lang, string>> = {}, id = 'phone-check', today = TODAY): Issue[] {
  const langs: Lang[] = ['kk', 'ru', 'en'];
  return validateGuides(
    langs.map((l) => parse(texts[l] ?? VALID, l, id)),
    today,
  );
}

/** Validates an arbitrary set of files. */
export const checkFiles = (files: { lang: Lang; id: string; text: string }[], today = TODAY): Issue[] =>
  validateGuides(files.map((f) => parse(f.text, f.lang, f.id)), today);

export const messages = (issues: Issue[]) => issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
