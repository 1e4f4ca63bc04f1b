import { expect, test } from 'vitest';
import { checkBudgets, firstScreenFiles, isShareableCopy, precachedFiles } from '../../scripts/size/budget';

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'], dynamicImports: ['src/x.tsx'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/x.tsx': { file: 'assets/x.js' },
  'locales/kk/ui.json': { file: 'assets/ui-kk.js' },
  'locales/ru/ui.json': { file: 'assets/ui-ru.js' },
};

test('first screen = page + entry + static imports + css + default strings, not lazy chunks', () => {
  expect(firstScreenFiles(manifest, 'locales/kk/ui.json').sort()).toEqual(
    ['index.html', 'assets/index.js', 'assets/index.css', 'assets/shared.js', 'assets/ui-kk.js'].sort(),
  );
});

test('a manifest without the default language fails loudly instead of measuring less', () => {
  expect(() => firstScreenFiles(manifest, 'locales/xx/ui.json')).toThrow();
});

test('reads the precache list from a generated worker', () => {
  expect(precachedFiles('precacheAndRoute([{url:"index.html",revision:"1"},{url:"assets/a.js",revision:null}])')).toEqual([
    'index.html',
    'assets/a.js',
  ]);
});

const sizes: Record<string, number> = { 'index.html': 1000, 'a.js': 20_000, 'b.js': 10_000, 'aman.html': 900_000 };
const gz = (f: string) => sizes[f] ?? 0;
const budgets = { firstScreen: 25_000, laterChunk: 12_000, precache: 40_000 };

test('passes within budget and leaves shareable copies out of the precache budget', () => {
  const r = checkBudgets({ firstScreen: ['index.html', 'a.js'], allJs: ['a.js', 'b.js'], precache: ['index.html', 'a.js', 'b.js', 'aman.html'] }, gz, budgets);
  expect(r.failures).toEqual([]);
  expect(r.precache.gzip).toBe(31_000);
  expect(isShareableCopy('aman.html')).toBe(true);
  expect(isShareableCopy('index.html')).toBe(false);
});

test('fails when each budget is exceeded', () => {
  const r = checkBudgets(
    { firstScreen: ['index.html', 'a.js', 'b.js'], allJs: ['a.js', 'b.js', 'big.js'], precache: ['a.js', 'b.js', 'big.js'] },
    (f) => (f === 'big.js' ? 13_000 : gz(f)),
    budgets,
  );
  expect(r.failures).toHaveLength(3);
  expect(r.failures[0]).toMatch(/first screen/);
  expect(r.failures[1]).toMatch(/big\.js/);
  expect(r.failures[2]).toMatch(/precache/);
});

test('an empty precache is a failure, not a pass', () => {
  expect(checkBudgets({ firstScreen: [], allJs: [], precache: [] }, gz, budgets).failures).toContain(
    'the service worker precaches nothing',
  );
});
