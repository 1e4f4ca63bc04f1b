/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations on every route, in every language,
 * in light, dark and high-contrast colours; and no CSP violation or console error on the way.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { allRoutes, showRoute, useBrowserAndServer, watchPage, watchRequests } from './harness';
import { LANGS } from './strings';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = useBrowserAndServer();

/** The phone's light and dark modes, and Aman's own high-contrast theme (chosen in settings). */
const THEMES = [
  { name: 'light', colorScheme: 'light', theme: 'system' },
  { name: 'dark', colorScheme: 'dark', theme: 'system' },
  { name: 'high contrast', colorScheme: 'light', theme: 'contrast' },
] as const;

test.each(THEMES)('no axe violations on any route or language ($name)', async ({ colorScheme, theme }) => {
  const context = await env.browser.newContext({ colorScheme });
  await context.addInitScript(
    (t) => localStorage.setItem('aman.prefs', JSON.stringify({ v: 1, theme: t, textSize: 100, hasAlert: false })),
    theme,
  );
  const requests = watchRequests(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  const errors = watchPage(page);
  const found: string[] = [];
  for (const lang of LANGS) {
    await page.goto(`${env.server.url}?lang=${lang}`);
    for (const route of await allRoutes()) {
      await showRoute(page, route);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) {
        found.push(`${lang} ${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  }
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
  expect(requests.foreign).toEqual([]);
  await context.close();
});
