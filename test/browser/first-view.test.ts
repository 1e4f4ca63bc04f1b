/**
 * Pre-rendered first views (issue #8) in a real browser: a guide link shows the top of the guide before
 * the app's code has run, in the person's language, theme and text size; offline from a cold start too;
 * and the app then takes over those very elements rather than drawing new ones.
 */
import { expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserAndServer, waitForOfflineReady, watchPage } from './harness';
import { guideTitles, str } from './strings';

const env = useBrowserAndServer();

/**
 * Holds the app's entry script back until `release()` is called, as a slow phone or network would:
 * meanwhile only the start script and the first view are on the page.
 */
async function holdAppBack(context: BrowserContext): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await context.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

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
  // The app's code was asked for only once the first view was painted: it did not compete with it.
  const [fcp, entry] = await cold.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    performance.getEntriesByType('resource').find((e) => /\/assets\/index-[^/]+\.js$/.test(e.name))?.startTime ?? NaN,
  ]);
  expect(entry).toBeGreaterThan(fcp!);
  // The same element: reused by the app, not replaced.
  expect(await cold.evaluate(() => (document.querySelector('.section-summary ul') as HTMLElement & { firstView?: boolean }).firstView)).toBe(true);
  // And it is live: the language switch works on what was first shown.
  await cold.getByRole('button', { name: 'Русский' }).click();
  await cold.locator('main h1', { hasText: (await guideTitles()).ru.get('phone-check')! }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('a link to a guide that does not exist asks for its first view once, then shows not-found, offline too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
  await page.goto(`${env.server.url}?lang=en#/guides/no-such-guide`);
  await page.locator('h1', { hasText: str('en', 'notFound.title') }).waitFor();
  expect(missing).toEqual([`${new URL(env.server.url).pathname}first-view/en/no-such-guide.html`]);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const errors = watchPage(page);
  await page.reload();
  await page.locator('h1', { hasText: str('en', 'notFound.title') }).waitFor();
  // Offline the missing first view cannot load: that failure alone, nothing else goes wrong.
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  await context.close();
});

test.each(['button', 'Escape'] as const)(
  'before the app has loaded, Exit by %s on a first view still leaves at once, with no Aman page left behind',
  async (how) => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    await holdAppBack(context);
    const page = await context.newPage();
    await page.goto('about:blank#before');
    // Not waiting for the page's load event: the held-back script holds it back too.
    await page.goto(`${env.server.url}#/guides/detained`, { waitUntil: 'commit' });
    await page.locator('.section-summary li').first().waitFor();
    // A link followed on the first view adds a history entry, which the exit must not leave behind.
    await page.getByRole('link', { name: str('en', 'card.open') }).click();
    await page.waitForURL(/#\/guides\/detained\/card$/, { waitUntil: 'commit' });
    if (how === 'button') await page.getByRole('button', { name: str('en', 'exit.label'), exact: true }).click();
    else await page.keyboard.press('Escape');
    await page.waitForURL(/exit\.html/);
    // Back, one entry at a time, to the page before Aman: no entry on the way is Aman.
    const walked = [page.url()];
    for (let i = 0; i < 6 && !page.url().startsWith('about:blank'); i++) {
      await page.goBack({ waitUntil: 'commit' }).catch(() => null);
      await page.waitForTimeout(150);
      walked.push(page.url());
    }
    expect(walked.at(-1)).toBe('about:blank#before');
    expect(walked.filter((u) => u.startsWith(env.server.url) && !u.includes('exit.html'))).toEqual([]);
    await context.close();
  },
);

test('before the app has loaded, the skip link moves focus and the last language pressed is applied once it loads', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const release = await holdAppBack(context);
  const page = await context.newPage();
  const errors = watchPage(page);
  await page.goto(`${env.server.url}#/guides/court`, { waitUntil: 'commit' });
  await page.locator('.section-summary li').first().waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => [document.activeElement?.id, location.hash])).toEqual(['main', '#/guides/court']);
  // Two languages pressed while nothing happens: the last one is what the person chose.
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('button', { name: 'Қазақша' }).click();
  release();
  const titles = await guideTitles();
  await page.locator('main h1', { hasText: titles.kk.get('court')! }).waitFor();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('aman.prefs') ?? '{}').lang === 'kk');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
  expect(errors).toEqual([]);
  await context.close();
});

test('a first view that arrives after the app has rendered is dropped, not put over the app', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  // The start script waits for a first view at most 300 ms before starting the app: this one comes later.
  await context.route(/\/first-view\//, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  const errors = watchPage(page);
  const arrived = page.waitForResponse(/\/first-view\/en\/detained\.html$/);
  await page.goto(`${env.server.url}#/guides/detained`);
  await page.locator('.section-sources').waitFor();
  await arrived;
  await page.waitForTimeout(300);
  expect(await page.locator('.app').count()).toBe(1);
  expect(await page.locator('main h1').count()).toBe(1);
  expect(await page.locator('.section-sources').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});
