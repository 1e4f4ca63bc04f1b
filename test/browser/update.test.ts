/**
 * Updating never surprises anyone: version 2 installs in the background, waits for the Update button,
 * and what the person saved survives.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildTo, idbGet, idbPut, launch, serve, waitForOfflineReady } from './harness';
import { str } from './strings';
import type { StaticServer } from '../../scripts/serve';

let browser: Browser;
let server: StaticServer;
const dir = mkdtempSync(join(tmpdir(), 'aman-update-'));

beforeAll(async () => {
  buildTo(join(dir, 'v1'), 'v1');
  buildTo(join(dir, 'v2'), 'v2');
  // Version 2 with one of its lazily loaded files missing, as after an interrupted upload.
  cpSync(join(dir, 'v2'), join(dir, 'v2-broken'), { recursive: true });
  const chunk = readdirSync(join(dir, 'v2-broken', 'assets')).find((f) => f.startsWith('Settings-'))!;
  rmSync(join(dir, 'v2-broken', 'assets', chunk));
  browser = await launch();
  server = await serve(join(dir, 'v1'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('version 2 waits for the Update button, then shows; settings and stored data survive', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/settings`);
  await waitForOfflineReady(page);

  // Save something of each kind: a display preference (localStorage) and a record (IndexedDB).
  await page.getByLabel(str('en', 'settings.themes.dark')).check();
  await idbPut(page, 'drafts', [{ id: 'sms', text: 'I have been detained' }]);
  await page.evaluate(() => (location.hash = '#/about'));
  await page.getByText('0.1.0+v1').waitFor();

  // Deploy version 2 and come back: the browser finds the new worker, which installs and waits.
  server.setRoot(join(dir, 'v2'));
  await page.reload();
  const update = page.getByRole('button', { name: str('en', 'notice.update') });
  await update.waitFor({ timeout: 60_000 });
  // Nothing changed by itself: still version 1 on screen.
  expect(await page.getByTestId('version').textContent()).toContain('0.1.0+v1');

  await update.click();
  await page.getByText('0.1.0+v2').waitFor({ timeout: 30_000 });

  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const draft = await idbGet(page, 'drafts', 'sms');
  expect(draft).toEqual({ id: 'sms', text: 'I have been detained' });
  await context.close();
});

test('an update never discards what is being typed: text typed just before pressing Update is in version 2', async () => {
  server.setRoot(join(dir, 'v1'));
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/sms`);
  await waitForOfflineReady(page);
  await page.getByLabel(str('en', 'sms.text')).fill('Room 4, second floor');
  // Version 2 appears while the person is typing; the browser checks for it.
  server.setRoot(join(dir, 'v2'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const update = page.getByRole('button', { name: str('en', 'notice.update') });
  await update.waitFor({ timeout: 60_000 });
  // Type more, and press Update at once (well within the autosave pause).
  await page.getByLabel(str('en', 'sms.text')).fill('Room 4, second floor, badge 4521');
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), update.click()]);
  await page.getByLabel(str('en', 'sms.text')).waitFor();
  expect(await page.getByLabel(str('en', 'sms.text')).inputValue()).toBe('Room 4, second floor, badge 4521');
  await page.evaluate(() => (location.hash = '#/about'));
  await page.getByText('0.1.0+v2').waitFor();
  await context.close();
});

test('a broken download of version 2 leaves version 1 whole: no prompt, every screen still opens offline', async () => {
  server.setRoot(join(dir, 'v1'));
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/about`);
  await waitForOfflineReady(page);
  await page.getByText('0.1.0+v1').waitFor();
  // Version 2 is deployed with one of its files missing (an interrupted upload, a flaky mirror).
  server.setRoot(join(dir, 'v2-broken'));
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update().catch(() => {});
  });
  // The new worker cannot precache everything, so it never installs: nothing waits, nothing changes.
  await page.waitForTimeout(3000);
  expect(await page.getByRole('button', { name: str('en', 'notice.update') }).count()).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  // Still entirely version 1, offline, on every screen.
  await context.setOffline(true);
  await page.reload();
  await page.getByText('0.1.0+v1').waitFor();
  for (const h of ['#/settings', '#/guides/detained', '#/sms', '#/share']) {
    await page.evaluate((x) => (location.hash = x), h);
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('[role="alert"]'));
  }
  await context.close();
});

test('repair: forgets the worker and caches, reloads from the network, is offline-ready again, data kept', async () => {
  server.setRoot(join(dir, 'v1'));
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/settings`);
  await waitForOfflineReady(page);
  await idbPut(page, 'drafts', [{ id: 'keep', text: 'still here' }]);
  // A marker cache: if repair really clears every cache, it will be gone.
  await page.evaluate(async () => void (await caches.open('marker-from-test')));
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(1);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: str('en', 'repair.button') }).click()]);
  await waitForOfflineReady(page);
  const after = await page.evaluate(async () => caches.keys());
  expect(after).not.toContain('marker-from-test');
  expect(after.some((n) => n.includes('precache'))).toBe(true);
  expect(await idbGet(page, 'drafts', 'keep')).toEqual({ id: 'keep', text: 'still here' });
  await context.close();
});

test('repair on a network that does not reach the server changes nothing and says so', async () => {
  server.setRoot(join(dir, 'v1'));
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/settings`);
  await waitForOfflineReady(page);
  const before = await page.evaluate(async () => (await caches.keys()).sort());
  // The browser still believes it is online, but nothing reaches the server (a filtered network).
  await context.route('**/*', (route) => route.abort());
  await page.getByRole('button', { name: str('en', 'repair.button') }).click();
  await page.getByText(str('en', 'repair.failed')).waitFor();
  expect(await page.evaluate(async () => (await caches.keys()).sort())).toEqual(before);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.close();
});
