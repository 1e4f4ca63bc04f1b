import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { available, FRAMEWORK_RES, missingMessage, missingTools, TOOLS } from '../../scripts/apk/tools';

test('lists what is missing and the apt-get line for exactly those packages', () => {
  const missing = missingTools((name) => name === 'aapt' || name === 'keytool');
  expect(missing.map((t) => t.name)).toEqual(['zipalign', 'apksigner', 'smali', FRAMEWORK_RES]);
  expect(missingMessage(missing)).toBe(
    'APK tools missing: zipalign, apksigner, smali, framework-res.apk. ' +
      'Install them with: apt-get install -y zipalign apksigner libsmali-java android-framework-res',
  );
  expect(missingTools(() => true)).toEqual([]);
});

test('every tool the build runs is checked', () => {
  expect(TOOLS.map((t) => t.name)).toEqual(['aapt', 'zipalign', 'apksigner', 'smali', 'keytool', FRAMEWORK_RES]);
});

test('available: executables on PATH, files by absolute path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aman-tools-'));
  try {
    writeFileSync(join(dir, 'runnable'), '#!/bin/sh\n');
    chmodSync(join(dir, 'runnable'), 0o755);
    writeFileSync(join(dir, 'plain'), '');
    chmodSync(join(dir, 'plain'), 0o644);
    const path = `/nonexistent:${dir}`;
    expect(available('runnable', path)).toBe(true);
    expect(available('plain', path)).toBe(false);
    expect(available('absent', path)).toBe(false);
    expect(available(join(dir, 'plain'))).toBe(true);
    expect(available(join(dir, 'absent'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
