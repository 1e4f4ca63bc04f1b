import { writeFileSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../serve';
import { probePaint, waitForController } from './coldstart';
const aman = await startServer({ root: 'dist-bench', base: '/aman/' });
const base = await startServer({ root: '/tmp/bench-baseline', base: '/baseline/' });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const SEL = '.section-summary li';
async function go(url: string, reg: boolean, name: string) {
  const ca = await browser.newContext(); await probePaint(ca, SEL);
  let p = await ca.newPage(); await p.goto(url); if (reg) await p.evaluate(() => navigator.serviceWorker.register('sw.js')); await waitForController(p); await p.locator(SEL).first().waitFor(); await p.close();
  await ca.setOffline(true);
  for (let i = 0; i < 2; i++) {
  p = await ca.newPage();
  const cdp = await ca.newCDPSession(p); await cdp.send('ServiceWorker.enable'); await cdp.send('ServiceWorker.stopAllWorkers');
  if (i === 1) await browser.startTracing(p, { path: `/tmp/trace-${name}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading'] });
  await p.goto(url.replace('?lang=kk', ''), { waitUntil: 'commit' });
  const painted = await p.evaluate(() => (window as any).__benchPainted);
  if (i === 1) await browser.stopTracing();
  console.log(name, 'painted', painted);
  await p.close();
  }
}
await go(aman.url + '?lang=kk#/guides/detained', false, 'aman');
await go(base.url, true, 'base');
await browser.close(); await aman.close(); await base.close();
for (const name of ['aman', 'base']) {
  const ev = JSON.parse(readFileSync(`/tmp/trace-${name}.json`, 'utf8')).traceEvents as any[];
  // find renderer main thread: thread_name CrRendererMain with most events
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const t0 = nav?.ts ?? 0;
  const mains = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const sum: Record<string, number> = {};
  const list: string[] = [];
  for (const e of ev) {
    if (e.ph !== 'X' || !mains.includes(`${e.pid}:${e.tid}`) || e.ts < t0) continue;
    if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) && e.dur > 3000) list.push(`${((e.ts - t0) / 1000).toFixed(0)} +${(e.dur / 1000).toFixed(1)}`);
    if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'v8.parseOnBackground', 'PrePaint', 'Layerize', 'RunMicrotasks', 'v8.evaluateModule','TimerFire','FireAnimationFrame', 'HitTest','ScheduleStyleRecalculation','Commit', 'ProfileCall'].includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
  }
  console.log(name, 'navStart found', !!nav, Object.entries(sum).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  console.log('  long tasks (ms from nav):', list.join(' | '));
}
