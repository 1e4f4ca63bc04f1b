import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../serve';
const aman = await startServer({ root: process.argv[2] ?? 'dist-bench', base: '/aman/' });
const PORT = 9411;
const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS, `--remote-debugging-port=${PORT}`] });
for (const hash of process.argv.slice(3)) {
  const r = await lighthouse(`${aman.url}?lang=kk${hash}`, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log(hash, r!.lhr.categories.performance!.score);
  for (const id of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','cumulative-layout-shift','speed-index']) console.log(' ', id, a[id]!.numericValue, a[id]!.score);
  console.log(JSON.stringify(a['layout-shifts']?.details, null, 0).slice(0, 3000));
  console.log(JSON.stringify(a['largest-contentful-paint-element']?.details, null, 0).slice(0, 1500));
  console.log(JSON.stringify(a['network-dependency-tree-insight']?.details, null, 0).slice(0, 3000));
}
await browser.close(); await aman.close();
