import { expect, test } from 'vitest';
import { BENCH_BUDGETS, checkBench, failureLines, type BenchResults, type LighthouseResult } from '../../scripts/bench/budget';
import { formatReport } from '../../scripts/bench/report';

const page = (name: string, performance = 100, accessibility = 100): LighthouseResult => ({
  page: name,
  url: `http://127.0.0.1/aman/#/${name}`,
  performance,
  accessibility,
  fcpMs: 900,
  lcpMs: 1200,
  tbtMs: 10,
  cls: 0,
  runs: [performance],
});

const timings = (p95Ms: number) => ({ medianMs: 0.1, p95Ms, maxMs: p95Ms, n: 400 });

/** Results that meet every budget; each test breaks one thing. */
function good(): BenchResults {
  return {
    lighthouse: [page('home'), page('guide')],
    coldStart: {
      amanMs: 120,
      baselineMs: 100,
      ratio: 1.2,
      amanRunsMs: [120],
      baselineRunsMs: [100],
      amanCompleteMs: 180,
      amanCompleteRunsMs: [180],
    },
    search: { ...timings(0.2), perLang: { kk: timings(0.2), ru: timings(0.3), en: timings(0.1) } },
    sms: { chars: 10_000, medianMs: 0.05, charsPerMs: 200_000 },
  };
}

test('results within every budget pass', () => {
  const checks = checkBench(good());
  expect(checks.map((c) => c.name)).toEqual([
    'Lighthouse performance, home',
    'Lighthouse accessibility, home',
    'Lighthouse performance, guide',
    'Lighthouse accessibility, guide',
    'offline cold start, × plain HTML',
    'search p95, ms',
  ]);
  expect(checks.every((c) => c.pass)).toBe(true);
  expect(failureLines(checks)).toEqual([]);
});

test('budgets are the ones issue #8 sets', () => {
  expect(BENCH_BUDGETS).toEqual({
    lighthousePerformance: 98,
    lighthouseAccessibility: 100,
    coldStartRatio: 1.5,
    searchP95Ms: 5,
  });
});

test('each budget fails when it is missed, and says so', () => {
  const r = good();
  r.lighthouse = [page('home', 97), page('guide', 100, 96)];
  r.coldStart.ratio = 1.51;
  r.search.perLang.ru = timings(5.2); // the worst language counts, not the pooled p95
  expect(failureLines(checkBench(r))).toEqual([
    'OVER BUDGET: Lighthouse performance, home = 97, budget >= 98',
    'OVER BUDGET: Lighthouse accessibility, guide = 96, budget >= 100',
    'OVER BUDGET: offline cold start, × plain HTML = 1.51, budget <= 1.5',
    'OVER BUDGET: search p95, ms = 5.2, budget <= 5',
  ]);
});

test('the limits themselves pass', () => {
  const r = good();
  r.lighthouse = [page('home', 98), page('guide', 98)];
  r.coldStart.ratio = 1.5;
  r.search.p95Ms = 5;
  expect(checkBench(r).every((c) => c.pass)).toBe(true);
});

test('a page Lighthouse did not measure, or a failed measurement, fails instead of passing', () => {
  const r = good();
  r.lighthouse = [page('home')];
  r.coldStart.ratio = NaN;
  const lines = failureLines(checkBench(r));
  expect(lines).toContain('OVER BUDGET: Lighthouse performance, guide = not measured, budget >= 98');
  expect(lines).toContain('OVER BUDGET: offline cold start, × plain HTML = not measured, budget <= 1.5');
});

test('the printed table shows every measure and marks the failures', () => {
  const r = good();
  r.coldStart.ratio = 2.4;
  const text = formatReport(r, checkBench(r), { lighthouseRuns: 3, lang: 'kk', gzip: true, coldWarmup: 2, coldSettleMs: 1000 });
  expect(text).toMatch(/home +100 +100 +900 +1200 +10 +0\.000/);
  expect(text).toMatch(/median of 1, after 2 warm-up rounds, each new tab left 1000 ms first/);
  expect(text).toMatch(/ratio +2\.40 ×/);
  expect(text).toMatch(/whole guide rendered by the app: 180 ms/);
  expect(text).toMatch(/FAIL offline cold start/);
  expect(text).toMatch(/ok {3}search p95/);
  expect(text).toMatch(/200,000 characters per ms/);
});
