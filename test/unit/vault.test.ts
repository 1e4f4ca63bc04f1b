import { describe, expect, it } from 'vitest';
import {
  KDF_ITERATIONS,
  WrongPassphrase,
  createVault,
  isVaultMeta,
  seal,
  unlockVault,
  unseal,
} from '../../src/lib/vault';

describe('vault', () => {
  it('derives with at least 600 000 PBKDF2 iterations and refuses fewer', async () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { meta } = await createVault('correct horse battery');
    expect(meta.iterations).toBe(KDF_ITERATIONS);
    expect(isVaultMeta(meta)).toBe(true);
    await expect(createVault('correct horse battery', 1000)).rejects.toThrow(RangeError);
    // Reading accepts any count a later build may choose; only creating insists on the minimum.
    expect(isVaultMeta({ ...meta, iterations: 1_200_000 })).toBe(true);
    expect(isVaultMeta({ ...meta, iterations: 0 })).toBe(false);
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expect(createVault('1234567')).rejects.toThrow(RangeError);
  });

  it('round-trips a record through seal and unseal, after unlocking again from the stored metadata', async () => {
    const { meta, key } = await createVault('Менің құпия сөзім');
    const record = { kind: 'detention', place: 'Алматы, Абай даңғылы', officers: 'Иванов, №1234' };
    const sealed = await seal(key, record, 'r-1');
    // What is stored holds no readable trace of the record.
    expect(new TextDecoder().decode(sealed.data)).not.toContain('Алматы');
    const again = await unlockVault(structuredClone(meta), 'Менің құпия сөзім');
    expect(await unseal(again, structuredClone(sealed), 'r-1')).toEqual(record);
  });

  it('gives a fresh IV to every seal', async () => {
    const { key } = await createVault('a long passphrase');
    const a = await seal(key, 'same', 'x');
    const b = await seal(key, 'same', 'x');
    expect(a.iv).not.toEqual(b.iv);
    expect(a.data).not.toEqual(b.data);
  });

  it('tells a wrong passphrase apart, and the right one still works afterwards', async () => {
    const { meta, key } = await createVault('right passphrase');
    const sealed = await seal(key, { a: 1 }, 'r-1');
    await expect(unlockVault(meta, 'wrong passphrase')).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(unlockVault(meta, 'Right passphrase')).rejects.toBeInstanceOf(WrongPassphrase);
    const right = await unlockVault(meta, 'right passphrase');
    expect(await unseal(right, sealed, 'r-1')).toEqual({ a: 1 });
  });

  it('refuses a record moved under another id, or altered', async () => {
    const { key } = await createVault('right passphrase');
    const sealed = await seal(key, { a: 1 }, 'r-1');
    await expect(unseal(key, sealed, 'r-2')).rejects.toBeInstanceOf(WrongPassphrase);
    const altered = { iv: sealed.iv, data: sealed.data.slice() };
    altered.data[0]! ^= 1;
    await expect(unseal(key, altered, 'r-1')).rejects.toBeInstanceOf(WrongPassphrase);
  });

  it('opens the same vault whichever way a letter was typed (NFC)', async () => {
    // "й" and "ё" as one code point or as a letter plus a combining mark look the same on screen.
    const composed = 'менің ёжигім, йә';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const { meta } = await createVault(composed);
    await expect(unlockVault(meta, decomposed)).resolves.toBeDefined();
  });
});
