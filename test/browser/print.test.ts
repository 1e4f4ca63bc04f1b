/** The rights card prints on one page, in every language, without the app's header and buttons. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve } from './harness';
import { LANGS, str } from './strings';
import type { StaticServer } from '../../scripts/serve';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launch();
  server = await serve();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(LANGS)('print card fits one A4 page (%s)', async (lang) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?lang=${lang}#/print`);
  await page.locator('.printable section').nth(2).waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('header').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: str(lang, 'print.print') }).isVisible()).toBe(false);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.close();
});
