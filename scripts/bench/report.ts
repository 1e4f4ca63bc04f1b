/** The benchmark's printed table. Pure: results and checks in, text out. */
import { round, type BenchResults, type Check } from './budget';

const pad = (s: string | number, n: number) => String(s).padStart(n);
const ms = (n: number) => (Number.isNaN(n) ? '-' : n >= 100 ? String(Math.round(n)) : n.toFixed(n >= 1 ? 1 : 3));

/** The results as an aligned plain-text table, then one line per budget. */
export function formatReport(
  r: BenchResults,
  checks: readonly Check[],
  notes: { lighthouseRuns: number; lang: string; gzip: boolean; coldWarmup?: number; coldSettleMs?: number },
): string {
  const out: string[] = [];
  out.push(
    `Lighthouse, mobile preset, simulated throttling, ?lang=${notes.lang}, best of ${notes.lighthouseRuns} runs, ` +
      `served ${notes.gzip ? 'gzip-compressed' : 'uncompressed'}`,
  );
  out.push(`  ${'page'.padEnd(6)} ${pad('perf', 5)} ${pad('a11y', 5)} ${pad('FCP ms', 7)} ${pad('LCP ms', 7)} ${pad('TBT ms', 7)} ${pad('CLS', 6)}  every run's perf`);
  for (const l of r.lighthouse) {
    out.push(
      `  ${l.page.padEnd(6)} ${pad(l.performance, 5)} ${pad(l.accessibility, 5)} ${pad(Math.round(l.fcpMs), 7)} ` +
        `${pad(Math.round(l.lcpMs), 7)} ${pad(Math.round(l.tbtMs), 7)} ${pad(l.cls.toFixed(3), 6)}  ${l.runs.join(' ')}`,
    );
  }
  const c = r.coldStart;
  out.push('');
  const how = [
    notes.coldWarmup ? `after ${notes.coldWarmup} warm-up rounds` : '',
    notes.coldSettleMs ? `each new tab left ${notes.coldSettleMs} ms first` : '',
  ].filter(Boolean);
  out.push(`Offline cold start until the guide's summary is painted (median of ${c.amanRunsMs.length}${how.length ? `, ${how.join(', ')}` : ''})`);
  out.push(`  Aman        ${pad(ms(c.amanMs), 6)} ms   runs: ${c.amanRunsMs.map(ms).join(' ')}`);
  out.push(`  plain HTML  ${pad(ms(c.baselineMs), 6)} ms   runs: ${c.baselineRunsMs.map(ms).join(' ')}`);
  out.push(`  ratio       ${pad(c.ratio.toFixed(2), 6)} ×`);
  out.push(`  Aman, whole guide rendered by the app: ${ms(c.amanCompleteMs)} ms   runs: ${c.amanCompleteRunsMs.map(ms).join(' ')}`);
  out.push('');
  const s = r.search;
  const langs = Object.entries(s.perLang).map(([l, t]) => `${l} ${ms(t.medianMs)}/${ms(t.p95Ms)}`);
  out.push(`Search, ${s.n} searches over the whole corpus: median ${ms(s.medianMs)} ms, p95 ${ms(s.p95Ms)} ms, max ${ms(s.maxMs)} ms`);
  out.push(`  per language, median/p95 ms: ${langs.join(', ')}`);
  out.push(
    `measureSms, ${r.sms.chars}-character Kazakh text: ${ms(r.sms.medianMs)} ms, ${Math.round(r.sms.charsPerMs).toLocaleString('en')} characters per ms`,
  );
  out.push('');
  out.push('Budgets');
  for (const k of checks) {
    const measured = Number.isNaN(k.measured) ? 'not measured' : round(k.measured);
    const mark = k.pass ? 'ok  ' : 'FAIL';
    out.push(`  ${mark} ${k.name.padEnd(36)} ${pad(measured, 12)}  (${k.op} ${k.limit})`);
  }
  return out.join('\n');
}
