/**
 * Safe to carry: quick exit leaves nothing of Aman in the back history; wiping deletes every record (here
 * 500 contacts and 100 drafts) and the offline app keeps working.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { idbCounts, idbPut, useBrowserAndServer, waitForOfflineReady } from './harness';
import { str } from './strings';

const env = useBrowserAndServer();

const isAman = (url: string) => url.startsWith(env.server.url) && !url.includes('exit.html');

async function visitSeveral(page: Page) {
  for (const h of ['#/guides', '#/guides/detained', '#/contacts', '#/sms']) {
    await page.evaluate((hash) => (location.hash = hash), h);
    await page.locator('h1').first().waitFor();
  }
}

test.each(['button', 'Escape'] as const)('quick exit by %s: a neutral page, and Back never returns to Aman', async (how) => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('about:blank#before');
  await page.goto(env.server.url);
  await page.locator('h1').first().waitFor();
  await visitSeveral(page);
  if (how === 'button') await page.getByRole('button', { name: str('en', 'exit.label'), exact: true }).click();
  else await page.keyboard.press('Escape');
  await page.waitForURL(/exit\.html/);
  expect(await page.title()).toBe('New Tab');
  expect(await page.locator('body').innerText()).toBe('');
  // Walk back one entry at a time until the page that was open before Aman; every entry on the way
  // must be the neutral page. (goBack returns null for same-document steps, so check the URL each time.)
  const walked: string[] = [page.url()];
  for (let i = 0; i < 10 && !page.url().startsWith('about:blank'); i++) {
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    await page.waitForTimeout(150);
    walked.push(page.url());
  }
  expect(walked.at(-1)).toBe('about:blank#before');
  expect(walked.filter(isAman)).toEqual([]);
  // Forward from there never reaches Aman either.
  for (let i = 0; i < 6; i++) {
    await page.goForward({ waitUntil: 'commit' }).catch(() => null);
    await page.waitForTimeout(150);
    expect(isAman(page.url()), page.url()).toBe(false);
  }
  await context.close();
});

test('wipe deletes 500 contacts and 100 drafts, and Aman still works offline', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}#/settings`);
  await waitForOfflineReady(page);
  await page.getByLabel(str('en', 'settings.themes.dark')).check();
  await idbPut(page, 'contacts', Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, name: `Contact ${i}`, phone: '+77011112233', role: 'family', note: 'n'.repeat(200), order: i })));
  await idbPut(page, 'drafts', Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, text: 'т'.repeat(500) })));
  await context.setOffline(true);
  // Time the deletion itself: from the end of the countdown (status empties) to "All your data is deleted".
  await page.evaluate((done) => {
    const status = document.querySelector('[data-testid="wipe-status"]')!;
    const w = window as unknown as { wipeStart?: number; wipeEnd?: number };
    new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (text === '' && w.wipeStart === undefined) w.wipeStart = performance.now();
      if (text === done && w.wipeEnd === undefined) w.wipeEnd = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, str('en', 'wipe.done'));
  await page.getByRole('button', { name: str('en', 'wipe.button') }).click();
  await page.getByText(str('en', 'wipe.done')).waitFor({ timeout: 15_000 });
  const ms = await page.evaluate(() => {
    const w = window as unknown as { wipeStart: number; wipeEnd: number };
    return w.wipeEnd - w.wipeStart;
  });
  console.log(`wipe of 500 contacts and 100 drafts: ${ms.toFixed(1)} ms`);
  const counts = await idbCounts(page, ['contacts', 'drafts', 'settings']);
  expect(counts).toEqual([0, 0, 0]);
  expect(await page.evaluate(() => localStorage.getItem('aman.prefs'))).toBeNull();
  await page.reload();
  await page.locator('h1').first().waitFor();
  await page.evaluate(() => (location.hash = '#/guides/detained'));
  await page.locator('.section-summary').waitFor();
  await context.close();
});
