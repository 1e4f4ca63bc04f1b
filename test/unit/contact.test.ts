import { expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeContact, mergeContacts, moveContact, toRole, validateContact, type Contact } from '../../src/lib/contact';
import { FUZZ_RUNS } from './fuzz';

const c = (id: string, order: number, phone = `+7701000000${order}`): Contact => ({
  id,
  name: id,
  phone,
  role: 'family',
  note: '',
  order,
});

test('valid input is normalised', () => {
  const r = validateContact({ name: '  Ана   Мама ', phone: '8 (701) 123-45-67', role: 'Lawyer', note: ' n ' });
  expect(r).toEqual({ ok: true, value: { name: 'Ана Мама', phone: '+77011234567', role: 'lawyer', note: 'n' } });
});

test('every problem is reported, per field', () => {
  const r = validateContact({ name: ' ', phone: 'abc', role: 'x', note: 'n'.repeat(1001) });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.errors).toEqual([
      { field: 'name', reason: 'empty' },
      { field: 'phone', reason: 'chars' },
      { field: 'note', reason: 'too-long' },
    ]);
  }
});

test('unknown roles become other', () => {
  expect(toRole('JOURNALIST')).toBe('journalist');
  expect(toRole('boss')).toBe('other');
  expect(toRole(undefined)).toBe('other');
});

test('moving renumbers and stops at the ends', () => {
  const list = [c('a', 0), c('b', 1), c('c', 2)];
  expect(moveContact(list, 'c', -1).map((x) => [x.id, x.order])).toEqual([['a', 0], ['c', 1], ['b', 2]]);
  expect(moveContact(list, 'a', -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  expect(moveContact(list, 'c', 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
});

test('moving keeps every contact exactly once (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), fc.boolean(), (n, k, up) => {
      const list = Array.from({ length: n }, (_, i) => c(`id${i}`, i));
      const moved = moveContact(list, `id${k % n}`, up ? -1 : 1);
      expect(moved.map((x) => x.id).sort()).toEqual(list.map((x) => x.id).sort());
      expect(moved.map((x) => x.order)).toEqual([...Array(n).keys()]);
    }),
  );
});

test('merging skips numbers already in the list and appends the rest in order', () => {
  let n = 0;
  const r = mergeContacts([c('a', 0, '+77010000001')], [
    { name: 'dup', phone: '+77010000001', role: 'other', note: '' },
    { name: 'new', phone: '+77010000002', role: 'other', note: '' },
    { name: 'new again', phone: '+77010000002', role: 'other', note: '' },
  ], () => `n${n++}`);
  expect(r.added).toBe(1);
  expect(r.skipped).toBe(2);
  expect(r.list.map((x) => [x.name, x.order])).toEqual([['a', 0], ['new', 1]]);
});

test('stored garbage never crashes the list', () => {
  expect(decodeContact(null)).toBeNull();
  expect(decodeContact({ id: 1 })).toBeNull();
  expect(decodeContact({ id: 'x', name: 'n', phone: '+7', role: 'boss', order: 'z' })).toEqual({
    id: 'x',
    name: 'n',
    phone: '+7',
    role: 'other',
    note: '',
    order: Number.MAX_SAFE_INTEGER,
  });
  fc.assert(fc.property(fc.anything(), (x) => void decodeContact(x)), { numRuns: FUZZ_RUNS });
});
