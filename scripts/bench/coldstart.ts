/**
 * Offline cold start: how long a page that was visited once takes, with the network off and its service
 * worker stopped, from navigation start until a given element's text is painted. The same measure for
 * Aman and for the plain-HTML baseline.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** What the probe writes to the console when the element's text was painted, followed by the time. */
const PAINTED = 'aman-bench-painted';
/** What it writes when the element that says the page is complete was first inserted, with the time. */
const COMPLETE = 'aman-bench-complete';

/**
 * Runs in every page before its own scripts. When the first element matching `selector` is inserted (by
 * the HTML parser or by script), it gets an `elementtiming` attribute before it is painted, and the
 * Element Timing API then reports when its text was painted, in ms since navigation start. The time is
 * logged to the console: the bench listens there rather than evaluating anything in the page, which would
 * make Playwright inject its own script while the page is still starting.
 *
 * The attribute is put back whenever it goes missing until the paint is reported: a page may render its
 * own markup over what was first shown (Aman over a pre-rendered first view), reusing the elements and
 * removing attributes it did not set. Put back before the next paint, the element is still reported the
 * first time it is painted, whichever render that was.
 *
 * It also logs when an element matching `complete` is first in the document: for Aman, the guide's last
 * section, which only the app renders (a pre-rendered first view stops after the summary), so the time
 * the app has taken over and works.
 */
function paintProbe(args: { selector: string; painted: string; complete: string; completed: string }): void {
  const { selector, painted, complete, completed } = args;
  let reported = false;
  let done = false;
  new PerformanceObserver((list, observer) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (e.identifier === 'bench' && !reported) {
        reported = true;
        observer.disconnect();
        console.debug(painted, e.renderTime);
      }
    }
  }).observe({ type: 'element', buffered: true });
  const mo = new MutationObserver(() => {
    const el = document.querySelector(selector);
    if (el && !reported && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'bench');
    if (!done && document.querySelector(complete)) {
      done = true;
      console.debug(completed, performance.now());
    }
    if (reported && done) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['elementtiming'] });
}

/**
 * Adds the probe to every page of a context: call before the first page opens. `selector`: the element
 * whose paint counts; `complete`: the element whose insertion says the page is complete.
 */
export async function probePaint(context: BrowserContext, selector: string, complete: string): Promise<void> {
  await context.addInitScript(paintProbe, { selector, painted: PAINTED, complete, completed: COMPLETE });
}

/** The time a page's probe logs under `tag`, in ms since its navigation started (listen before navigating). */
async function probeTime(page: Page, tag: string, timeoutMs: number): Promise<number> {
  const message = await page.waitForEvent('console', {
    predicate: (m) => m.text().startsWith(`${tag} `),
    timeout: timeoutMs,
  });
  return Number(message.text().slice(tag.length + 1));
}

/** One cold start's times, in ms since navigation start. */
export interface ColdStart {
  /** The probed element's text painted. */
  paintMs: number;
  /** The page complete (see paintProbe). */
  completeMs: number;
}

/**
 * One cold start in a fresh page: every service worker of the context is stopped first (as when the
 * phone has put the browser away), then the page opens and the time until the probed element was
 * painted is read. Fails after `timeoutMs` rather than hang when it never is.
 *
 * The new tab is left alone for `settleMs` before the navigation: Chromium spends the first few hundred
 * ms of a tab building its own interface (dozens of WebUI scripts, in processes that share the machine's
 * cores with the page), and a page started at once is measured together with that. It slowed the plain
 * page from about 70 to 110–300 ms and the app less in proportion, so it made the ratio both noisier and
 * smaller than the pages' own difference.
 */
export async function coldStartOnce(
  context: BrowserContext,
  url: string,
  opts: { settleMs?: number; timeoutMs?: number } = {},
): Promise<ColdStart> {
  const { settleMs = 0, timeoutMs = 15_000 } = opts;
  const page = await context.newPage();
  try {
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const painted = probeTime(page, PAINTED, timeoutMs);
    const completed = probeTime(page, COMPLETE, timeoutMs);
    await page.goto(url, { waitUntil: 'commit' });
    return { paintMs: await painted, completeMs: await completed };
  } catch (e) {
    throw new Error(`cold start of ${url}: ${(e as Error).message}`);
  } finally {
    await page.close();
  }
}

/**
 * Cold starts of several pages, interleaved (a, b, a, b, …) so that a change in the machine's load during
 * the measurement touches all of them alike. The first `warmup` rounds are run and dropped: the first
 * starts after installing pay once for what later ones find ready (the browser's own caches and processes).
 * Returns every kept cold start per page, in run order.
 */
export async function interleavedColdStarts(
  targets: readonly { context: BrowserContext; url: string }[],
  runs: number,
  opts: { warmup?: number; settleMs?: number } = {},
): Promise<ColdStart[][]> {
  const { warmup = 0, settleMs = 0 } = opts;
  const times: ColdStart[][] = targets.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [n, t] of targets.entries()) {
      const run = await coldStartOnce(t.context, t.url, { settleMs });
      if (i >= warmup) times[n]!.push(run);
    }
  }
  return times;
}
