/**
 * Offline full-text search over the compiled rights guides. Pure: the index is built once from the guide
 * data (no DOM, nothing sent anywhere) and each search is a scan of precomputed stem ids, well under a
 * millisecond for the whole corpus (measured by `npm run bench`).
 *
 * Matching: query and text are split into words (Unicode letters and digits, so ә ғ қ ң ө ұ ү һ і work),
 * normalised and stemmed in the guide's language (`./stem`). A query word matches a text word when their
 * stems are equal, or when one is a prefix of the other and the shorter has at least 4 letters, which
 * forgives endings the stemmer missed and words still being typed. A section is a hit when it contains
 * every query word (AND); when no section does, sections containing any of them are returned (OR).
 */
import type { Block, Guide, Inline, Lang, SectionId } from '../features/guides/types';
import { normalizeWord, stem } from './stem';

/** One search result: a section of a guide, with a short excerpt around its first matching word. */
export interface SearchHit {
  guideId: string;
  guideTitle: string;
  sectionId: SectionId;
  sectionTitle: string;
  /** `before` and `after` carry a leading/trailing "…" when the excerpt was cut inside a paragraph. */
  snippet: { before: string; match: string; after: string };
  /** Higher is better; only meaningful for ordering hits of one search. */
  score: number;
}

/** A searchable piece of text: a guide's title line or one of its sections. */
interface Unit {
  guideId: string;
  guideTitle: string;
  guideOrder: number;
  sectionId: SectionId;
  sectionTitle: string;
  /** 0 title, 1 summary, 2 any other section: the first ranking key. */
  tier: 0 | 1 | 2;
  /** Plain text; paragraphs and list items are separated by "\n" and snippets never cross one. */
  text: string;
  /** Per word, in text order: its stem's id in the language's vocabulary and its span in `text`. */
  stems: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

interface LangIndex {
  /** Distinct stems of the language; a query scans this once instead of every word. */
  vocab: string[];
  units: Unit[];
}

/** What `buildIndex` returns: opaque to callers, pass it to `search`. */
export interface SearchIndex {
  readonly byLang: Partial<Record<Lang, LangIndex>>;
}

// --- Text ----------------------------------------------------------------------------------------------

/** A word: starts with a letter or digit, may hold combining marks and inner apostrophes ("officer's"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const LETTER = /\p{L}/u;

/** The words of a text with their positions. */
export function tokenize(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Joins two pieces of inline text, keeping a citation or number from fusing with a neighbouring word. */
function glue(a: string, b: string, spaced: boolean): string {
  if (!spaced || a === '' || b === '' || /\s$/.test(a) || /^\s/.test(b)) return a + b;
  return /[\p{L}\p{N}]$/u.test(a) || /^[\p{L}\p{N}]/u.test(b) ? `${a} ${b}` : a + b;
}

/** Plain text of inline content: citations give their short label, phone links their number. */
export function inlineText(content: Inline[]): string {
  let out = '';
  for (const x of content) {
    if (typeof x === 'string') out = glue(out, x, false);
    else if ('b' in x) out = glue(out, inlineText(x.b), false);
    else if ('cite' in x) out = glue(out, x.cite, true);
    else if ('tel' in x) out = glue(out, x.tel, true);
    else out = glue(out, inlineText(x.c), false);
  }
  return out;
}

function blockLines(block: Block): string[] {
  return block.t === 'ul' || block.t === 'ol' ? block.items.map(inlineText) : [inlineText(block.c)];
}

/** A section as plain text, one line per paragraph, heading, note or list item. */
export function sectionText(blocks: Block[]): string {
  return blocks
    .flatMap(blockLines)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

// --- Index ---------------------------------------------------------------------------------------------

/** Builds the search index once, when the guides are loaded; each language's guides are stemmed in it. */
export function buildIndex(guides: Guide[]): SearchIndex {
  const byLang: Partial<Record<Lang, LangIndex>> = {};
  const ids: Partial<Record<Lang, Map<string, number>>> = {};
  // Most words recur (a guide of 600 words has about 300 distinct ones), so each is stemmed once.
  const stemCache: Partial<Record<Lang, Map<string, string>>> = {};
  for (const guide of guides) {
    const li = (byLang[guide.lang] ??= { vocab: [], units: [] });
    const vocabIds = (ids[guide.lang] ??= new Map());
    const stems = (stemCache[guide.lang] ??= new Map());
    const first = guide.sections[0];
    const add = (tier: Unit['tier'], sectionId: SectionId, sectionTitle: string, text: string) => {
      const words = tokenize(text);
      const unit: Unit = {
        guideId: guide.id,
        guideTitle: guide.title,
        guideOrder: guide.order,
        sectionId,
        sectionTitle,
        tier,
        text,
        stems: new Uint32Array(words.length),
        starts: new Uint32Array(words.length),
        ends: new Uint32Array(words.length),
      };
      words.forEach((w, i) => {
        let s = stems.get(w.word);
        if (s === undefined) stems.set(w.word, (s = stem(w.word, guide.lang)));
        let id = vocabIds.get(s);
        if (id === undefined) {
          id = li.vocab.length;
          li.vocab.push(s);
          vocabIds.set(s, id);
        }
        unit.stems[i] = id;
        unit.starts[i] = w.start;
        unit.ends[i] = w.end;
      });
      li.units.push(unit);
    };
    // A title hit opens the guide at its first section (the summary).
    const titleText = [guide.title, guide.short === guide.title ? '' : guide.short].filter(Boolean).join('\n');
    add(0, first?.id ?? 'summary', first?.title ?? '', titleText);
    for (const section of guide.sections) {
      // The officer card repeats rights stated in the guide and is not shown on the guide page: a hit
      // there would lead nowhere.
      if (section.id === 'card') continue;
      add(section.id === 'summary' ? 1 : 2, section.id, section.title, sectionText(section.blocks));
    }
  }
  return { byLang };
}

// --- Query ---------------------------------------------------------------------------------------------

/** Words that carry no meaning alone; a query of only these finds nothing. Normalised, no apostrophes. */
const STOP: Record<Lang, Set<string>> = {
  kk: new Set(
    ('және мен да де та те ма ме ба бе па пе бұл сол осы ол біз сіз сен олар не неге қалай қашан кім қайда ' +
      'ғой ғана үшін әлде немесе бірақ егер деп дейін туралы емес әр қандай қай ші шы менің сенің оның ' +
      'біздің сіздің олардың маған саған оған бізге сізге мені сені оны бізді сізді осы сол ал ғой')
      .split(' '),
  ),
  ru: new Set(
    ('и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по ее её мне было ' +
      'вот от меня еще ещё нет о об из ему ли если уже или ни быть был него до вас там себя ей они где ' +
      'есть для мы тебя их чем была сам без чего кто этот того этого какой ним здесь этом мой моя мое моё ' +
      'мои моего чтобы при над под про через эти нас всех них эту этой перед том им мне мной тот та те')
      .split(' '),
  ),
  en: new Set(
    ('a an the and or of to in on at for is are was were be been being it its i me my mine we us our you ' +
      'your he him his she her they them their this that these those with by from as do does did not no ' +
      'can could may might must shall should will would what how when where who whom which why if so but ' +
      'about have has had am im dont cant wont isnt arent there here than then into out up any some')
      .split(' '),
  ),
};

/** At most this many distinct query words count (one bit each in a 32-bit mask). */
const MAX_TERMS = 16;
/** Longer queries are cut: nobody types more, and it bounds the work a pasted text can cause. */
const MAX_QUERY = 300;

/** The distinct stems of a query, stop words dropped, in the order typed. */
function queryStems(query: string, lang: Lang): string[] {
  const stems: string[] = [];
  for (const { word } of tokenize(query.slice(0, MAX_QUERY))) {
    if (STOP[lang].has(normalizeWord(word).replace(/['’]/g, ''))) continue;
    const s = stem(word, lang);
    if (!stems.includes(s)) stems.push(s);
    if (stems.length === MAX_TERMS) break;
  }
  return stems;
}

/** Equal stems, or one a prefix of the other when the shorter has 4+ letters (numbers must be equal). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && LETTER.test(short);
}

// --- Snippet -------------------------------------------------------------------------------------------

/** Target excerpt length in characters, match included. */
const SNIPPET = 60;
const SPACE = /\s/;

/** About SNIPPET characters of the match's line around it, cut at word boundaries. */
function snippet(text: string, start: number, end: number): SearchHit['snippet'] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const room = Math.max(0, SNIPPET - (end - start));
  let from = start - Math.floor(room / 2);
  let to = end + Math.ceil(room / 2);
  // Give room a short side cannot use to the other side.
  if (from < lineStart) {
    to += lineStart - from;
    from = lineStart;
  }
  if (to > lineEnd) {
    from = Math.max(lineStart, from - (to - lineEnd));
    to = lineEnd;
  }
  // Never cut a word: move inwards to the nearest space (or to the match itself).
  while (from > lineStart && from < start && !SPACE.test(text[from - 1]!)) from++;
  while (to < lineEnd && to > end && !SPACE.test(text[to]!)) to--;
  const before = text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd();
  return {
    before: (from > lineStart ? '…' : '') + before,
    match: text.slice(start, end),
    after: after + (to < lineEnd ? '…' : ''),
  };
}

// --- Search --------------------------------------------------------------------------------------------

interface Candidate {
  unit: Unit;
  seq: number;
  /** Bit i set when query word i matched in the unit. */
  seen: number;
  /** Index of the first matching word. */
  first: number;
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/**
 * Searches the guides of one language. Hits are ordered: guide title, then summary, then other sections;
 * within that, more matched query words first, then an earlier first match. A title hit stands for the
 * guide's summary, so a guide never lists its summary twice.
 */
export function search(index: SearchIndex, query: string, lang: Lang, limit = 20): SearchHit[] {
  const li = index.byLang[lang];
  if (!li || !(limit > 0)) return [];
  const terms = queryStems(query, lang);
  if (terms.length === 0) return [];

  // Which query words each stem of the vocabulary matches, as a bit mask: the only per-stem string work.
  const mask = new Uint32Array(li.vocab.length);
  li.vocab.forEach((v, id) => {
    terms.forEach((t, bit) => {
      if (stemsMatch(t, v)) mask[id]! |= 1 << bit;
    });
  });
  const all = (1 << terms.length) - 1;

  const and: Candidate[] = [];
  const or: Candidate[] = [];
  li.units.forEach((unit, seq) => {
    let seen = 0;
    let first = -1;
    const { stems } = unit;
    for (let i = 0; i < stems.length; i++) {
      const m = mask[stems[i]!]!;
      if (m === 0) continue;
      if (first < 0) first = i;
      seen |= m;
      if (seen === all) break;
    }
    if (seen === 0) return;
    (seen === all ? and : or).push({ unit, seq, seen, first });
  });

  const chosen = and.length > 0 ? and : or;
  const hits = chosen.map((c) => {
    const { unit } = c;
    const start = unit.starts[c.first]!;
    const score = (2 - unit.tier) * 1_000_000 + popcount(c.seen) * 10_000 + (9_999 - Math.min(start, 9_999));
    return { c, score };
  });
  hits.sort((a, b) => b.score - a.score || a.c.unit.guideOrder - b.c.unit.guideOrder || a.c.seq - b.c.seq);

  const out: SearchHit[] = [];
  const taken = new Set<string>();
  for (const { c, score } of hits) {
    const { unit } = c;
    const key = `${unit.guideId}\u0000${unit.sectionId}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.push({
      guideId: unit.guideId,
      guideTitle: unit.guideTitle,
      sectionId: unit.sectionId,
      sectionTitle: unit.sectionTitle,
      snippet: snippet(unit.text, unit.starts[c.first]!, unit.ends[c.first]!),
      score,
    });
    if (out.length >= limit) break;
  }
  return out;
}
