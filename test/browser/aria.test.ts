/**
 * Accessibility-tree snapshots (what a screen reader gets) of the screens that matter most, in Kazakh (the
 * default) and English. The snapshots in test/browser/aria/ were read and approved by a person; a change
 * fails here until it is looked at and the snapshot updated with `AMAN_UPDATE_ARIA=1`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { showRoute, useBrowserAndServer } from './harness';

const env = useBrowserAndServer();
const DIR = 'test/browser/aria';

const SCREENS = [
  { name: 'home', hash: '#/' },
  { name: 'guide-detained', hash: '#/guides/detained' },
  { name: 'officer-card', hash: '#/guides/phone-check/card' },
  { name: 'composer', hash: '#/sms' },
] as const;

test.each(['kk', 'en'] as const)('accessibility tree matches the reviewed snapshots (%s)', async (lang) => {
  const context = await env.browser.newContext({ locale: lang === 'kk' ? 'kk-KZ' : 'en-US' });
  const page = await context.newPage();
  // A fixed clock: the composer fills in the time.
  await page.clock.setFixedTime(new Date('2026-11-22T10:05:00'));
  await page.goto(`${env.server.url}?lang=${lang}`);
  const changed: string[] = [];
  for (const s of SCREENS) {
    await showRoute(page, s.hash);
    const parts = [
      '# header', await page.locator('header').ariaSnapshot(),
      '# main', await page.locator('main').ariaSnapshot(),
    ].join('\n');
    const file = `${DIR}/${s.name}.${lang}.yml`;
    if (process.env.AMAN_UPDATE_ARIA === '1' || !existsSync(file)) {
      writeFileSync(file, `${parts}\n`);
      if (process.env.AMAN_UPDATE_ARIA !== '1') changed.push(`${file} was missing and has been written: review and commit it`);
      continue;
    }
    if (readFileSync(file, 'utf8') !== `${parts}\n`) changed.push(file);
  }
  expect(changed, 'accessibility tree changed: review, then AMAN_UPDATE_ARIA=1 to accept').toEqual([]);
  await context.close();
});
