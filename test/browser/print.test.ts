/** The rights card prints on one page, in every language, without the app's header and buttons. */
import { expect, test } from 'vitest';
import { useBrowserAndServer } from './harness';
import { LANGS, str } from './strings';

const env = useBrowserAndServer();

test.each(LANGS)('print card fits one A4 page (%s)', async (lang) => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}?lang=${lang}#/print`);
  await page.locator('.printable section').nth(2).waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('header').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: str(lang, 'print.print') }).isVisible()).toBe(false);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.close();
});
