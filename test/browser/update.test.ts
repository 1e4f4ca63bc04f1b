/**
 * Updating never surprises anyone: version 2 installs in the background, waits for the Update button,
 * and what the person saved survives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
