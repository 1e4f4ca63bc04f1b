/**
 * Pre-rendered first views (issue #8) in a real browser: a guide link shows the top of the guide before
 * the app's code has run, in the person's language, theme and text size; offline from a cold start too;
 * and the app then takes over those very elements rather than drawing new ones.
 */
import { expect, test } from 'vitest';
import { useBrowserAndServer, waitForOfflineReady, watchPage } from './harness';
import { guideTitles, str } from './strings';

const env = useBrowserAndServer();

test('with the app\'s code held back, a guide link still shows its first view, in the saved language and display', async () => {
  const context = await env.browser.newContext();
  // The app's own scripts never arrive: whatever shows is the start script's doing alone.
  await context.route(/\/assets\/[^/]+\.js$/, (r) => r.abort());
  await context.addInitScript(() =>
    localStorage.setItem('aman.prefs', JSON.stringify({ v: 1, lang: 'ru', theme: 'contrast', textSize: 150 })),
  );
  const page = await context.newPage();
  const errors = watchPage(page);
  await page.goto(`${env.server.url}#/guides/detained`);
  await page.locator('.section-summary li').first().waitFor();
  expect(await page.locator('main h1').textContent()).toBe((await guideTitles()).ru.get('detained'));
  expect(await page.locator('.section-summary h2').textContent()).toBeTruthy();
  expect(await page.locator('.header .lang[aria-pressed="true"]').getAttribute('lang')).toBe('ru');
  expect(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme, document.documentElement.style.fontSize]),
  ).toEqual(['ru', 'contrast', '150%']);
  // Only the top: the rest of the guide is the app's to render.
  expect(await page.locator('main section').count()).toBe(1);
  // Nothing but the held-back scripts failed; the inline start script is allowed by the page's policy.
  expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
  await context.close();
});

test('offline from a cold start, the first view shows and the app takes over the same elements', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}?lang=kk#/guides/phone-check`);
  await waitForOfflineReady(page);
  await page.close();
  await context.setOffline(true);
  // Mark the summary's list as it first appears without the rest of the guide: only a first view shows
  // it so (the app renders every section at once). If the app drew a new list, the mark would be gone.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('.section-summary ul');
      if (!list || document.querySelector('.section-steps')) return;
      observer.disconnect();
      (list as HTMLElement & { firstView?: boolean }).firstView = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const cold = await context.newPage();
  const errors = watchPage(cold);
  const cdp = await context.newCDPSession(cold);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await cold.goto(`${env.server.url}#/guides/phone-check`);
  // The app has rendered the whole guide and is running: it set the document's title.
  await cold.locator('.section-sources').waitFor();
  const title = (await guideTitles()).kk.get('phone-check')!;
  await cold.waitForFunction((t) => document.title.startsWith(t), title);
  // The same element: reused by the app, not replaced.
  expect(await cold.evaluate(() => (document.querySelector('.section-summary ul') as HTMLElement & { firstView?: boolean }).firstView)).toBe(true);
  // And it is live: the language switch works on what was first shown.
  await cold.getByRole('button', { name: 'Русский' }).click();
  await cold.locator('main h1', { hasText: (await guideTitles()).ru.get('phone-check')! }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('a link to a guide that does not exist shows not-found, offline too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}?lang=en`);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const errors = watchPage(page);
  await page.goto(`${env.server.url}#/guides/no-such-guide`);
  await page.locator('h1', { hasText: str('en', 'notFound.title') }).waitFor();
  // Its first view was asked for and is not there: that request alone fails.
  expect(errors.every((e) => e.includes('Failed to load resource'))).toBe(true);
  await context.close();
});
