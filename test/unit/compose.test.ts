import { expect, test } from 'vitest';
import fc from 'fast-check';
import { composeMessage, decodeDraft, formatLocation, formatTime, type FieldId } from '../../src/lib/compose';
import { decodeSetup, forAlert, freshen, emptySetup, STALE_AFTER_MS } from '../../src/features/sms/smsStore';
import { isGsm7 } from '../../src/lib/sms';
import { transliterate } from '../../src/lib/translit';
import { FUZZ_RUNS } from './fuzz';

const labels = (sentence: string) => ({
  sentence,
  field: (id: FieldId) => ({ place: 'Where', time: 'When', station: 'Station', officer: 'Officer', location: 'Location' })[id],
});

test('sentence, then filled fields with labels, then free text', () => {
  const text = composeMessage(
    { lang: 'en', template: 'detained', fields: { place: 'Abay 10', time: '14:05, 22.11', officer: '' }, text: 'Call Aida.' },
    labels('I have been detained.'),
  );
  expect(text).toBe('I have been detained. Where: Abay 10. When: 14:05, 22.11. Call Aida.');
});

test('fields a template does not use are left out; location is always allowed', () => {
  const text = composeMessage(
    { lang: 'en', template: 'safe', fields: { station: 'No. 3', location: '43.2, 76.9 (~10 m)' }, text: '' },
    labels('I am safe.'),
  );
  expect(text).toBe('I am safe. Location: 43.2, 76.9 (~10 m).');
});

test('no double full stops, no dangling labels, whitespace tidied', () => {
  const text = composeMessage({ lang: 'en', template: 'detained', fields: { place: '  Abay   10.  ', time: '   ' }, text: '  ' }, labels('Detained.'));
  expect(text).toBe('Detained. Where: Abay 10.');
});

test('time and location formats', () => {
  expect(formatTime(new Date(2026, 10, 2, 9, 5))).toBe('09:05, 02.11');
  expect(formatLocation(43.238064, 76.945632, 14.6, 'm')).toBe('43.23806, 76.94563 (~15 m)');
});

test('drafts and set-ups from storage are decoded defensively', () => {
  expect(decodeDraft({ template: 'nope', fields: { place: 3, time: 't' }, text: 5 })).toEqual({
    lang: 'kk',
    template: 'detained',
    fields: { time: 't' },
    text: '',
  });
  expect(decodeSetup({ template: 'cut', contacts: ['a', 1], numbers: 'x', translit: 'yes' })).toMatchObject({
    template: 'cut',
    contacts: ['a'],
    numbers: [],
    translit: false,
  });
  fc.assert(fc.property(fc.anything(), (x) => void decodeSetup(x)), { numRuns: FUZZ_RUNS });
});

test('composition never throws and always starts with the sentence (property)', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.string(), (place, officer, text) => {
      const out = composeMessage({ lang: 'en', template: 'detained', fields: { place, officer }, text }, labels('S.'));
      expect(out.startsWith('S.')).toBe(true);
    }),
  );
});

test('what Aman writes itself (time, location) never forces the expensive UCS-2 encoding', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: 0, max: 5000, noNaN: true }),
      (d, lat, lon, acc) => {
        expect(isGsm7(formatTime(d))).toBe(true);
        expect(isGsm7(formatLocation(lat, lon, acc, 'm'))).toBe(true);
      },
    ),
  );
  expect(isGsm7(transliterate('±5 м'))).toBe(true);
});

test('a draft restored after a while gets the time now and loses its old position', () => {
  const now = new Date(2026, 10, 22, 15, 0);
  const old = { ...emptySetup('en', new Date(2026, 10, 22, 9, 0)), fields: { time: '09:00, 22.11', location: '1, 2 (~5 m)', place: 'Abay 10' } };
  expect(freshen(old, now.getTime() - 60_000, now)).toEqual(old);
  const fresh = freshen(old, now.getTime() - STALE_AFTER_MS - 1, now);
  expect(fresh.fields).toEqual({ time: '15:00, 22.11', place: 'Abay 10' });
});

test('an alert never keeps the GPS position from when it was set up', () => {
  const s = { ...emptySetup('ru'), fields: { place: 'дом', location: '43.2, 76.9 (~5 m)' } };
  expect(forAlert(s).fields).toEqual({ place: 'дом' });
});
