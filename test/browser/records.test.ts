/**
 * Incident records in a real browser, offline: write one down, reload, unlock it (after a wrong try), and
 * draft a complaint from it. What IndexedDB holds is checked to be unreadable; axe checks the form and the
 * letter, which the route tours cannot reach behind the passphrase.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { useBrowserAndServer, waitForOfflineReady, watchPage } from './harness';
import { str } from './strings';

const env = useBrowserAndServer();
const PASS = 'менің үш сөзім';

test('a record written offline survives a reload, opens only with its passphrase, and becomes a letter', async () => {
  const context = await env.browser.newContext({ locale: 'kk-KZ' });
  const page = await context.newPage();
  const errors = watchPage(page);
  await page.goto(env.server.url);
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await page.evaluate(() => (location.hash = '#/records'));
  await page.getByLabel(str('kk', 'records.passphrase'), { exact: true }).fill(PASS);
  await page.getByLabel(str('kk', 'records.repeat')).fill(PASS);
  await page.getByRole('button', { name: str('kk', 'records.create') }).click();
  await page.getByRole('button', { name: str('kk', 'records.kinds.detention') }).click({ timeout: 20_000 });
  await page.waitForFunction(() => /^#\/records\/r-[0-9a-f]{16}$/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);

  await page.getByLabel(str('kk', 'records.place')).fill('Алматы, Абай даңғылы 10');
  await page.getByLabel(str('kk', 'records.officers')).fill('Серіков А., №12345');
  await page
    .getByRole('group', { name: str('kk', 'records.questions.rightsExplained') })
    .getByLabel(str('kk', 'records.answers.no'))
    .check();
  await page.getByText(str('kk', 'records.saved')).waitFor();

  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(await axe()).toEqual([]);

  // IndexedDB holds only sealed bytes: neither the place nor the name nor the kind can be read there.
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('aman');
        open.onsuccess = () => {
          const req = open.result.transaction('records').objectStore('records').getAll();
          req.onsuccess = () => {
            const decoder = new TextDecoder();
            resolve(
              req.result
                .map((r: Record<string, unknown>) =>
                  Object.values(r)
                    .map((v) => (v instanceof Uint8Array ? decoder.decode(v) : JSON.stringify(v)))
                    .join(' '),
                )
                .join('\n'),
            );
            open.result.close();
          };
        };
      }),
  );
  for (const secret of ['Абай', 'Серіков', 'detention', PASS]) expect(stored).not.toContain(secret);

  // A reload (the phone restarted the browser): the records are locked again.
  await page.reload();
  await page.getByRole('heading', { name: str('kk', 'records.unlockTitle') }).waitFor();
  const pass = page.getByLabel(str('kk', 'records.passphrase'), { exact: true });
  await pass.fill('қате құпиясөз');
  await page.getByRole('button', { name: str('kk', 'records.unlock'), exact: true }).click();
  await page.getByRole('alert').filter({ hasText: str('kk', 'records.wrong') }).waitFor({ timeout: 20_000 });
  await pass.fill(PASS);
  await page.getByRole('button', { name: str('kk', 'records.unlock'), exact: true }).click();
  await expect.poll(() => page.getByLabel(str('kk', 'records.place')).inputValue(), { timeout: 20_000 }).toBe('Алматы, Абай даңғылы 10');

  // The complaint: Kazakh for a Kazakh interface, with the person's facts and the articles that apply.
  await page.getByRole('link', { name: str('kk', 'records.letterOpen') }).click();
  await page.getByRole('button', { name: str('kk', 'records.draft') }).click();
  const letter = await page.getByLabel(str('kk', 'records.letterText')).inputValue();
  expect(letter).toContain('ШАҒЫМ');
  expect(letter).toContain('Абай даңғылы 10');
  expect(letter).toContain('Серіков А., №12345');
  expect(letter).toContain('ҚР ҚПК 131-бабының 1-бөлігі');
  expect(letter).toContain('3 күн');
  expect(await axe()).toEqual([]);
  expect(page.url()).toContain(`${hash}/letter`);

  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.close();
});
