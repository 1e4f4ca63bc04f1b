import { launch } from '../test/browser/harness';
import { startServer } from './serve';
const s = await startServer({ root: 'dist', base: '/aman/' });
const b = await launch();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, hash, lang, width, scheme] = spec.split(',');
  const c = await b.newContext({ viewport: { width: Number(width ?? 360), height: 740 }, colorScheme: (scheme as 'dark') ?? 'light' });
  const p = await c.newPage();
  await p.goto(`${s.url}?lang=${lang}${hash}`);
  await p.locator('h1').first().waitFor();
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: process.env.FULL === "1" });
  await c.close();
}
await b.close(); await s.close();
