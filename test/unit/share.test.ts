import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { correction, generate } from 'lean-qr';
import { groupFingerprint, matchKnown, sha256Hex } from '../../src/lib/fingerprint';
import { qrPath } from '../../src/lib/qr';

test('fingerprints are grouped by four, upper case', () => {
  expect(groupFingerprint('ab12cd34ef')).toEqual(['AB12', 'CD34', 'EF']);
  expect(groupFingerprint('a'.repeat(64))).toHaveLength(16);
});

test('sha256Hex matches Node for the same bytes', async () => {
  const data = new TextEncoder().encode('Аман — safe and sound');
  expect(await sha256Hex(data.buffer as ArrayBuffer)).toBe(createHash('sha256').update(data).digest('hex'));
});

test('a matching file is recognised; a tampered one is not', async () => {
  const original = new TextEncoder().encode('<html>aman</html>');
  const known = [{ name: 'aman.html', sha256: createHash('sha256').update(original).digest('hex') }];
  expect(matchKnown(await sha256Hex(original.buffer as ArrayBuffer), known)?.name).toBe('aman.html');
  const tampered = new TextEncoder().encode('<html>aman</html><script>x</script>');
  expect(matchKnown(await sha256Hex(tampered.buffer as ArrayBuffer), known)).toBeNull();
});

test('the QR path draws exactly the dark modules of the code', () => {
  const url = 'https://example.org/aman/';
  const { size, d } = qrPath(url);
  const code = generate(url, { minCorrectionLevel: correction.M });
  expect(size).toBe(code.size);
  let dark = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (code.get(x, y)) dark++;
  expect(d.match(/M/g)).toHaveLength(dark);
});
