/**
 * The promise at the heart of Aman: open it once, then with the network cut and the server gone, every
 * screen still opens in every language.
 */
import { expect, test } from 'vitest';
import { useBrowserAndServer, waitForOfflineReady, watchPage, watchRequests } from './harness';
import { CARD_GUIDES, LANGS, guideTitles, str } from './strings';

/** Each route with the h1 it must show in a language. */
async function screensFor(lang: (typeof LANGS)[number]): Promise<[string, string][]> {
  const titles = (await guideTitles())[lang];
  return [
    ['#/', str(lang, 'home.title')],
    ['#/guides', str(lang, 'guides.title')],
    ...[...titles].map(([id, title]): [string, string] => [`#/guides/${id}`, title]),
    ...CARD_GUIDES.map((id): [string, string] => [`#/guides/${id}/card`, str(lang, 'card.title')]),
    ['#/print', str(lang, 'print.title')],
    ['#/contacts', str(lang, 'contacts.title')],
    ['#/sms', str(lang, 'sms.title')],
    ['#/records', str(lang, 'records.title')],
    ['#/share', str(lang, 'share.title')],
    ['#/settings', str(lang, 'settings.title')],
    ['#/about', str(lang, 'about.title')],
    ['#/no-such-page', str(lang, 'notFound.title')],
  ];
}

const env = useBrowserAndServer();

test('first visit in a non-Kazakh, non-Russian browser shows Kazakh, then every route works offline in every language', async () => {
  // A German phone: neither Russian nor English, so Kazakh is the default.
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const requests = watchRequests(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  const errors = watchPage(page);

  await page.goto(env.server.url);
  await page.locator('h1', { hasText: str('kk', 'home.title') }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');

  await waitForOfflineReady(page);
  // The first visit says plainly that Aman now works offline.
  await page.getByText(str('kk', 'notice.offlineReady')).first().waitFor();

  // Cut the network and take the server away: nothing can be served by accident.
  await context.setOffline(true);
  await env.server.close();

  for (const lang of LANGS) {
    await page.goto(`${env.server.url}?lang=${lang}`);
    for (const [hash, title] of await screensFor(lang)) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator('h1', { hasText: title }).waitFor({ timeout: 10_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.waitForFunction((t) => document.title.includes(t), title, { timeout: 5_000 });
    }
    // The lang parameter is dropped from the address once applied, and the choice is remembered.
    expect(page.url()).not.toContain('lang=');
  }
  // The shareable one-file copy is precached too: an installed Aman can pass itself on offline.
  const copy = await page.evaluate(async () => {
    const res = await fetch('aman.html');
    return { ok: res.ok, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
  });
  expect(copy.ok).toBe(true);
  expect(copy.size).toBeGreaterThan(100_000);

  // The last language chosen (en) survives a reload with no parameter.
  await page.goto(env.server.url);
  await page.locator('h1', { hasText: str('en', 'home.title') }).waitFor();

  expect(requests.foreign).toEqual([]);
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.close();
});
