import { expect, test } from 'vitest';
import { pickVoice, speechChunks } from '../../src/features/guides/speech';
import type { Guide } from '../../src/features/guides/types';

const guide: Guide = {
  id: 'g',
  lang: 'en',
  title: 'Title',
  short: 'T',
  order: 1,
  reviewed: '2026-11-22',
  reviewedText: 'November 22, 2026',
  sections: [
    { id: 'summary', title: 'In 30 seconds', blocks: [{ t: 'ul', items: [['Call ', { tel: '112' }, '.']] }] },
    {
      id: 'rights',
      title: 'Your rights',
      blocks: [{ t: 'p', c: ['Privacy ', { cite: 'CPC 16', full: 'Criminal Procedure Code, article 16', key: 'cpc 16' }] }],
    },
    { id: 'card', title: 'Card', blocks: [{ t: 'p', c: ['not read'] }] },
  ],
};

test('speaks title, headings and items; citations by full name, numbers digit by digit; no card', () => {
  expect(speechChunks(guide)).toEqual([
    'Title',
    'In 30 seconds',
    'Call 1 1 2.',
    'Your rights',
    'Privacy Criminal Procedure Code, article 16',
  ]);
});

const v = (lang: string, name: string, extra: object = {}) => ({ lang, name, localService: true, ...extra });

test('picks a voice of the language, preferring one installed on the phone', () => {
  const voices = [v('ru-RU', 'net', { localService: false }), v('ru-RU', 'local', { localService: true }), v('en-US', 'en', { localService: true })];
  expect(pickVoice(voices, 'ru')).toEqual({ voice: voices[1], readAs: 'ru' });
  expect(pickVoice(voices, 'en')?.voice.name).toBe('en');
});

test('a network voice is never used: it would send the guide text away, and fails offline', () => {
  expect(pickVoice([v('en-US', 'Google US English', { localService: false })], 'en')).toBeNull();
});

test('Kazakh without a Kazakh voice reads the Russian guide; with one, Kazakh', () => {
  expect(pickVoice([v('ru-RU', 'ru')], 'kk')).toEqual({ voice: v('ru-RU', 'ru'), readAs: 'ru' });
  expect(pickVoice([v('ru-RU', 'ru'), v('kk_KZ', 'kk')], 'kk')?.readAs).toBe('kk');
});

test('no voice for the language (and no fallback) means no read-aloud', () => {
  expect(pickVoice([v('de-DE', 'de')], 'en')).toBeNull();
  expect(pickVoice([v('en-US', 'en')], 'kk')).toBeNull();
  expect(pickVoice([], 'ru')).toBeNull();
});
