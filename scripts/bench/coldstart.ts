/**
 * Offline cold start: how long a page that was visited once takes, with the network off and its service
 * worker stopped, from navigation start until a given element's text is painted. The same measure for
 * Aman and for the plain-HTML baseline.
 */
import type { BrowserContext } from 'playwright-core';

/**
 * Runs in every page before its own scripts. When the first element matching `selector` is inserted (by
 * the HTML parser or by script), it gets an `elementtiming` attribute before it is painted, and the
 * Element Timing API then reports when its text was painted, in ms since navigation start.
 */
function paintProbe(selector: string): void {
  const w = window as unknown as { __benchPainted: Promise<number> };
  w.__benchPainted = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
        if (e.identifier === 'bench') {
          observer.disconnect();
          resolve(e.renderTime);
        }
      }
    }).observe({ type: 'element', buffered: true });
    const mo = new MutationObserver(() => {
      const el = document.querySelector(selector);
      if (!el) return;
      mo.disconnect();
      el.setAttribute('elementtiming', 'bench');
    });
    mo.observe(document, { childList: true, subtree: true });
  });
}

/** Adds the probe to every page of a context: call before the first page opens. */
export async function probePaint(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript(paintProbe, selector);
}

/**
 * One cold start in a fresh page: every service worker of the context is stopped first (as when the
 * phone has put the browser away), then the page opens and the time until the probed element was
 * painted is read. Fails after `timeoutMs` rather than hang when it never is.
 */
export async function coldStartOnce(context: BrowserContext, url: string, timeoutMs = 15_000): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as { __benchPainted: Promise<number> }).__benchPainted,
          new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`not painted within ${timeout} ms`)), timeout)),
        ]),
      timeoutMs,
    );
  } catch (e) {
    throw new Error(`cold start of ${url}: ${(e as Error).message}`);
  } finally {
    await page.close();
  }
}

/**
 * Cold starts of several pages, interleaved (a, b, a, b, …) so that a change in the machine's load during
 * the measurement touches all of them alike. Returns every time per page, in run order.
 */
export async function interleavedColdStarts(
  targets: readonly { context: BrowserContext; url: string }[],
  runs: number,
): Promise<number[][]> {
  const times: number[][] = targets.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [n, t] of targets.entries()) times[n]!.push(await coldStartOnce(t.context, t.url));
  }
  return times;
}
