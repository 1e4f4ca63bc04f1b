/**
 * `npm run fingerprints` (also the last step of `npm run build`): prints the SHA-256 of each shareable
 * copy in groups of four, as the app's Share screen shows them, and writes them to
 * dist/fingerprints.txt so whoever publishes a release can publish them beside it.
 */
import { writeFileSync, existsSync } from 'node:fs';
import { findShareableFiles } from './shareable';

const files = findShareableFiles();
if (files.length === 0) {
  console.error('No shareable copies found: run "npm run build" first.');
  process.exit(1);
}
const lines = files.map((f) => `${f.name.padEnd(18)} ${(f.sha256.toUpperCase().match(/.{4}/g) ?? []).join(' ')}`);
console.log(`SHA-256 fingerprints (compare with the Share screen of the app you received):\n${lines.join('\n')}`);
if (existsSync('dist')) writeFileSync('dist/fingerprints.txt', `${lines.join('\n')}\n`);
