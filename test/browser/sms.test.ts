/**
 * The shutdown scenario end to end, offline: add two trusted contacts, compose a message, pick both, and
 * get the sms: links an Android phone would open. The draft survives a reload.
 */
import { expect, test } from 'vitest';
import { useBrowserAndServer, waitForOfflineReady, watchRequests } from './harness';
import { str } from './strings';

const ANDROID = 'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

const env = useBrowserAndServer();

test('compose offline, two recipients, Android sms: links, draft kept across reload', async () => {
  const context = await env.browser.newContext({ userAgent: ANDROID, locale: 'ru-RU', viewport: { width: 360, height: 740 } });
  const requests = watchRequests(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  await page.goto(env.server.url);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await env.server.close();

  await page.goto(`${env.server.url}#/contacts`);
  for (const [name, phone] of [
    ['Айгуль (адвокат)', '8 701 111 22 33'],
    ['Мама', '+7 702 444 55 66'],
  ]) {
    await page.getByRole('button', { name: str('ru', 'contacts.add'), exact: true }).click();
    await page.getByLabel(str('ru', 'contacts.name')).fill(name!);
    await page.getByLabel(str('ru', 'contacts.phone')).fill(phone!);
    await page.getByRole('button', { name: str('ru', 'contacts.save'), exact: true }).click();
    await page.getByText(name!).waitFor();
  }

  await page.evaluate(() => (location.hash = '#/sms'));
  await page.getByLabel(/Айгуль/).check();
  await page.getByLabel(/Мама/).check();
  await page.getByLabel(str('ru', 'sms.fields.time')).fill('');
  await page.getByLabel(str('ru', 'sms.fields.place')).fill('ул. Абая 10');
  const links = page.getByTestId('sms-link');
  await expect.poll(() => links.count()).toBe(2);
  const body = encodeURIComponent('Меня задержали. Где: ул. Абая 10.');
  expect(await links.nth(0).getAttribute('href')).toBe(`sms:+77011112233?body=${body}`);
  expect(await links.nth(1).getAttribute('href')).toBe(`sms:+77024445566?body=${body}`);

  // Give the autosave a moment, then reload: everything typed is still there.
  await page.waitForTimeout(600);
  await page.reload();
  await expect.poll(() => page.getByLabel(str('ru', 'sms.fields.place')).inputValue()).toBe('ул. Абая 10');
  expect(await page.getByLabel(/Мама/).isChecked()).toBe(true);

  expect(requests.foreign).toEqual([]);
  await context.close();
});
