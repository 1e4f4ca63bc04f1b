import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hashParams, hrefFor, matchPattern, parseHash, type Route } from '../../src/app/router';

describe('parseHash', () => {
  test.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/guides', { name: 'guides' }],
    ['#/guides/', { name: 'guides' }],
    ['#/guides/phone-check', { name: 'guide', id: 'phone-check' }],
    ['#/guides/detained/card', { name: 'card', id: 'detained' }],
    ['#/settings', { name: 'settings' }],
    ['#/records', { name: 'records' }],
    ['#/records/r-0a1b2c', { name: 'record', id: 'r-0a1b2c' }],
    ['#/records/r-0a1b2c/letter', { name: 'letter', id: 'r-0a1b2c' }],
    ['#/about?x=1', { name: 'about' }],
    ['#/nope', { name: 'notFound', path: '/nope' }],
    ['#main', { name: 'notFound', path: 'main' }],
    ['#/guides/Bad_Id', { name: 'notFound', path: '/guides/Bad_Id' }],
  ])('%s', (hash, route) => expect(parseHash(hash)).toEqual(route));

  test('every href it builds parses back to the same route', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'guides' },
      { name: 'guide', id: 'court' },
      { name: 'card', id: 'phone-check' },
      { name: 'print' },
      { name: 'contacts' },
      { name: 'sms' },
      { name: 'records' },
      { name: 'record', id: 'r-1' },
      { name: 'letter', id: 'r-1' },
      { name: 'share' },
      { name: 'settings' },
      { name: 'about' },
    ];
    for (const r of routes) expect(parseHash(hrefFor(r))).toEqual(r);
  });

  test('never throws, whatever is after the #', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseHash(`#${s}`)), { numRuns: 2000 });
  });
});

test('hashParams reads the query after the route', () => {
  expect(hashParams('#/guides/court?s=rights').get('s')).toBe('rights');
  expect(hashParams('#/guides/court').get('s')).toBeNull();
});

test('matchPattern captures ids of one segment only', () => {
  expect(matchPattern('/guides/:id', '/guides/a-1')).toEqual({ id: 'a-1' });
  expect(matchPattern('/guides/:id', '/guides/a/b')).toBeNull();
  expect(matchPattern('/about', '/about/')).toEqual({});
});
