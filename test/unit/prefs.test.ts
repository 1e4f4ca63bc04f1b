import { expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PREFS, decodePrefs, encodePrefs } from '../../src/lib/prefs';
import { FUZZ_RUNS } from './fuzz';

test('round trip', () => {
  const p = { lang: 'ru' as const, theme: 'contrast' as const, textSize: 175 as const, hasAlert: true, keepInFile: true };
  expect(decodePrefs(encodePrefs(p))).toEqual(p);
});

test('stored values carry their schema version', () => {
  expect(JSON.parse(encodePrefs(DEFAULT_PREFS)).v).toBe(1);
});

test('garbage and unknown values fall back to defaults, field by field', () => {
  expect(decodePrefs(null)).toEqual(DEFAULT_PREFS);
  expect(decodePrefs('{not json')).toEqual(DEFAULT_PREFS);
  expect(decodePrefs('42')).toEqual(DEFAULT_PREFS);
  expect(decodePrefs('{"v":1,"lang":"de","theme":"neon","textSize":300}')).toEqual(DEFAULT_PREFS);
  expect(decodePrefs('{"v":1,"lang":"kk","theme":"neon"}')).toEqual({ ...DEFAULT_PREFS, lang: 'kk' });
});

test('never throws on any stored string', () => {
  fc.assert(fc.property(fc.string(), (s) => void decodePrefs(s)), { numRuns: FUZZ_RUNS });
  fc.assert(fc.property(fc.json(), (s) => void decodePrefs(s)), { numRuns: FUZZ_RUNS });
});
