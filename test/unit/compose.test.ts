import { expect, test } from 'vitest';
import fc from 'fast-check';
import { composeMessage, decodeDraft, formatLocation, formatTime, type FieldId } from '../../src/lib/compose';
import { decodeSetup } from '../../src/features/sms/smsStore';

const labels = (sentence: string) => ({
  sentence,
  field: (id: FieldId) => ({ place: 'Where', time: 'When', station: 'Station', officer: 'Officer', location: 'Location' })[id],
});

test('sentence, then filled fields with labels, then free text', () => {
  const text = composeMessage(
    { template: 'detained', fields: { place: 'Abay 10', time: '14:05, 22.11', officer: '' }, text: 'Call Aida.' },
    labels('I have been detained.'),
  );
  expect(text).toBe('I have been detained. Where: Abay 10. When: 14:05, 22.11. Call Aida.');
});

test('fields a template does not use are left out; location is always allowed', () => {
  const text = composeMessage(
    { template: 'safe', fields: { station: 'No. 3', location: '43.2, 76.9 (±10 m)' }, text: '' },
    labels('I am safe.'),
  );
  expect(text).toBe('I am safe. Location: 43.2, 76.9 (±10 m).');
});

test('no double full stops, no dangling labels, whitespace tidied', () => {
  const text = composeMessage({ template: 'detained', fields: { place: '  Abay   10.  ', time: '   ' }, text: '  ' }, labels('Detained.'));
  expect(text).toBe('Detained. Where: Abay 10.');
});

test('time and location formats', () => {
  expect(formatTime(new Date(2026, 10, 2, 9, 5))).toBe('09:05, 02.11');
  expect(formatLocation(43.238064, 76.945632, 14.6, 'm')).toBe('43.23806, 76.94563 (±15 m)');
});

test('drafts and set-ups from storage are decoded defensively', () => {
  expect(decodeDraft({ template: 'nope', fields: { place: 3, time: 't' }, text: 5 })).toEqual({
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
  fc.assert(fc.property(fc.anything(), (x) => void decodeSetup(x)), { numRuns: 2000 });
});

test('composition never throws and always starts with the sentence (property)', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.string(), (place, officer, text) => {
      const out = composeMessage({ template: 'detained', fields: { place, officer }, text }, labels('S.'));
      expect(out.startsWith('S.')).toBe(true);
    }),
  );
});
