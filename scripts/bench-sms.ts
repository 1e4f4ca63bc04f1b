/**
 * Times measureSms on a 10 000-character Kazakh text: the composer measures on every keystroke, so
 * this must stay far below a frame (16 ms) on a cheap phone. Run: npx tsx scripts/bench-sms.ts
 */
import { measureSms } from '../src/lib/sms';
import { transliterate } from '../src/lib/translit';

const RUNS = 200;
const WARMUP = 50;
const LENGTH = 10_000;

// Kazakh with Russian words, digits and an emoji now and then, as a real alert would mix them.
const SAMPLE =
  'Мені полиция ұстады, Алматы қаласы, Әуезов ауданы. Адвокатқа хабарласыңыз: +7 701 123 45 67. ' +
  'Меня задержали, позвоните адвокату. Құжаттарым өзімде, түсініктеме бермеймін 🆘 ';

function makeText(sample: string): string {
  let s = '';
  while (s.length < LENGTH) s += sample;
  // Cut on a code point boundary so the text is exactly as long as asked, or one shorter.
  const cut = s.slice(0, LENGTH);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function bench(label: string, text: string): void {
  let sink = 0; // keeps the calls from being optimised away
  for (let i = 0; i < WARMUP; i++) sink += measureSms(text).segments;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += measureSms(text).segments;
    times.push(performance.now() - t0);
  }
  const m = measureSms(text);
  console.log(
    `${label}: ${text.length} chars, ${m.encoding}, ${m.segments} SMS — median ${(median(times) * 1000).toFixed(1)} µs ` +
      `over ${RUNS} runs (max ${(Math.max(...times) * 1000).toFixed(1)} µs) [${sink > 0 ? 'ok' : '?'}]`,
  );
}

bench('measureSms, Kazakh', makeText(SAMPLE));
// The same text after transliteration, without the emoji, to time the GSM-7 path too.
bench('measureSms, transliterated', makeText(transliterate(SAMPLE.replace('🆘', '!'))));
