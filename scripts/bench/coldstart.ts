/**
 * Offline cold start: how long a page that was visited once takes, with the network off and its service
 * worker stopped, from navigation start until a given element's text is painted. The same measure for
 * Aman and for the plain-HTML baseline.
 */
import type { BrowserContext, Page } from 'playwright-core';

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
export function probePaint(context: BrowserContext, selector: string): Promise<void> {
  return context.addInitScript(paintProbe, selector);
}

/** Whether a service worker controls the page and has finished installing (it precached everything). */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
    polling: 100,
  });
}

/**
 * One cold start in a fresh page: every service worker of the context is stopped first (as after the
 * phone has put the browser away), then the page opens and the time until `selector` painted is read.
 */
export async function coldStartOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(
      () => (window as unknown as { __benchPainted: Promise<number> }).__benchPainted,
      undefined,
    );
  } finally {
    await page.close();
  }
}
