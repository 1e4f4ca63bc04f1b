/**
 * `npm run size`: gzip sizes of the production build against the budgets in scripts/size/budget.ts.
 * Reads the build's own manifest and service worker, so it measures exactly what ships; exits 1 over budget.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudgets, firstScreenFiles, kb, precachedFiles, type ViteManifest } from './size/budget';

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No build found at ${dist}: run "npm run build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ViteManifest;
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [relative(dist, p)];
  });
}
const gzipOf = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;


const report = checkBudgets(
  {
    firstScreen: firstScreenFiles(manifest, 'locales/kk/ui.json'),
    allJs: walk(dist).filter((f) => f.startsWith('assets/') && f.endsWith('.js')),
    precache: precachedFiles(sw),
  },
  gzipOf,
);

console.log(`first screen (gzip): ${kb(report.firstScreen.gzip)}`);
for (const f of report.firstScreen.files) console.log(`  ${f.padEnd(48)} ${kb(gzipOf(f))}`);
const largest = [...report.laterChunks].sort((a, b) => b.gzip - a.gzip)[0];
console.log(`later chunks: ${report.laterChunks.length}, largest ${largest ? `${largest.file} ${kb(largest.gzip)}` : '-'}`);
console.log(`precache (gzip, without shareable copies): ${kb(report.precache.gzip)} in ${report.precache.files.length} files`);
if (report.failures.length) {
  for (const f of report.failures) console.error(`OVER BUDGET: ${f}`);
  process.exit(1);
}
console.log('size budgets: all met');
