/**
 * Offline cold start: how long a page that was visited once takes, with the network off and its service
 * worker stopped, from navigation start until a given element's text is painted. The same measure for
 * Aman and for the plain-HTML baseline.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** What the probe writes to the console when the element's text was painted, followed by the time. */
const PAINTED = 'aman-bench-painted';

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
 */
function paintProbe(args: { selector: string; painted: string }): void {
  const { selector, painted } = args;
  let reported = false;
  new PerformanceObserver((list, observer) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (e.identifier === 'bench' && !reported) {
        reported = true;
        observer.disconnect();
        mo.disconnect();
        console.debug(painted, e.renderTime);
      }
    }
  }).observe({ type: 'element', buffered: true });
  const mo = new MutationObserver(() => {
    const el = document.querySelector(selector);
    if (el && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'bench');
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['elementtiming'] });
}

/** Adds the probe to every page of a context: call before the first page opens. */
export async function probePaint(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript(paintProbe, { selector, painted: PAINTED });
}

/** The paint time a page's probe logs, in ms since its navigation started (listen before navigating). */
export async function paintTime(page: Page, timeoutMs = 15_000): Promise<number> {
  const message = await page.waitForEvent('console', {
    predicate: (m) => m.text().startsWith(`${PAINTED} `),
    timeout: timeoutMs,
  });
  return Number(message.text().slice(PAINTED.length + 1));
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
): Promise<number> {
  const { settleMs = 0, timeoutMs = 15_000 } = opts;
  const page = await context.newPage();
  try {
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const painted = paintTime(page, timeoutMs);
    await page.goto(url, { waitUntil: 'commit' });
    return await painted;
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
 * Returns every kept time per page, in run order.
 */
export async function interleavedColdStarts(
  targets: readonly { context: BrowserContext; url: string }[],
  runs: number,
  opts: { warmup?: number; settleMs?: number } = {},
): Promise<number[][]> {
  const { warmup = 0, settleMs = 0 } = opts;
  const times: number[][] = targets.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [n, t] of targets.entries()) {
      const ms = await coldStartOnce(t.context, t.url, { settleMs });
      if (i >= warmup) times[n]!.push(ms);
    }
  }
  return times;
}
