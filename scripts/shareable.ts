/**
 * The copies Aman can hand on without internet: the one-file page (`aman.html`) and, when it was built,
 * the Android app (`aman.apk`, and `aman-android.zip` holding it, because Android's Bluetooth refuses
 * .apk files). The normal build copies them into dist/ so the service worker precaches them and an
 * installed Aman can share itself offline; their SHA-256 fingerprints go into the app.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface ShareableFile {
  /** File name in dist/ and when shared. */
  name: string;
  type: string;
  bytes: number;
  /** Hex SHA-256 of the exact bytes. */
  sha256: string;
}

/** Where each copy is built, and the name it has when shared. */
const SOURCES = [
  { from: 'dist-single/index.html', name: 'aman.html', type: 'text/html' },
  { from: 'dist-apk/aman-android.zip', name: 'aman-android.zip', type: 'application/zip' },
  { from: 'dist-apk/aman.apk', name: 'aman.apk', type: 'application/vnd.android.package-archive' },
];

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The copies that exist now, with their fingerprints (read at config time, before the main build). */
export function findShareableFiles(root = '.'): (ShareableFile & { data: Buffer })[] {
  return SOURCES.filter((s) => existsSync(`${root}/${s.from}`)).map((s) => {
    const data = readFileSync(`${root}/${s.from}`);
    return { name: s.name, type: s.type, bytes: data.length, sha256: sha256Hex(data), data };
  });
}

/** Emits the copies into the build so they are served and precached beside the app. */
export function shareablePlugin(files: (ShareableFile & { data: Buffer })[]): Plugin {
  return {
    name: 'aman-shareable',
    apply: 'build',
    generateBundle() {
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.name, source: f.data });
    },
  };
}
