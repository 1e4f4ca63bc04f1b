import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MAX_VERSION_CODE, versionCode } from '../../scripts/apk/version';

describe('versionCode', () => {
  test.each([
    ['0.1.0', 1_000],
    ['0.0.1', 1],
    ['1.0.0', 1_000_000],
    ['1.2.3', 1_002_003],
    ['2.10.999', 2_010_999],
    ['1.2.3+build.7', 1_002_003],
    ['2100.0.0', MAX_VERSION_CODE],
  ])('%s → %i', (version, code) => {
    expect(versionCode(version)).toBe(code);
  });

  test.each(['1.0.0-rc.1', '1.0', 'v1.0.0', '01.0.0', '1.0.0.0', '', 'one'])('refuses %j', (version) => {
    expect(() => versionCode(version)).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  test('refuses what would collide or overflow', () => {
    expect(() => versionCode('0.0.0')).toThrow(/1 or more/);
    expect(() => versionCode('1.1000.0')).toThrow(/at most 999/);
    expect(() => versionCode('1.0.1000')).toThrow(/at most 999/);
    expect(() => versionCode('2100.0.1')).toThrow(/above/);
  });

  test('a later version always gets a larger code, so phones accept it as an update', () => {
    const part = fc.integer({ min: 0, max: 999 });
    const version = fc.tuple(fc.integer({ min: 0, max: 2099 }), part, part).filter(([a, b, c]) => a + b + c > 0);
    fc.assert(
      fc.property(version, version, (a, b) => {
        const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        const codes = versionCode(a.join('.')) - versionCode(b.join('.'));
        expect(Math.sign(codes)).toBe(Math.sign(order));
      }),
    );
  });
});
