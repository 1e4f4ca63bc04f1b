/**
 * `npx tsx scripts/bench-search.ts [--synthetic]`: times `search` over the whole guide corpus.
 *
 * Uses the real guides compiled by `scripts/content/compile.ts` when they compile; otherwise (or with
 * `--synthetic`) a generated corpus of the same shape: 7 guides of about 600 words per language. Runs 500
 * varied queries per language (words from the corpus, several words, word beginnings as while typing,
 * inflected forms, words that are not there so the OR fallback runs) after a warm-up, and prints the
 * median, 95th percentile and worst time per search. The target is a p95 of 5 ms or less.
 */
import { fileURLToPath } from 'node:url';
import type { Block, Guide, Inline, Lang, SectionId } from '../src/features/guides/types';
import { buildIndex, search, sectionText, tokenize } from '../src/lib/search';

const LANGS: Lang[] = ['kk', 'ru', 'en'];
const RUNS = 500;
const WARMUP = 100;
const TARGET_MS = 5;

/** Small deterministic PRNG (mulberry32), so two runs time the same queries. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

// --- Corpus --------------------------------------------------------------------------------------------

/** The real guides, or null when the compiler is missing, fails or leaves a language empty. */
async function compiledGuides(): Promise<Guide[] | null> {
  try {
    const { compileGuides } = await import('./content/compile');
    const { guides, errors } = await compileGuides(fileURLToPath(new URL('..', import.meta.url)));
    if (errors.length > 0) console.log(`(the compiler reported ${errors.length} problem(s); timing what it produced)`);
    return LANGS.every((l) => guides[l]?.length) ? LANGS.flatMap((l) => guides[l]) : null;
  } catch (e) {
    console.log(`(could not compile the guides: ${(e as Error).message})`);
    return null;
  }
}

/** Word stock for the generated corpus: roots and the endings they take, roughly as the guides use them. */
const STOCK: Record<Lang, { roots: string[]; endings: string[]; glue: string[]; cites: string[] }> = {
  kk: {
    roots: (
      'телефон адвокат полиция қызметкер сот прокурор хаттама құқық заң тексеру тінту куәгер ұстау ' +
      'шағым интернет байланыс дәрігер құжат куәлік санкция қаулы судья тергеу жауап ақша көмек ' +
      'жиналыс журналист деректер хабарлама аударма мүгедектік нөмір уақыт орын туыс'
    ).split(' '),
    endings: ['', '', 'ға', 'ды', 'дың', 'да', 'дан', 'мен', 'ым', 'ымды', 'ыңыз', 'ыңызға', 'тар', 'тары', 'тарыңыз'],
    glue: 'және мен бұл үшін егер бірақ сіз сізге керек болады тиіс емес бар жоқ кезінде бойынша туралы'.split(' '),
    cites: ['ҚР ҚІЖК, 131-бап', 'ҚР Конституциясы, 21-бап', 'ҚР ӘҚБтК, 791-бап'],
  },
  ru: {
    roots: (
      'телефон адвокат сотрудник суд прокурор протокол закон документ свидетел обыск допрос интернет ' +
      'врач номер штраф арест участок паспорт ответ митинг журналист переводчик запрос адрес родственник ' +
      'задержани решени постановлени заявлени требовани'
    ).split(' '),
    endings: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'ия', 'ии', 'ие', 'ием'],
    glue: 'и в на не что вы вас вам по при если или для без только также должны можно нельзя это'.split(' '),
    cites: ['УПК РК, ст. 131(2)', 'Конституция РК, ст. 21', 'КоАП РК, ст. 791'],
  },
  en: {
    roots: (
      'phone lawyer officer court prosecutor record law document witness search question internet ' +
      'doctor number fine arrest station passport answer rally journalist interpreter request address ' +
      'relative detain decide order complain sign check call'
    ).split(' '),
    endings: ['', '', 's', 'ed', 'ing', 'er'],
    glue: 'the a and to of you your in on for if or not can must may be is are with without before after'.split(' '),
    cites: ['CPC, art. 131(2)', 'Constitution, art. 21', 'AOC, art. 791'],
  },
};

function sentence(lang: Lang, words: number): Inline[] {
  const { roots, endings, glue, cites } = STOCK[lang];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random() < 0.45 ? pick(glue) : pick(roots) + pick(endings));
  const text = out.join(' ');
  const line: Inline[] = [text[0]!.toUpperCase() + text.slice(1)];
  if (random() < 0.3) line.push(' ', { cite: pick(cites), full: '', key: 'cpc 131' });
  if (random() < 0.1) line.push(' ', { tel: pick(['112', '102', '1414']) });
  line.push('.');
  return line;
}

