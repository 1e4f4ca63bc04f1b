/**
 * A small ZIP writer and reader. The writer wraps the APK for Bluetooth (Android's built-in Bluetooth
 * sharing refuses .apk but accepts .zip) and is deterministic: the same files give the same bytes, so the
 * zip's fingerprint in the app only changes when the APK does. The reader lets tests look inside an APK
 * or the zip without unzip.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as zip and gzip use it) of the bytes. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** Path inside the archive, "/"-separated, no leading "/". */
  name: string;
  data: Uint8Array;
}

/** DOS date and time (local fields, 2-second steps). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = d.getUTCFullYear();
  if (year < 1980 || year > 2107) throw new Error(`zip: ${d.toISOString()} is outside the years a zip can hold`);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** The fixed timestamp of every entry unless told otherwise: the zip format's own epoch. */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;

/**
 * Builds a zip of the entries, in the order given. Each entry is deflated when that makes it smaller and
 * stored otherwise; all get the same timestamp (`date`, by default 1980-01-01) and mode 0644, so the output
 * depends on the files alone. No zip64: a file or archive of 4 GiB or more throws.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date = ZIP_EPOCH): Buffer {
  const { date: dosDate, time: dosTime } = dosDateTime(date);
  const names = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!entry.name || entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..')) {
      throw new Error(`zip: "${entry.name}" is not a safe relative path`);
    }
    if (names.has(entry.name)) throw new Error(`zip: "${entry.name}" twice`);
    names.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const useDeflate = deflated.length < entry.data.length;
    const body = useDeflate ? deflated : Buffer.from(entry.data);
    if (entry.data.length >= MAX_32 || offset + 30 + name.length + body.length >= MAX_32) {
      throw new Error('zip: 4 GiB or more needs zip64, which this writer does not do');
    }
    const crc = crc32(entry.data);
    const method = useDeflate ? DEFLATED : STORED;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, 2.0: the external attributes are a Unix mode
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(FLAG_UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  if (entries.length > 0xffff) throw new Error('zip: more than 65535 entries needs zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export interface ReadEntry {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's data starts in the archive (for alignment checks). */
  dataOffset: number;
}

/**
 * Reads every entry of a zip (or an APK: its signing block sits before the central directory, which this
 * follows) through the central directory, checking each CRC. Throws on zip64, encryption, other methods.
 */
export function readZip(zip: Uint8Array): ReadEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('zip: no end of central directory record');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (p === MAX_32) throw new Error('zip: zip64 is not supported');
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: bad central directory entry ${i}`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (flags & 1) throw new Error(`zip: ${name} is encrypted`);
    if (buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const dataOffset = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataOffset, dataOffset + compressed);
    let data: Buffer;
    if (method === STORED) data = Buffer.from(raw);
    else if (method === DEFLATED) data = inflateRawSync(raw);
    else throw new Error(`zip: ${name} uses compression method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`zip: ${name} fails its size or CRC check`);
    entries.push({ name, data, method, dataOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
