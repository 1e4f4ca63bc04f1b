/**
 * `npm run bench`: how fast Aman is where it matters (issue #8), in one run on this machine.
 *
 * Builds its own copy of the web app into dist-bench/ (never dist/: another build may be writing there),
 * serves it with scripts/serve.ts under /aman/, gzip-compressed as static hosts serve it (the size
 * budgets are gzip budgets for the same reason), and in Debian's Chromium measures:
 * - Lighthouse (mobile preset, simulated throttling) on home and on a guide, in Kazakh;
 * - the offline cold start of a guide against the physical limit: the same text as a plain HTML page;
 * - search latency over the whole guide corpus and `measureSms` throughput (in Node).
 * Prints a table, writes bench/results.json, and exits 1 when a budget (scripts/bench/budget.ts) is missed.
 *
 * `--no-build` reuses dist-bench/ as it is (for iterating on the bench itself); `--no-gzip` serves files
 * uncompressed, as the plainest host would (Lighthouse then counts every byte as stored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, chromePath, waitForOfflineReady } from '../test/browser/harness';
import { compileGuides, formatIssue } from './content/compile';
import { LANGS } from './content/validate';
import { startServer } from './serve';
import { BASELINE_SW, guideHtml } from './bench/baseline';
import { BENCH_BUDGETS, checkBench, failureLines, type BenchResults } from './bench/budget';
import { interleavedColdStarts, probePaint } from './bench/coldstart';
import { bestLighthouse } from './bench/lighthouse';
import { searchLatency, smsThroughput } from './bench/micro';
import { formatReport } from './bench/report';
import { median } from './bench/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist-bench';
const LANG = 'kk';
const GUIDE = 'detained';
/** Best of this many Lighthouse runs per page: see bestLighthouse for why. */
const LIGHTHOUSE_RUNS = 3;
/** Cold starts of each page whose median counts, after warm-up rounds that do not (coldstart.ts). */
const COLD_RUNS = 15;
const COLD_WARMUP = 2;
/** How long each new tab is left to finish building Chromium's own interface first (coldstart.ts). */
const COLD_SETTLE_MS = 1000;
/** The guide's "In 30 seconds" list: the words a person opened the guide for. */
const SUMMARY = '.section-summary li';
/** The guide's last section: on Aman only the app renders it, so it is there once the app has taken over. */
const COMPLETE = '.section-sources';

const started = Date.now();
const step = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

