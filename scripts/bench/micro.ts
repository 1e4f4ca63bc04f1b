/**
 * The benchmark's in-process measures: search latency over the whole guide corpus and `measureSms`
 * throughput. Node, not the browser: both are pure functions, and V8 runs them the same way in both.
 */
import type { Guide, Lang } from '../../src/features/guides/types';
import { buildIndex, search, sectionText, tokenize } from '../../src/lib/search';
import { measureSms } from '../../src/lib/sms';
import type { Timings } from './budget';
import { median, rng, summarize } from './stats';

/** Queries a person might type, inflected differently from the text on purpose. */
const TYPED: Record<Lang, string[]> = {
  kk: ['телефонымды', 'адвокат керек', 'ұстау', 'полицияға шағым', 'интернет өшірілді', 'құқықтарым', 'сотқа'],
  ru: ['телефона', 'задержание', 'телефон адвокат', 'проверка документов', 'жалобу прокурору', 'мои права'],
  en: ['phones', 'lawyer', 'detained lawyer phone call', 'internet shutdown', 'complaints', 'my rights'],
};

/**
 * `count` queries for one language, deterministic for a seed: words of the corpus, two or three of them,
 * word beginnings as while typing, typed phrases, and a word that is nowhere so the OR fallback runs.
 */
export function searchQueries(guides: Guide[], lang: Lang, count: number, seed = 2026): string[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const words = guides
    .filter((g) => g.lang === lang)
    .flatMap((g) => g.sections.flatMap((s) => tokenize(sectionText(s.blocks)).map((t) => t.word)))
    .filter((w) => w.length >= 3);
  if (words.length === 0) throw new Error(`no ${lang} guide text to search`);
  const out: string[] = [];
  while (out.length < count) {
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

const ms = (s: ReturnType<typeof summarize>): Timings => ({ medianMs: s.median, p95Ms: s.p95, maxMs: s.max, n: s.n });

/** Times `search` per query over all guides of every language, after a warm-up; per language and pooled. */
export function searchLatency(guides: Guide[], langs: readonly Lang[], perLang = 400, warmup = 100) {
  const index = buildIndex(guides);
  const all: number[] = [];
  const perLangTimings: Record<string, Timings> = {};
  for (const lang of langs) {
    const queries = searchQueries(guides, lang, perLang + warmup);
    for (const q of queries.slice(0, warmup)) search(index, q, lang);
    const times = queries.slice(warmup).map((q) => {
      const t = performance.now();
      search(index, q, lang);
      return performance.now() - t;
    });
    perLangTimings[lang] = ms(summarize(times));
    all.push(...times);
  }
  return { ...ms(summarize(all)), perLang: perLangTimings };
}

/** Kazakh with Russian words, digits and an emoji, as a real alert mixes them. */
const SAMPLE =
  'Мені полиция ұстады, Алматы қаласы, Әуезов ауданы. Адвокатқа хабарласыңыз: +7 701 123 45 67. ' +
  'Меня задержали, позвоните адвокату. Құжаттарым өзімде, түсініктеме бермеймін 🆘 ';

/** A Kazakh text of exactly `length` UTF-16 units, not cut inside a surrogate pair (then one shorter). */
export function kazakhText(length: number): string {
  const s = SAMPLE.repeat(Math.ceil(length / SAMPLE.length)).slice(0, length);
  return /[\ud800-\udbff]$/.test(s) ? s.slice(0, -1) : s;
}

/** Characters `measureSms` handles per ms on a long Kazakh text (median of `runs` after a warm-up). */
export function smsThroughput(length = 10_000, runs = 200, warmup = 50) {
  const text = kazakhText(length);
  let sink = 0; // keeps the calls from being optimised away
  for (let i = 0; i < warmup; i++) sink += measureSms(text).segments;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    sink += measureSms(text).segments;
    times.push(performance.now() - t);
  }
  if (sink <= 0) throw new Error('measureSms counted no segments');
  const medianMs = median(times);
  return { chars: text.length, medianMs, charsPerMs: text.length / medianMs };
}
