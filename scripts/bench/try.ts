import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../../scripts/serve';
import { compileGuides } from '../../scripts/content/compile';
import { guideHtml, BASELINE_SW } from '../../scripts/bench/baseline';
import { coldStartOnce, probePaint, waitForController } from '../../scripts/bench/coldstart';

const { guides } = await compileGuides('/work/main');
const g = guides.kk.find((x) => x.id === 'detained')!;
mkdirSync('/tmp/bench-baseline', { recursive: true });
writeFileSync('/tmp/bench-baseline/index.html', guideHtml(g));
writeFileSync('/tmp/bench-baseline/sw.js', BASELINE_SW);
const aman = await startServer({ root: 'dist-bench', base: '/aman/' });
const base = await startServer({ root: '/tmp/bench-baseline', base: '/baseline/' });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const SEL = '.section-summary li';
const ca = await browser.newContext(); await probePaint(ca, SEL);
const cb = await browser.newContext(); await probePaint(cb, SEL);
let p = await ca.newPage(); await p.goto(aman.url + '?lang=kk#/guides/detained'); await waitForController(p); await p.locator(SEL).first().waitFor(); console.log('aman first', await p.evaluate(() => (window as any).__benchPainted)); await p.close();
p = await cb.newPage(); await p.goto(base.url); await p.evaluate(() => navigator.serviceWorker.register('sw.js')); await waitForController(p); console.log('base first', await p.evaluate(() => (window as any).__benchPainted)); await p.close();
await ca.setOffline(true); await cb.setOffline(true); await aman.close(); await base.close();
for (let i = 0; i < 7; i++) {
  const a = await coldStartOnce(ca, aman.url + '#/guides/detained');
  const b = await coldStartOnce(cb, base.url);
  console.log(a.toFixed(1), b.toFixed(1));
}
await browser.close();
