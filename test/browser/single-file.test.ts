/**
 * The one-file copy, as a volunteer passes it on: opened from the phone's storage (file://), no server,
 * no network. Every route in every language works, the CSP allows exactly its inline code, and data is
 * kept where the browser allows storage for local files.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { allRoutes, launch, showRoute, watchPage, watchRequests } from './harness';
import { LANGS, str } from './strings';

const FILE = resolve('dist-single/index.html');
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(FILE)) throw new Error('no one-file build: run "npm run build" first');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('every route in every language opens from file:// with the network off', async () => {
  const context = await browser.newContext({ offline: true });
  const requests = watchRequests(context, 'null');
  const page = await context.newPage();
  const errors = watchPage(page);
  const url = pathToFileURL(FILE).href;
  for (const lang of LANGS) {
    await page.goto(`${url}?lang=${lang}`);
    for (const route of await allRoutes()) {
      await showRoute(page, route);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect((await page.locator('h1').first().textContent())?.trim()).not.toBe('');
    }
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByText(str(lang, 'settings.offlineSingleFile')).waitFor();
    await page.evaluate(() => (location.hash = '#/share'));
    await page.getByText(str(lang, 'share.thisIsTheFile')).waitFor();
  }
  // Nothing but the file itself was loaded; no CSP violation or script error was reported.
  expect(requests.all.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('in a browser the one-file copy keeps nothing unless asked: every local file shares its storage', async () => {
  const context = await browser.newContext({ offline: true, locale: 'en-US' });
  const page = await context.newPage();
  const addLawyer = async () => {
    await page.evaluate(() => (location.hash = '#/contacts'));
    await page.getByRole('button', { name: str('en', 'contacts.add'), exact: true }).click();
    await page.getByLabel(str('en', 'contacts.name')).fill('Lawyer');
    await page.getByLabel(str('en', 'contacts.phone')).fill('87011112233');
    await page.getByRole('button', { name: str('en', 'contacts.save'), exact: true }).click();
    await page.getByText('+7 701 111 22 33').waitFor();
  };
  await page.goto(`${pathToFileURL(FILE).href}#/`);
  await addLawyer();
  // Said plainly, and nothing reached the shared storage.
  await page.getByText(str('en', 'notice.fileMemory')).waitFor();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('aman');
  await page.reload();
  await page.evaluate(() => (location.hash = '#/contacts'));
  await page.getByText(str('en', 'contacts.empty')).waitFor();

  // The person opts in: what was typed is kept, and survives reopening.
  await addLawyer();
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.getByRole('button', { name: str('en', 'fileStore.button') }).click();
  await page.getByText(str('en', 'fileStore.on')).waitFor();
  await page.reload();
  await page.evaluate(() => (location.hash = '#/contacts'));
  await page.getByText('+7 701 111 22 33').waitFor();
  await context.close();
});

test('incident records work in the one-file copy too: WebCrypto is there on file://, nothing reaches disk', async () => {
  const context = await browser.newContext({ offline: true, locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchPage(page);
  await page.goto(`${pathToFileURL(FILE).href}#/records`);
  await page.getByLabel(str('en', 'records.passphrase'), { exact: true }).fill('three little words');
  await page.getByLabel(str('en', 'records.repeat')).fill('three little words');
  await page.getByRole('button', { name: str('en', 'records.create') }).click();
  await page.getByRole('button', { name: str('en', 'records.kinds.search') }).click({ timeout: 20_000 });
  await page.getByLabel(str('en', 'records.place')).fill('Abai avenue 10');
  // Kept in memory only (every local file shares one storage), and the person is told so.
  await page.getByText(str('en', 'records.savedMemory')).waitFor();
  await page.getByText(str('en', 'notice.fileMemory')).waitFor();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('aman');
  expect(errors).toEqual([]);
  await context.close();
});
