/**
 * Parses one guide file (the constrained Markdown of locales/README.md) into a `Guide`, keeping what the
 * validator needs: raw front-matter values, section ids as written, and the line of every block, list
 * item, citation, phone number and text run. Pure and total: bad input gives errors, never an exception.
 */
import type { Block, Guide, Inline, Lang, Section, SectionId } from '../../src/features/guides/types.ts';
import { SECTION_IDS } from '../../src/features/guides/types.ts';
import { renderCitation } from './laws.ts';

/** A problem in a file, at a 1-based line. */
export interface Issue {
  file: string;
  line: number;
  message: string;
}

export interface Located<T> {
  value: T;
  line: number;
}

/** A block with the line it starts on and, for lists, the line of each item. */
export interface SourceBlock {
  block: Block;
  line: number;
  itemLines: number[];
}

/** A section as written, before validation: `id` may be unknown or empty (heading without `{#id}`). */
export interface SectionSource {
  id: string;
  title: string;
  line: number;
  blocks: SourceBlock[];
  cites: { key: string; ref: string | undefined; line: number }[];
  tels: Located<string>[];
  /** Plain text outside citations, phone numbers and link targets, to look for bare phone numbers. */
  texts: Located<string>[];
}

export interface ParsedGuide {
  file: string;
  lang: Lang;
  /** From the file name; the front matter's `id` must match it. */
  id: string;
  front: Record<string, Located<string>>;
  sections: SectionSource[];
  /** Syntax errors. Empty exactly when `guide` is set. */
  errors: Issue[];
  /** The compiled guide, built only when there are no syntax errors; only known sections are kept. */
  guide: Guide | null;
}

export interface FileInfo {
  file: string;
  lang: Lang;
  id: string;
}

const KNOWN_SECTIONS: readonly string[] = [...SECTION_IDS, 'card'];

/** Where an inline parse reports what it finds. */
interface InlineCtx {
  lang: Lang;
  line: number;
  err: (line: number, message: string) => void;
  section: SectionSource;
}

