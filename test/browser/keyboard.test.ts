/**
 * Every main flow with the keyboard alone (Tab, Enter, Space, typing; no mouse): read a guide, reach the
 * 112 call, add a contact, compose and open an SMS, share the app, wipe data. Every control reached
 * shows a visible focus indicator.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from './harness';
import { str } from './strings';

const env = useBrowserAndServer();

/** Presses Tab until the focused element's text or accessible name matches; fails after `max` presses. */
async function tabTo(page: Page, match: RegExp | string, max = 120, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    // A RegExp cannot cross into the page: send its source and flags, or the plain text.
    const m = typeof match === 'string' ? { text: match } : { source: match.source, flags: match.flags };
    const hit = await page.evaluate((m) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const label = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
      const name = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${label}`;
      return 'text' in m ? name.includes(m.text!) : new RegExp(m.source!, m.flags).test(name);
    }, m as { text?: string; source?: string; flags?: string });
    if (hit) {
      // The focus indicator is visible: an outline of some width that is not 'none'.
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline, `focus indicator on ${String(match)}`).not.toMatch(/^none|0px$/);
      return;
    }
  }
  throw new Error(`Tab never reached ${String(match)}`);
}

const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));

test('read a guide and reach the officer card, from home', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  await tabTo(page, str('en', 'home.detained'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('I am detained');
  await tabTo(page, str('en', 'card.open'));
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: str('en', 'card.title') }).waitFor();
  await page.close();
});

test('the 112 call is the first thing after the navigation', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  await tabTo(page, /Call 112/);
  expect(await focusedHref(page)).toBe('tel:112');
  await page.close();
});

test('add a contact, then compose an SMS to it and reach the link that opens the SMS app', async () => {
  const page = await env.browser.newPage({ locale: 'en-US', userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36' });
  await page.goto(`${env.server.url}#/contacts`);
  await page.locator('h1').waitFor();
  await tabTo(page, str('en', 'contacts.add'));
  await page.keyboard.press('Enter');
  // The form takes focus on its first field.
  await page.waitForFunction(() => document.activeElement?.id === 'c-name');
  await page.keyboard.type('Aida');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8 701 111 22 33');
  await tabTo(page, new RegExp(`^\\s*${str('en', 'contacts.save')}\\s*$`));
  await page.keyboard.press('Enter');
  await page.getByText('+7 701 111 22 33').waitFor();

  await page.waitForFunction((t) => document.activeElement?.textContent === t, str('en', 'contacts.add'));
  // Focus is on "Add a contact" again (ready for the next one); the new contact is just before it.
  await tabTo(page, 'SMS to Aida', 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: str('en', 'sms.title') }).waitFor();
  await tabTo(page, str('en', 'sms.text'));
  await page.keyboard.type('Room 4');
  await tabTo(page, str('en', 'sms.send'));
  expect(await focusedHref(page)).toMatch(/^sms:\+77011112233\?body=I%20have%20been%20detained\..*Room%204$/);
  await page.close();
});

test('share the app: reach the one-file copy from home', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(env.server.url);
  await page.locator('h1').waitFor();
  await tabTo(page, str('en', 'home.share'));
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: str('en', 'share.title') }).waitFor();
  await tabTo(page, str('en', 'share.save'));
  expect(await focusedHref(page)).toBe('aman.html');
  await page.close();
});

test('wipe data: start, focus moves to Cancel, Space cancels; start again and let it finish', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(`${env.server.url}#/settings`);
  await page.locator('h1').waitFor();
  await tabTo(page, str('en', 'wipe.button'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.activeElement?.textContent === t, str('en', 'wipe.cancel'));
  await page.keyboard.press('Space');
  await page.getByText(str('en', 'wipe.cancelled')).waitFor();
  // Focus is back on the button that starts it.
  await page.waitForFunction((t) => document.activeElement?.textContent === t, str('en', 'wipe.button'));
  await page.keyboard.press('Enter');
  await page.getByText(str('en', 'wipe.done')).waitFor({ timeout: 15_000 });
  await page.close();
});
