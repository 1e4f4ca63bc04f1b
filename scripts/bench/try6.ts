import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../serve';
const aman = await startServer({ root: process.argv[2] ?? 'dist-bench', base: '/aman/' });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
for (const hash of process.argv.slice(3)) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  await ctx.addInitScript(() => {
    (window as any).__shifts = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as any[]) (window as any).__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), src: e.sources.map((s: any) => `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const p = await ctx.newPage();
  await p.goto(`${aman.url}?lang=kk${hash}`);
  await p.waitForTimeout(4000);
  console.log(hash, JSON.stringify(await p.evaluate(() => (window as any).__shifts), null, 1));
  await ctx.close();
}
await browser.close(); await aman.close();
