import { expect, test } from 'vitest';
import fc from 'fast-check';
import { firstViewFile, firstViewFor } from '../../src/app/firstView';
import { hrefFor, parseHash } from '../../src/app/router';
import { FUZZ_RUNS } from './fuzz';

test('a link to a guide has its first view, in the language given', () => {
  expect(firstViewFor('#/guides/detained', 'kk')).toBe('first-view/kk/detained.html');
  expect(firstViewFor('#/guides/phone-check?s=rights', 'ru')).toBe('first-view/ru/phone-check.html');
  expect(firstViewFor('#/guides/court/', 'en')).toBe('first-view/en/court.html');
  expect(firstViewFor(hrefFor({ name: 'guide', id: 'privacy' }), 'en')).toBe(firstViewFile('en', 'privacy'));
});

test('other screens have none', () => {
  for (const hash of ['', '#/', '#/guides', '#/guides/detained/card', '#/print', '#/sms', '#/records/r-1', '#/guides/Bad_Id', '#main']) {
    expect(firstViewFor(hash, 'kk')).toBeNull();
  }
});

test('a first view is only ever shown for the guide the app itself will show', () => {
  // The start script reads the address without the router (to stay small): whenever it finds a guide,
  // the router must agree on which one, or the first view would show one screen and the app another.
  const part = fc.constantFrom('guides', 'detained', 'phone-check', 'card', 'Bad_Id', '', 'x'.repeat(65), 'a-1');
  const hash = fc
    .tuple(fc.array(part, { maxLength: 4 }), fc.constantFrom('', '/', '?s=rights', '//', '?'), fc.constantFrom('#/', '#', '#//'))
    .map(([parts, tail, head]) => head + parts.join('/') + tail);
  fc.assert(
    fc.property(fc.oneof(hash, fc.string()), (h) => {
      const file = firstViewFor(h, 'kk');
      if (file === null) return;
      const route = parseHash(h);
      expect(route.name).toBe('guide');
      expect(file).toBe(firstViewFile('kk', route.name === 'guide' ? route.id : ''));
    }),
    { numRuns: FUZZ_RUNS },
  );
});
