/**
 * Lighthouse's accessibility audit scores 100 on the home screen and on a guide (mobile settings), in
 * Kazakh and English. (Performance is measured by the benchmark, not here: scores depend on the machine.)
 */
import { expect, test } from 'vitest';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath, serve } from './harness';

const PORT = 9333;

test('accessibility score 100 on home and a guide', async () => {
  const server = await serve();
  // Lighthouse drives Chromium over its debugging port.
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS, `--remote-debugging-port=${PORT}`] });
  const scores: Record<string, number> = {};
  try {
    for (const lang of ['kk', 'en']) {
      for (const hash of ['#/', '#/guides/detained']) {
        const url = `${server.url}?lang=${lang}${hash}`;
        const result = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] });
        const lhr = result!.lhr;
        scores[`${lang} ${hash}`] = Math.round((lhr.categories.accessibility!.score ?? 0) * 100);
        if (scores[`${lang} ${hash}`]! < 100) {
          const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
          console.error(url, failing.map((a) => a.id));
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  expect(scores).toEqual({ 'kk #/': 100, 'kk #/guides/detained': 100, 'en #/': 100, 'en #/guides/detained': 100 });
}, 240_000);