/** A TCP port nobody listens on now (Lighthouse needs a fixed debugging port; the browser tests use 9333). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// --- Build and content ---------------------------------------------------------------------------------

if (!process.argv.includes('--no-build')) {
  step(`building the web app into ${OUT_DIR}/`);
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (r.status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
}

const { guides, errors } = await compileGuides(ROOT);
if (errors.length > 0) {
  console.error(`bench: the guides do not compile:\n${errors.map(formatIssue).join('\n')}`);
  process.exit(1);
}
const guide = guides[LANG].find((g) => g.id === GUIDE);
if (!guide) throw new Error(`no ${LANG} guide "${GUIDE}"`);

// --- In Node: search and SMS ---------------------------------------------------------------------------

step('search latency and measureSms throughput');
const search = searchLatency(LANGS.flatMap((l) => guides[l]), LANGS);
const sms = smsThroughput();

// --- In Chromium ---------------------------------------------------------------------------------------

// The baseline: the same guide text as one plain page, outside dist/ and dist-bench/.
const baselineDir = mkdtempSync(join(tmpdir(), 'aman-bench-baseline-'));
writeFileSync(join(baselineDir, 'index.html'), guideHtml(guide));
writeFileSync(join(baselineDir, 'sw.js'), BASELINE_SW);

const gzip = !process.argv.includes('--no-gzip');
const aman = await startServer({ root: join(ROOT, OUT_DIR), base: '/aman/', gzip });
const baseline = await startServer({ root: baselineDir, base: '/baseline/', gzip });
const port = await freePort();
let browser: Browser | undefined;
try {
  // Lighthouse drives this browser over its debugging port; Playwright drives it for the cold starts.
  browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS, `--remote-debugging-port=${port}`] });

  const lighthouse = [];
  for (const [page, hash] of [
    ['home', '#/'],
    ['guide', `#/guides/${GUIDE}`],
  ] as const) {
    step(`Lighthouse on ${page}, ${LIGHTHOUSE_RUNS} runs`);
    const { lost, ...best } = await bestLighthouse(page, `${aman.url}?lang=${LANG}${hash}`, port, LIGHTHOUSE_RUNS);
    if (best.performance < BENCH_BUDGETS.lighthousePerformance || best.accessibility < BENCH_BUDGETS.lighthouseAccessibility) {
      console.log(`  audits below full marks in the best run: ${lost.join(', ')}`);
    }
    lighthouse.push(best);
  }

  step('installing Aman and the plain page, then going offline');
  // A phone-sized window, the same for both, so the summary is painted in view.
  const viewport = { width: 412, height: 823 };
  const amanContext = await browser.newContext({ viewport });
  const baselineContext = await browser.newContext({ viewport });
  for (const context of [amanContext, baselineContext]) await probePaint(context, SUMMARY, COMPLETE);

  // The first visit: Aman installs its own worker (which precaches everything) and remembers Kazakh.
  const amanPage = await amanContext.newPage();
  await amanPage.goto(`${aman.url}?lang=${LANG}#/guides/${GUIDE}`);
  await waitForOfflineReady(amanPage);
  await amanPage.locator(SUMMARY).first().waitFor();
  await amanPage.close();
  // The plain page has no script: the bench registers its worker, which caches just that page and
  // answers from the cache: the same mechanism as Aman's (worker start-up, then Cache Storage), so the
  // ratio compares what each page does, not two ways of being offline. (Chromium's HTTP cache would not
  // be equivalent: pages are served no-cache, so offline it has nothing it may use without asking.)
  const baselinePage = await baselineContext.newPage();
  await baselinePage.goto(baseline.url);
  await baselinePage.evaluate(() => navigator.serviceWorker.register('sw.js').then(() => undefined));
  await waitForOfflineReady(baselinePage);
  await baselinePage.close();

  // Network off and servers gone: nothing can be served except by the workers.
  await amanContext.setOffline(true);
  await baselineContext.setOffline(true);
  await aman.close();
  await baseline.close();

  step(`offline cold starts, ${COLD_RUNS} of each after ${COLD_WARMUP} warm-up rounds`);
  const [amanRuns, baselineRuns] = await interleavedColdStarts(
    [
      { context: amanContext, url: `${aman.url}#/guides/${GUIDE}` },
      { context: baselineContext, url: baseline.url },
    ],
    COLD_RUNS,
    { warmup: COLD_WARMUP, settleMs: COLD_SETTLE_MS },
  );
  const amanRunsMs = amanRuns!.map((r) => r.paintMs);
  const baselineRunsMs = baselineRuns!.map((r) => r.paintMs);
  const amanCompleteRunsMs = amanRuns!.map((r) => r.completeMs);
  const amanMs = median(amanRunsMs);
  const baselineMs = median(baselineRunsMs);

  const results: BenchResults = {
    lighthouse,
    coldStart: {
      amanMs,
      baselineMs,
      ratio: amanMs / baselineMs,
      amanRunsMs,
      baselineRunsMs,
      amanCompleteMs: median(amanCompleteRunsMs),
      amanCompleteRunsMs,
    },
    search,
    sms,
  };
  const checks = checkBench(results);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
    chromium: browser.version(),
    settings: {
      lang: LANG,
      guide: GUIDE,
      gzip,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      coldStartRuns: COLD_RUNS,
      coldStartWarmup: COLD_WARMUP,
      coldStartSettleMs: COLD_SETTLE_MS,
      viewport,
    },
    budgets: BENCH_BUDGETS,
    results,
    checks,
    pass: checks.every((c) => c.pass),
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);

  const notes = { lighthouseRuns: LIGHTHOUSE_RUNS, lang: LANG, gzip, coldWarmup: COLD_WARMUP, coldSettleMs: COLD_SETTLE_MS };
  console.log(`\n${formatReport(results, checks, notes)}\n`);
  step('wrote bench/results.json');
  const failures = failureLines(checks);
  if (failures.length > 0) {
    for (const f of failures) console.error(f);
    process.exitCode = 1;
  } else {
    console.log('bench budgets: all met');
  }
} finally {
  await browser?.close();
  await aman.close().catch(() => {});
  await baseline.close().catch(() => {});
  rmSync(baselineDir, { recursive: true, force: true });
}