/** Parses one file. `where.id` is the file name without `.md`. */
export function parseGuide(text: string, where: FileInfo): ParsedGuide {
  const errors: Issue[] = [];
  const err = (line: number, message: string) => errors.push({ file: where.file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { front, bodyStart } = parseFront(lines, err);
  const sections = parseBody(lines, bodyStart, where.lang, err);
  const guide = errors.length === 0 ? toGuide(where, front, sections) : null;
  return { ...where, front, sections, errors, guide };
}

function parseFront(lines: string[], err: InlineCtx['err']) {
  const front: Record<string, Located<string>> = {};
  if (lines[0]?.trim() !== '---') {
    err(1, 'the file must start with front matter between two "---" lines');
    return { front, bodyStart: 0 };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    err(1, 'front matter is not closed with a "---" line');
    return { front, bodyStart: lines.length };
  }
  for (let i = 1; i < close; i++) {
    const raw = lines[i]!.trim();
    const line = i + 1;
    if (raw === '' || raw.startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!m) {
      err(line, `front matter lines are "key: value", got "${raw}"`);
      continue;
    }
    const [, key, rest] = m as unknown as [string, string, string];
    const value = frontValue(rest);
    if (value === null) err(line, `unclosed quote in "${key}"`);
    else if (Object.hasOwn(front, key)) err(line, `"${key}" is given twice`);
    else {
      if (/<[A-Za-z/!?]/.test(value)) err(line, `raw HTML is not allowed in "${key}"`);
      front[key] = { value, line };
    }
  }
  return { front, bodyStart: close + 1 };
}

/** A YAML-like scalar: quoted, or plain with an optional ` # comment` (as in the README's example). */
function frontValue(rest: string): string | null {
  const q = rest[0];
  if (q === '"' || q === "'") {
    const end = rest.indexOf(q, 1);
    if (end < 0 || !/^\s*(#.*)?$/.test(rest.slice(end + 1))) return null;
    return rest.slice(1, end);
  }
  return rest.replace(/(^|\s+)#.*$/, '').trim();
}

type Open =
  | { t: 'p' | 'note'; c: Inline[]; line: number }
  | { t: 'ul' | 'ol'; items: Inline[][]; itemLines: number[]; line: number };

function parseBody(lines: string[], start: number, lang: Lang, err: InlineCtx['err']): SectionSource[] {
  const sections: SectionSource[] = [];
  let section: SectionSource | null = null;
  let open = null as Open | null; // not narrowed to null: the loop assigns it
  let afterItem = false; // the previous line was a list item
  let strayReported = false;

  // Ends the open block; written `open = close(open)` so the type checker sees the reset.
  const close = (o: Open | null): null => {
    if (!o || !section) return null;
    if ('items' in o) section.blocks.push({ block: { t: o.t, items: o.items }, line: o.line, itemLines: o.itemLines });
    else section.blocks.push({ block: { t: o.t, c: o.c }, line: o.line, itemLines: [] });
    return null;
  };
  const inline = (s: string, line: number) => parseInline(s.trim(), { lang, line, err, section: section! });

  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\s+$/, '');
    const line = i + 1;
    const wasAfterItem = afterItem;
    afterItem = false;
    if (raw === '') {
      if (open?.t === 'p' || open?.t === 'note') open = close(open);
      continue;
    }
    const heading = /^(#+)(\s|$)/.exec(raw);
    if (heading && heading[1]!.length === 2) {
      open = close(open);
      section = startSection(raw, line, err);
      sections.push(section);
      continue;
    }
    if (!section) {
      if (!strayReported) err(line, 'text before the first "## Title {#id}" section');
      strayReported = true;
      continue;
    }
    if (/^\s/.test(raw)) {
      err(line, 'indented line: lists are one line per item, without nesting or code blocks');
      continue;
    }
    const syntax = unsupported(raw, heading?.[1]!.length);
    if (syntax) {
      err(line, syntax);
      continue;
    }
    if (heading) {
      open = close(open);
      if (raw.slice(3).trim() === '') err(line, 'empty "###" subheading');
      section.blocks.push({ block: { t: 'h3', c: inline(raw.slice(3), line) }, line, itemLines: [] });
      continue;
    }
    if (raw.startsWith('>')) {
      const content = raw.replace(/^>\s?/, '');
      if (open?.t !== 'note') open = close(open);
      if (content.trim() === '') open = close(open);
      else if (open?.t === 'note') appendLine(open.c, inline(content, line));
      else open = { t: 'note', c: inline(content, line), line };
      continue;
    }
    const item = /^(?:(-)|\d{1,3}\.)(?:\s+(.*))?$/.exec(raw);
    if (item) {
      const t = item[1] ? 'ul' : 'ol';
      if (!item[2]) err(line, 'empty list item');
      if (open?.t !== t) {
        open = close(open);
        open = { t, items: [], itemLines: [], line };
      }
      open.items.push(inline(item[2] ?? '', line));
      open.itemLines.push(line);
      afterItem = true;
      continue;
    }
    if (wasAfterItem) {
      err(line, 'one line per list item: put a blank line between a list and a paragraph');
      continue;
    }
    if (open?.t !== 'p') {
      open = close(open);
      open = { t: 'p', c: inline(raw, line), line };
    } else appendLine(open.c, inline(raw, line));
  }
  open = close(open);
  return sections;
}

function startSection(raw: string, line: number, err: InlineCtx['err']): SectionSource {
  const m = /^##\s+(.*?)\s*\{#([^}]*)\}$/.exec(raw);
  const section: SectionSource = { id: '', title: '', line, blocks: [], cites: [], tels: [], texts: [] };
  if (!m) {
    err(line, 'a section heading is "## Title {#id}", e.g. "## In 30 seconds {#summary}"');
    return section;
  }
  section.id = m[2]!.trim();
  section.title = m[1]!;
  if (section.title === '') err(line, 'the section heading has no title');
  if (/[*[\]<`]/.test(section.title)) err(line, 'section titles are plain text, without markup');
  section.texts.push({ value: section.title, line });
  return section;
}

/** Markdown this format does not have, detected cheaply, so it cannot slip into the app as literal text. */
function unsupported(raw: string, headingLevel: number | undefined): string | null {
  if (headingLevel !== undefined && headingLevel !== 3) {
    return `"${'#'.repeat(headingLevel)}" heading: use "## Title {#id}" for sections and "### " for subheadings`;
  }
  if (/^(\*\s*\*\s*\*|-\s*-\s*-|_\s*_\s*_)[\s*_-]*$/.test(raw)) return 'horizontal rules are not supported';
  if (/^[*+]\s/.test(raw)) return 'bullets are written "- item"';
  if (/^\d+\)\s/.test(raw)) return 'numbered items are written "1. item"';
  if (raw.startsWith('|')) return 'tables are not supported';
  if (/^(```|~~~)/.test(raw)) return 'code blocks are not supported';
  if (/^\s*\[[^\]]*\]:/.test(raw)) return 'reference-style links are not supported';
  return null;
}

/** Adds one source line's inlines to a paragraph or note: lines join with a space. */
function appendLine(c: Inline[], add: Inline[]) {
  if (c.length > 0) add = [' ', ...add];
  for (const x of add) {
    const last = c[c.length - 1];
    if (typeof x === 'string' && typeof last === 'string') c[c.length - 1] = last + x;
    else c.push(x);
  }
}

/**
 * `**bold**`, `[[key ref]]`, `[tel:N]` and `[text](#/screen)` on one line. Anything bracket-like that is
 * none of these is an error rather than literal text, so a typo ("[tel 112]") cannot reach the reader.
 */
function parseInline(s: string, ctx: InlineCtx, inBold = false, inLink = false): Inline[] {
  const out: Inline[] = [];
  const { line, err, section } = ctx;
  let text = '';
  const flush = () => {
    if (!text) return;
    if (/<[A-Za-z/!?]/.test(text)) err(line, 'raw HTML is not allowed');
    if (/\b(https?:\/\/|www\.|mailto:)/i.test(text)) err(line, 'web addresses are not allowed: Aman sends nothing anywhere');
    out.push(text);
    section.texts.push({ value: text, line });
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('**', i)) {
      const end = s.indexOf('**', i + 2);
      if (inBold || end < 0) {
        err(line, inBold ? 'bold inside bold' : 'unclosed "**" (bold must close on the same line)');
        text += s.slice(i);
        break;
      }
      const inner = s.slice(i + 2, end);
      if (inner.trim() === '') err(line, 'empty bold "****"');
      flush();
      out.push({ b: parseInline(inner, ctx, true, inLink) });
      i = end + 2;
    } else if (s.startsWith('[[', i)) {
      const end = s.indexOf(']]', i + 2);
      if (end < 0) {
        err(line, 'unclosed "[[" citation');
        break;
      }
      const parts = s.slice(i + 2, end).trim().split(/\s+/);
      if (parts[0] === '' || parts.length > 2) {
        err(line, `malformed citation "${s.slice(i, end + 2)}": write [[key]] or [[key ref]], one article each`);
      } else {
        const [key, ref] = parts as [string, string | undefined];
        flush();
        section.cites.push({ key, ref, line });
        out.push(renderCitation(key, ref, ctx.lang));
      }
      i = end + 2;
    } else if (s.startsWith('[tel:', i)) {
      const end = s.indexOf(']', i);
      const n = end < 0 ? '' : s.slice(i + 5, end);
      if (!/^\d+$/.test(n)) err(line, `phone numbers are written [tel:112], digits only, got "${s.slice(i, end + 1 || undefined)}"`);
      else {
        flush();
        section.tels.push({ value: n, line });
        out.push({ tel: n });
      }
      if (end < 0) break;
      i = end + 1;
    } else if (s[i] === '[') {
      const close = s.indexOf(']', i + 1);
      const hrefEnd = close > 0 && s[close + 1] === '(' ? s.indexOf(')', close + 2) : -1;
      if (hrefEnd < 0) {
        err(line, 'stray "[": write [[law ref]], [tel:112] or [text](#/screen)');
        text += '[';
        i++;
        continue;
      }
      const label = s.slice(i + 1, close);
      const href = s.slice(close + 2, hrefEnd).trim();
      if (inLink) err(line, 'a link inside a link');
      else if (!href.startsWith('#/')) err(line, `link to "${href}": only links to app screens ("#/…") are allowed`);
      else if (label.includes('[') || label.trim() === '') err(line, `link text must be plain text: "${label}"`);
      else {
        flush();
        out.push({ href, c: parseInline(label, ctx, inBold, true) });
      }
      i = hrefEnd + 1;
    } else {
      const ch = s[i]!;
      if (ch === ']') err(line, 'stray "]"');
      else if (ch === '*') err(line, 'a single "*": only **bold** is supported');
      else if (ch === '`') err(line, 'code (`) is not supported');
      text += ch;
      i++;
    }
  }
  flush();
  return out;
}

/**
 * A YYYY-MM-DD date as the guide's language writes it ("2026 ж. 22 қараша", "22 ноября 2026 г.",
 * "November 22, 2026"). Done here, at build time, with Node's full ICU: the phone then needs no date
 * locale data (some Android browsers lack Kazakh month names) and spends no Intl call on the first paint.
 * Digits (22.11.2026) where this Node lacks the locale; '' for a date the validator will reject.
 */
export function formatReviewed(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) return `${m[3]}.${m[2]}.${m[1]}`;
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, mo - 1, d)));
}

function toGuide(where: FileInfo, front: ParsedGuide['front'], sections: SectionSource[]): Guide {
  const known = sections.filter((s) => KNOWN_SECTIONS.includes(s.id));
  // A missing or bad order is the validator's to report; 0 keeps the guide plain JSON (NaN is not).
  const order = Number(front.order?.value);
  return {
    id: front.id?.value ?? where.id,
    lang: where.lang,
    title: front.title?.value ?? '',
    short: front.short?.value ?? '',
    order: Number.isFinite(order) ? order : 0,
    reviewed: front.reviewed?.value ?? '',
    reviewedText: formatReviewed(front.reviewed?.value ?? '', where.lang),
    sections: known.map((s): Section => ({ id: s.id as SectionId, title: s.title, blocks: s.blocks.map((b) => b.block) })),
  };
}
