import { expect, test } from 'vitest';
import { pickLanguage } from '../../src/lib/langs';

test('Kazakh is the default when the browser asks for neither Russian nor English', () => {
  expect(pickLanguage({ browser: ['de-DE', 'fr'] })).toBe('kk');
  expect(pickLanguage({})).toBe('kk');
});

test('browser languages are honoured in order', () => {
  expect(pickLanguage({ browser: ['ru-KZ', 'en'] })).toBe('ru');
  expect(pickLanguage({ browser: ['de', 'en-GB', 'ru'] })).toBe('en');
  expect(pickLanguage({ browser: ['kk-KZ', 'ru'] })).toBe('kk');
});

test('a saved choice beats the browser, and ?lang= beats both', () => {
  expect(pickLanguage({ saved: 'en', browser: ['ru'] })).toBe('en');
  expect(pickLanguage({ param: 'ru', saved: 'en', browser: ['en'] })).toBe('ru');
});

test('invalid values are ignored', () => {
  expect(pickLanguage({ param: 'xx', saved: '<script>', browser: ['ru'] })).toBe('ru');
});
