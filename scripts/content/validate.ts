/**
 * Checks parsed guides, each file alone and all languages against each other, and names the file and
 * line of every problem. Pure: "today" is a parameter so the date check is testable.
 */
import { OFFICIAL_NUMBERS } from '../../src/lib/numbers.ts';
import type { Inline, Lang } from '../../src/features/guides/types.ts';
import { SECTION_IDS } from '../../src/features/guides/types.ts';
import { checkCitation } from './laws.ts';
import type { Issue, ParsedGuide, SectionSource } from './parse.ts';

/** Languages in the order their files are reported and compared (Kazakh is the reference). */
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** Phone numbers verified in shared/legal-facts.md; nothing else may be shown as one. */
export const ALLOWED_TELS: readonly string[] = OFFICIAL_NUMBERS;

const FRONT_KEYS = ['id', 'title', 'short', 'order', 'reviewed'];
const SHORT_MAX = 30;
/** Canonical order: the required sections, then the optional card. */
const ORDER: readonly string[] = [...SECTION_IDS, 'card'];
const SUMMARY_MAX = 5;

/** All problems in a set of parsed files (syntax errors included), sorted by file and line. */
export function validateGuides(files: readonly ParsedGuide[], today: string): Issue[] {
  const issues: Issue[] = files.flatMap((f) => [...f.errors, ...checkFile(f, today)]);
  issues.push(...checkAcrossLanguages(files));
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function checkFile(f: ParsedGuide, today: string): Issue[] {
  const out: Issue[] = [];
  const err = (line: number, message: string) => out.push({ file: f.file, line, message });
  checkFront(f, today, err);
  checkSections(f, err);
  for (const s of f.sections) {
    for (const c of s.cites) {
      const problem = checkCitation(c.key, c.ref);
      if (problem) err(c.line, problem);
    }
    for (const t of s.tels) {
      if (!ALLOWED_TELS.includes(t.value)) {
        err(t.line, `[tel:${t.value}] is not a verified number; allowed: ${ALLOWED_TELS.join(', ')}`);
      }
    }
    for (const t of s.texts) for (const problem of barePhoneProblems(t.value)) err(t.line, problem);
  }
  for (const key of ['title', 'short'] as const) {
    const v = f.front[key];
    if (v) for (const problem of barePhoneProblems(v.value)) err(v.line, problem);
  }
  return out;
}

type Err = (line: number, message: string) => void;

function checkFront(f: ParsedGuide, today: string, err: Err) {
  for (const [key, v] of Object.entries(f.front)) {
    if (!FRONT_KEYS.includes(key)) err(v.line, `unknown front matter field "${key}"; fields: ${FRONT_KEYS.join(', ')}`);
  }
  for (const key of FRONT_KEYS) {
    if (!f.front[key]?.value) err(f.front[key]?.line ?? 1, `front matter field "${key}" is missing or empty`);
  }
  const { id, short, order, reviewed } = f.front;
  if (id?.value && id.value !== f.id) err(id.line, `id "${id.value}" must equal the file name "${f.id}"`);
  if (short?.value && [...short.value].length > SHORT_MAX) {
    err(short.line, `short is ${[...short.value].length} characters; at most ${SHORT_MAX}`);
  }
  if (order?.value && !/^[1-9]\d{0,3}$/.test(order.value)) err(order.line, `order must be a positive whole number, got "${order.value}"`);
  if (reviewed?.value) {
    if (!isIsoDate(reviewed.value)) err(reviewed.line, `reviewed must be a real date YYYY-MM-DD, got "${reviewed.value}"`);
    else if (reviewed.value > today) err(reviewed.line, `reviewed ${reviewed.value} is in the future (today is ${today})`);
  }
}

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is rejected). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function checkSections(f: ParsedGuide, err: Err) {
  const seen = new Set<string>();
  let furthest = -1;
  for (const s of f.sections) {
    const rank = ORDER.indexOf(s.id);
    if (rank < 0) {
      // An empty id is a heading without {#id}: the parser has already reported it.
      if (s.id !== '') err(s.line, `unknown section id {#${s.id}}; sections: ${ORDER.join(', ')}`);
      continue;
    }
    if (seen.has(s.id)) err(s.line, `section {#${s.id}} appears twice`);
    else if (rank < furthest) err(s.line, `section {#${s.id}} is out of order; the order is ${ORDER.join(', ')} (card optional)`);
    seen.add(s.id);
    furthest = Math.max(furthest, rank);
    if (s.blocks.length === 0) err(s.line, `section {#${s.id}} is empty`);
  }
  for (const id of SECTION_IDS) {
    if (seen.has(id)) continue;
    // Point at the section the missing one should come before, so the writer sees where it goes.
    const next = f.sections.find((s) => ORDER.indexOf(s.id) > ORDER.indexOf(id));
    err(next?.line ?? f.sections.at(-1)?.line ?? 1, `section {#${id}} is missing`);
  }
  const summary = f.sections.find((s) => s.id === 'summary');
  if (summary && summary.blocks.length > 0) checkSummary(summary, err);
  const rights = f.sections.find((s) => s.id === 'rights');
  if (rights) checkRights(rights, err);
}

