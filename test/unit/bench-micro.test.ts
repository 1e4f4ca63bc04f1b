import { expect, test } from 'vitest';
import type { Guide } from '../../src/features/guides/types';
import { kazakhText, searchQueries, smsThroughput } from '../../scripts/bench/micro';

const guide: Guide = {
  id: 'g',
  lang: 'en',
  title: 'Title',
  short: 'Title',
  order: 1,
  reviewed: '2026-11-22',
  reviewedText: 'November 22, 2026',
  sections: [{ id: 'summary', title: 's', blocks: [{ t: 'p', c: ['lawyer phone rights court'] }] }],
};

test('search queries are the same for a seed, and come from the corpus', () => {
  const a = searchQueries([guide], 'en', 50);
  expect(searchQueries([guide], 'en', 50)).toEqual(a);
  expect(a).toHaveLength(50);
  expect(a.some((q) => /lawyer|phone|rights|court/.test(q))).toBe(true);
  expect(() => searchQueries([guide], 'kk', 5)).toThrow(/no kk guide text/);
});

test('the SMS text is Kazakh, as long as asked, and never ends inside a surrogate pair', () => {
  expect(kazakhText(10_000)).toHaveLength(10_000);
  expect(kazakhText(10_000)).toMatch(/[әғқңөұүһі]/);
  for (let n = 1; n < 400; n++) {
    const s = kazakhText(n);
    expect(s.length === n || s.length === n - 1).toBe(true);
    expect(/[\ud800-\udbff]$/.test(s)).toBe(false);
  }
});

test('measureSms throughput is characters per ms of the median run', () => {
  const r = smsThroughput(1000, 5, 1);
  expect(r.chars).toBe(1000);
  expect(r.charsPerMs).toBeCloseTo(r.chars / r.medianMs);
});
