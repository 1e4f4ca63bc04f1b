import { expect, test } from 'vitest';
import type { Guide } from '../../src/features/guides/types';
import { BASELINE_SW, guideHtml } from '../../scripts/bench/baseline';

const guide: Guide = {
  id: 'detained',
  lang: 'kk',
  title: 'Мені <ұстады> & "тағы"',
  short: 'Ұстау',
  order: 2,
  reviewed: '2026-11-22',
  reviewedText: 'November 22, 2026',
  sections: [
    {
      id: 'summary',
      title: '30 секундта',
      blocks: [{ t: 'ul', items: [['Айтыңыз: ', { b: ['адвокат'] }, ' ', { cite: 'ҚПК, 131-бап', full: 'full name', key: 'cpc 131' }], [{ tel: '112' }]] }],
    },
    { id: 'steps', title: 'Не істеу', blocks: [{ t: 'p', c: ['Қараңыз ', { href: '#/guides/court', c: ['сот'] }] }, { t: 'note', c: ['Ескерту'] }] },
    { id: 'card', title: 'Карта', blocks: [{ t: 'p', c: ['only on the officer card'] }] },
  ],
};

test('the baseline page holds the guide text as plain HTML, with no script or style', () => {
  const html = guideHtml(guide);
  expect(html).toContain('<html lang="kk">');
  expect(html).toContain('<h1>Мені &lt;ұстады&gt; &amp; &quot;тағы&quot;</h1>');
  expect(html).toContain(
    '<section class="section-summary"><h2>30 секундта</h2><ul><li>Айтыңыз: <strong>адвокат</strong> <cite>ҚПК, 131-бап</cite></li>' +
      '<li><a href="tel:112">112</a></li></ul></section>',
  );
  expect(html).toContain('<p>Қараңыз <a href="#/guides/court">сот</a></p><p class="note">Ескерту</p>');
  expect(html).not.toMatch(/<script|<style|<link/);
});

test('like the guide page, the baseline leaves out the officer card', () => {
  expect(guideHtml(guide)).not.toContain('only on the officer card');
});

test("the baseline's worker is valid script that caches on install and answers navigations", () => {
  expect(() => new Function(BASELINE_SW)).not.toThrow();
  expect(BASELINE_SW).toMatch(/addEventListener\('install'/);
  expect(BASELINE_SW).toMatch(/mode === 'navigate'/);
});