function checkSummary(s: SectionSource, err: Err) {
  const [first, ...rest] = s.blocks;
  if (rest.length > 0 || first?.block.t !== 'ul') {
    err(s.line, `{#summary} must be a single bullet list ("- …") and nothing else`);
  } else if (first.block.items.length > SUMMARY_MAX) {
    err(s.line, `{#summary} has ${first.block.items.length} points; at most ${SUMMARY_MAX}`);
  }
}

function checkRights(s: SectionSource, err: Err) {
  for (const { block, itemLines } of s.blocks) {
    if (block.t !== 'ul' && block.t !== 'ol') continue;
    block.items.forEach((item, i) => {
      if (!item.some(hasCitation)) err(itemLines[i] ?? s.line, 'every {#rights} item must cite a law: add [[key article]]');
    });
  }
}

const hasCitation = (x: Inline): boolean =>
  typeof x !== 'string' && ('key' in x || ('b' in x && x.b.some(hasCitation)) || ('c' in x && x.c.some(hasCitation)));

const LONG_RUN = /\d{5,}/;
/** +7 or 8, then ten digits with spaces, hyphens or brackets between: a Kazakh phone number. */
const NATIONAL = /(?:\+\s*7|(?<!\d)8)(?:[\s\-()]*\d){10}(?!\d)/;
/** City numbers like 123-45-67. */
const LOCAL = /(?<!\d)\d{3}-\d{2}-\d{2}(?!\d)/;
/** Numbers circulating as hotlines that legal-facts.md could not verify. */
const UNVERIFIED = /(?<![\p{L}\p{N}])(150|115)(?![\p{N}]|[.,]\p{N})/u;

/** Why a plain text run (outside [tel:] and [[…]]) shows something that looks like a phone number. */
export function barePhoneProblems(text: string): string[] {
  const out: string[] = [];
  const m = NATIONAL.exec(text) ?? LONG_RUN.exec(text) ?? LOCAL.exec(text);
  if (m) out.push(`"${m[0].trim()}" looks like a phone number; only [tel:N] with a verified number may be shown`);
  const u = UNVERIFIED.exec(text);
  if (u) out.push(`${u[1]} is not a verified number (shared/legal-facts.md); do not show it`);
  return out;
}

