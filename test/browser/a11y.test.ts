/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations on every route, in every language,
 * in light and dark colours; and no CSP violation or console error on the way.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { allRoutes, useBrowserAndServer, watchPage, watchRequests } from './harness';
import { LANGS } from './strings';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = useBrowserAndServer();

test.each(['light', 'dark'] as const)('no axe violations on any route or language (%s)', async (colorScheme) => {
  const context = await env.browser.newContext({ colorScheme });
  const requests = watchRequests(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  const errors = watchPage(page);
  const found: string[] = [];
  for (const lang of LANGS) {
    await page.goto(`${env.server.url}?lang=${lang}`);
    for (const route of await allRoutes()) {
      await page.evaluate((h) => (location.hash = h), route);
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.loading'));
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
