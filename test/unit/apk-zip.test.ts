import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { crc32, readZip, writeZip, ZIP_EPOCH } from '../../scripts/apk/zip';

/** gzip stores the CRC-32 of its input in its trailer: an independent oracle. */
const gzipCrc = (data: Uint8Array) => gzipSync(data).readUInt32LE(gzipSync(data).length - 8);

describe('crc32', () => {
  test('the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  test('agrees with zlib on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => crc32(data) === gzipCrc(data)));
  });
});

const entryName = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._ -]{1,12}$/).filter((s) => s !== '.' && s !== '..'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('/'));

describe('writeZip and readZip', () => {
  test('round-trip any files', () => {
    const files = fc.uniqueArray(fc.record({ name: entryName, data: fc.uint8Array({ maxLength: 3000 }) }), {
      selector: (e) => e.name,
      maxLength: 5,
    });
    fc.assert(
      fc.property(files, (entries) => {
        const read = readZip(writeZip(entries));
        expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
        read.forEach((e, i) => expect(Buffer.compare(e.data, Buffer.from(entries[i]!.data))).toBe(0));
      }),
    );
  });

  test('deterministic: the same files give the same bytes', () => {
    const entries = [{ name: 'aman.apk', data: randomBytes(5000) }];
    expect(writeZip(entries).equals(writeZip(entries.map((e) => ({ ...e, data: Buffer.from(e.data) }))))).toBe(true);
  });

  test('deflates what shrinks and stores what does not (an APK is mostly compressed already)', () => {
    const [text, noise] = readZip(
      writeZip([
        { name: 'a.txt', data: Buffer.from('Aman '.repeat(500)) },
        { name: 'b.bin', data: randomBytes(4000) },
      ]),
    );
    expect(text!.method).toBe(8);
    expect(noise!.method).toBe(0);
  });

  test('headers: UTF-8 names, 1980-01-01, a regular file 0644, made by Unix', () => {
    const zip = writeZip([{ name: 'Аман.apk', data: Buffer.from('x') }]);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(zip.readUInt16LE(10)).toBe(0); // time
    expect(zip.readUInt16LE(12)).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt16LE(central + 4) >> 8).toBe(3);
    expect(zip.readUInt32LE(central + 38) >>> 16).toBe(0o100644);
    expect(readZip(zip)[0]!.name).toBe('Аман.apk');
    expect(ZIP_EPOCH.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  test('another date changes only the timestamps', () => {
    const entries = [{ name: 'a', data: Buffer.from('x') }];
    const other = writeZip(entries, new Date(Date.UTC(2025, 5, 15, 12, 30, 10)));
    expect(other.readUInt16LE(12)).toBe((45 << 9) | (6 << 5) | 15);
    expect(other.readUInt16LE(10)).toBe((12 << 11) | (30 << 5) | 5);
    expect(readZip(other)[0]!.data.toString()).toBe('x');
  });

  test('refuses unsafe or repeated names', () => {
    for (const name of ['', '/abs', '../up', 'a/../b', 'a\\b']) {
      expect(() => writeZip([{ name, data: Buffer.from('') }])).toThrow(/safe relative path/);
    }
    expect(() => writeZip([{ name: 'a', data: Buffer.from('') }, { name: 'a', data: Buffer.from('') }])).toThrow(/twice/);
  });

  test('readZip notices a damaged file', () => {
    const zip = writeZip([{ name: 'a.bin', data: randomBytes(100) }]);
    zip[30 + 'a.bin'.length + 10]! ^= 0xff;
    expect(() => readZip(zip)).toThrow(/CRC/);
    expect(() => readZip(Buffer.from('not a zip at all, not at all'))).toThrow(/end of central directory/);
  });

  test('an empty archive is valid', () => {
    expect(readZip(writeZip([]))).toEqual([]);
  });
});