/** About `words` words of items or paragraphs. */
function blocks(lang: Lang, words: number, list: boolean): Block[] {
  const items: Inline[][] = [];
  for (let n = 0; n < words; ) {
    const len = 6 + Math.floor(random() * 12);
    items.push(sentence(lang, len));
    n += len;
  }
  return list ? [{ t: 'ul', items }] : items.map((c) => ({ t: 'p', c }));
}

const SIZES: [SectionId, number][] = [
  ['summary', 70],
  ['steps', 150],
  ['say', 60],
  ['rights', 170],
  ['afterwards', 100],
  ['sources', 50],
];

function syntheticGuides(): Guide[] {
  return LANGS.flatMap((lang) =>
    Array.from({ length: 7 }, (_, i): Guide => {
      const title = sentence(lang, 5)[0] as string;
      return {
        id: `guide-${i + 1}`,
        lang,
        title,
        short: title.slice(0, 30),
        order: i + 1,
        reviewed: '2026-11-22',
        sections: SIZES.map(([id, words]) => ({ id, title: id, blocks: blocks(lang, words, id !== 'afterwards') })),
      };
    }),
  );
}

// --- Queries -------------------------------------------------------------------------------------------

/** Queries a person might type, inflected differently from the text on purpose. */
const TYPED: Record<Lang, string[]> = {
  kk: ['телефонымды', 'адвокат керек', 'ұстау', 'полицияға шағым', 'интернет өшірілді', 'құқықтарым', 'сотқа'],
  ru: ['телефона', 'задержание', 'телефон адвокат', 'проверка документов', 'жалобу прокурору', 'мои права'],
  en: ['phones', 'lawyer', 'detained lawyer phone call', 'internet shutdown', 'complaints', 'my rights'],
};

function queries(lang: Lang, guides: Guide[]): string[] {
  const words = guides
    .filter((g) => g.lang === lang)
    .flatMap((g) => g.sections.flatMap((s) => tokenize(sectionText(s.blocks)).map((t) => t.word)))
    .filter((w) => w.length >= 3);
  const out: string[] = [];
  while (out.length < RUNS + WARMUP) {
    const r = random();
    if (r < 0.35) out.push(pick(words));
    else if (r < 0.6) out.push(`${pick(words)} ${pick(words)}`);
    else if (r < 0.7) out.push(`${pick(words)} ${pick(words)} ${pick(words)}`);
    else if (r < 0.8) out.push(pick(words).slice(0, 3 + Math.floor(random() * 4)));
    else if (r < 0.9) out.push(pick(TYPED[lang]));
    else out.push(`${pick(words)} qwzx${Math.floor(random() * 1000)}`);
  }
  return out;
}

// --- Timing --------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const forceSynthetic = process.argv.includes('--synthetic');
const real = forceSynthetic ? null : await compiledGuides();
const guides = real ?? syntheticGuides();
const words = (l: Lang) =>
  guides
    .filter((g) => g.lang === l)
    .reduce((n, g) => n + tokenize([g.title, ...g.sections.map((s) => sectionText(s.blocks))].join('\n')).length, 0);
const sizes = LANGS.map((l) => `${l} ${guides.filter((g) => g.lang === l).length} guides, ${words(l)} words`);
console.log(`corpus: ${real ? 'compiled guides' : 'synthetic'}; ${sizes.join('; ')}`);

let t0 = performance.now();
const index = buildIndex(guides);
const coldBuild = performance.now() - t0;
t0 = performance.now();
buildIndex(guides);
console.log(`buildIndex: ${coldBuild.toFixed(1)} ms first, ${(performance.now() - t0).toFixed(1)} ms again`);

let worstP95 = 0;
for (const lang of LANGS) {
  const qs = queries(lang, guides);
  for (const q of qs.slice(0, WARMUP)) search(index, q, lang);
  const times: number[] = [];
  let hits = 0;
  for (const q of qs.slice(WARMUP)) {
    const t = performance.now();
    hits += search(index, q, lang).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  worstP95 = Math.max(worstP95, p95);
  console.log(
    `${lang}: ${RUNS} searches, median ${percentile(times, 50).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, ` +
      `max ${times[times.length - 1]!.toFixed(3)} ms, ${(hits / RUNS).toFixed(1)} hits on average`,
  );
}
console.log(worstP95 <= TARGET_MS ? `OK: p95 within ${TARGET_MS} ms` : `SLOW: p95 over ${TARGET_MS} ms`);