function checkAcrossLanguages(files: readonly ParsedGuide[]): Issue[] {
  const out: Issue[] = [];
  const byId = new Map<string, ParsedGuide[]>();
  for (const f of files) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  for (const [id, group] of byId) {
    group.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
    const base = group[0]!;
    for (const lang of LANGS) {
      if (!group.some((f) => f.lang === lang)) {
        out.push({ file: base.file, line: 1, message: `no ${lang} version: locales/${lang}/guides/${id}.md is missing` });
      }
    }
    const baseOrder = base.front.order?.value;
    for (const f of group.slice(1)) {
      const o = f.front.order;
      if (o && baseOrder && o.value !== baseOrder) {
        out.push({ file: f.file, line: o.line, message: `order ${o.value} differs from ${base.lang} (${baseOrder})` });
      }
    }
    out.push(...compareCard(group), ...compareCitations(group), ...compareTels(group));
  }
  out.push(...duplicateOrders(files));
  return out;
}

function compareCard(group: ParsedGuide[]): Issue[] {
  const withCard = group.filter((f) => f.sections.some((s) => s.id === 'card'));
  if (withCard.length === 0) return [];
  const langs = withCard.map((f) => f.lang).join(', ');
  return group
    .filter((f) => !withCard.includes(f))
    .map((f) => ({ file: f.file, line: f.sections.at(-1)?.line ?? 1, message: `no {#card} section, but ${langs} has one` }));
}

/** Counts per key; reports each language that has fewer of a key than another language. */
function compareCounts(
  entries: { f: ParsedGuide; line: number; keys: string[] }[],
  describe: (key: string, here: number, others: string) => string,
): Issue[] {
  const counts = entries.map((e) => {
    const m = new Map<string, number>();
    for (const k of e.keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  });
  const all = new Set(entries.flatMap((e) => e.keys));
  const out: Issue[] = [];
  for (const key of all) {
    const max = Math.max(...counts.map((m) => m.get(key) ?? 0));
    entries.forEach((e, i) => {
      const here = counts[i]!.get(key) ?? 0;
      if (here === max) return;
      const others = entries
        .map((o, j) => ({ lang: o.f.lang, n: counts[j]!.get(key) ?? 0 }))
        .filter((o) => o.n > here)
        .map((o) => `${o.lang} ×${o.n}`)
        .join(', ');
      out.push({ file: e.f.file, line: e.line, message: describe(key, here, others) });
    });
  }
  return out;
}

/** The same citations (as a multiset) in each section in every language: legal content must not drift. */
function compareCitations(group: ParsedGuide[]): Issue[] {
  const ids = new Set(group.flatMap((f) => f.sections.map((s) => s.id)));
  return [...ids].flatMap((id) => {
    const entries = group.flatMap((f) => {
      const s = f.sections.find((x) => x.id === id);
      return s ? [{ f, line: s.line, keys: s.cites.map((c) => (c.ref === undefined ? c.key : `${c.key} ${c.ref}`)) }] : [];
    });
    return compareCounts(entries, (key, here, others) =>
      (here === 0 ? `{#${id}} lacks [[${key}]] (cited in ${others})` : `{#${id}} cites [[${key}]] ×${here} here but ${others}`) +
      '; citations must be the same in every language');
  });
}

/** The same phone numbers in every language of a guide. */
function compareTels(group: ParsedGuide[]): Issue[] {
  const entries = group.map((f) => ({
    f,
    line: 1,
    keys: [...new Set(f.sections.flatMap((s) => s.tels.map((t) => t.value)))],
  }));
  return compareCounts(entries, (key, _here, others) => `[tel:${key}] is missing here but present in ${others.replace(/ ×\d+/g, '')}`);
}

function duplicateOrders(files: readonly ParsedGuide[]): Issue[] {
  const out: Issue[] = [];
  for (const lang of LANGS) {
    const seen = new Map<string, string>();
    for (const f of files.filter((x) => x.lang === lang).sort((a, b) => a.id.localeCompare(b.id))) {
      const o = f.front.order;
      if (!o?.value) continue;
      const other = seen.get(o.value);
      if (other) out.push({ file: f.file, line: o.line, message: `order ${o.value} is also used by "${other}"` });
      else seen.set(o.value, f.id);
    }
  }
  return out;
}
