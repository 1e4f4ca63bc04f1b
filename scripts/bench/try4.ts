import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/browser/harness';
import { startServer } from '../serve';
import { bestLighthouse } from './lighthouse';
const aman = await startServer({ root: 'dist-bench', base: '/aman/' });
const PORT = 9411;
const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS, `--remote-debugging-port=${PORT}`] });
for (const [page, hash] of [['home', '#/'], ['guide', '#/guides/detained']]) {
  const t = Date.now();
  const r = await bestLighthouse(page, `${aman.url}?lang=kk${hash}`, PORT, 2);
  console.log(JSON.stringify(r), Date.now() - t);
}
await browser.close(); await aman.close();
