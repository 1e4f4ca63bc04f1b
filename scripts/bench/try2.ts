import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../serve';
import { probePaint, waitForController } from './coldstart';
const aman = await startServer({ root: 'dist-bench', base: '/aman/' });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const SEL = '.section-summary li';
const ca = await browser.newContext(); await probePaint(ca, SEL);
let p = await ca.newPage(); await p.goto(aman.url + '?lang=kk#/guides/detained'); await waitForController(p); await p.locator(SEL).first().waitFor(); await p.close();
await ca.setOffline(true); await aman.close();
for (let i = 0; i < 3; i++) {
  p = await ca.newPage();
  const cdp = await ca.newCDPSession(p); await cdp.send('ServiceWorker.enable'); await cdp.send('ServiceWorker.stopAllWorkers');
  await p.goto(aman.url + '#/guides/detained', { waitUntil: 'commit' });
  const painted = await p.evaluate(() => (window as any).__benchPainted);
  const t = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const paints = performance.getEntriesByType('paint').map((e) => `${e.name} ${e.startTime.toFixed(0)}`);
    return [`nav workerStart ${nav.workerStart.toFixed(0)} fetchStart ${nav.fetchStart.toFixed(0)} responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)}`,
      ...res.map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)} -> ${r.responseEnd.toFixed(0)}`), ...paints].join('\n');
  });
  console.log('painted', painted, '\n' + t + '\n');
  await p.close();
}
await browser.close();
