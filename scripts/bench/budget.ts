/**
 * The benchmark's budgets (issue #8) and the check against them. Pure: `npm run bench` measures, this
 * decides, so the decision is tested on its own, including that it fails when it should.
 */

export const BENCH_BUDGETS = {
  /** Lighthouse performance score, mobile preset with simulated throttling, on home and on a guide. */
  lighthousePerformance: 98,
  /** Lighthouse accessibility score on the same pages. */
  lighthouseAccessibility: 100,
  /** Offline cold start to the guide's summary on screen, as a multiple of a plain HTML page's. */
  coldStartRatio: 1.5,
  /** 95th percentile of one search over the whole corpus, in ms (the worst language counts). */
  searchP95Ms: 5,
} as const;

export type BenchBudgets = { [K in keyof typeof BENCH_BUDGETS]: number };

export interface LighthouseResult {
  /** Short name for the table, e.g. "home". */
  page: string;
  url: string;
  /** Scores 0–100 and metrics of the best run. */
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Performance score of every run, in order (the best is reported). */
  runs: number[];
}

export interface Timings {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  n: number;
}

export interface BenchResults {
  lighthouse: LighthouseResult[];
  coldStart: {
    /** Median ms from navigation start to the summary on screen. */
    amanMs: number;
    baselineMs: number;
    /** amanMs / baselineMs */
    ratio: number;
    amanRunsMs: number[];
    baselineRunsMs: number[];
    /**
     * Median ms until the app has rendered the whole guide (after its pre-rendered first view): not a
     * budget, reported so that a slower take-over shows even while the summary paints as fast.
     */
    amanCompleteMs: number;
    amanCompleteRunsMs: number[];
  };
  search: Timings & { perLang: Record<string, Timings> };
  sms: { chars: number; medianMs: number; charsPerMs: number };
}

export interface Check {
  name: string;
  measured: number;
  op: '>=' | '<=';
  limit: number;
  /** False for NaN too: a measurement that failed never passes. */
  pass: boolean;
}

function check(name: string, measured: number, op: Check['op'], limit: number): Check {
  return { name, measured, op, limit, pass: op === '>=' ? measured >= limit : measured <= limit };
}

/** Every budget as a check, pass or fail; a page Lighthouse did not measure is a failure, not a pass. */
export function checkBench(r: BenchResults, budgets: BenchBudgets = BENCH_BUDGETS, pages = ['home', 'guide']): Check[] {
  const checks: Check[] = [];
  for (const page of pages) {
    const lh = r.lighthouse.find((l) => l.page === page);
    checks.push(check(`Lighthouse performance, ${page}`, lh?.performance ?? NaN, '>=', budgets.lighthousePerformance));
    checks.push(check(`Lighthouse accessibility, ${page}`, lh?.accessibility ?? NaN, '>=', budgets.lighthouseAccessibility));
  }
  checks.push(check('offline cold start, × plain HTML', r.coldStart.ratio, '<=', budgets.coldStartRatio));
  const worstP95 = Math.max(r.search.p95Ms, ...Object.values(r.search.perLang).map((t) => t.p95Ms));
  checks.push(check('search p95, ms', worstP95, '<=', budgets.searchP95Ms));
  return checks;
}

/** One readable line per failed check, e.g. "OVER BUDGET: search p95, ms = 7.20, budget <= 5". */
export function failureLines(checks: readonly Check[]): string[] {
  return checks
    .filter((c) => !c.pass)
    .map((c) => `OVER BUDGET: ${c.name} = ${Number.isNaN(c.measured) ? 'not measured' : round(c.measured)}, budget ${c.op} ${c.limit}`);
}

/** Two decimals at most, without trailing zeros. */
export function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
