/**
 * The no-leak checks can fail: a foreign request injected into the page is seen by watchRequests (which
 * counts even blocked attempts, so the other tests fail on any attempt), reported as a CSP violation by
 * watchPage, and blocked before it reaches the network.
 */
import { expect, test } from 'vitest';
import { useBrowserAndServer, watchPage, watchRequests } from './harness';

const env = useBrowserAndServer();

test('an injected foreign image is blocked by the CSP, and both watchers report it', async () => {
  const context = await env.browser.newContext();
  const requests = watchRequests(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  const errors = watchPage(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="https://tracker.example/p.gif">'));
  await expect.poll(() => errors.some((e) => e.startsWith('CSP violation: img-src'))).toBe(true);
  expect(requests.foreign).toEqual(['https://tracker.example/p.gif']);
  // Chromium names the failure "csp" (older builds: "net::ERR_BLOCKED_BY_CSP").
  await expect.poll(() => failed.join()).toMatch(/^https:\/\/tracker\.example\/p\.gif (csp|net::ERR_BLOCKED_BY_CSP)$/);
  // And the page's own policy is the strict one.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  await context.close();
});
