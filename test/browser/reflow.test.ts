/**
 * WCAG 1.4.10 and 1.4.4 together: at 320 CSS pixels wide and with Aman's text size at 200%, no route in
 * any language scrolls sideways, and touch targets stay at least 44 by 44 CSS pixels.
 */
import { expect, test } from 'vitest';
import { allRoutes, showRoute, useBrowserAndServer } from './harness';
import { LANGS } from './strings';

const env = useBrowserAndServer();

test('no horizontal overflow at 320 px with 200% text, any route, any language', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
  // The person's own text-size setting, as saved by the settings screen.
  await context.addInitScript(() =>
    localStorage.setItem('aman.prefs', JSON.stringify({ v: 1, theme: 'system', textSize: 200, hasAlert: false })),
  );
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const lang of LANGS) {
    await page.goto(`${env.server.url}?lang=${lang}`);
    for (const route of await allRoutes()) {
      await showRoute(page, route);
      // Open every disclosure so hidden content is measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const result = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60));
        return { scroll: document.documentElement.scrollWidth, width, wide: [...new Set(wide)].slice(0, 5) };
      });
      if (result.scroll > result.width) overflowing.push(`${lang} ${route}: ${result.scroll}px > ${result.width}px ${result.wide.join(', ')}`);
    }
  }
  expect(overflowing).toEqual([]);
  await context.close();
});

test('buttons and button-like links are at least 44 by 44 CSS pixels, any route', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const small: string[] = [];
  for (const route of await allRoutes()) {
    await showRoute(page, route);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, .button, .call, .entry, .guide-list a, .nav a, summary, label:has(input)')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
        .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    for (const f of found) small.push(`${route}: ${f}`);
  }
  expect(small).toEqual([]);
  await context.close();
});
