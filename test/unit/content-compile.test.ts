import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, type Rollup } from 'vite';
import { compileGuides, formatIssue, localToday } from '../../scripts/content/compile';
import { guidesPlugin } from '../../scripts/content/vite-plugin';
import { TODAY, VALID } from './content-fixtures';

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** A throwaway repository root with the given guide files (path under locales/ → text). */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'aman-guides-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, 'locales', p, '..'), { recursive: true });
    writeFileSync(join(root, 'locales', p), text);
  }
  return root;
}

/** The valid fixture as guide `id` at position `order`, in all three languages. */
const guide = (id: string, order: number) =>
  Object.fromEntries(
    ['kk', 'ru', 'en'].map((l) => [`${l}/guides/${id}.md`, VALID.replace('id: phone-check', `id: ${id}`).replace('order: 1', `order: ${order}`)]),
  );

describe('compileGuides', () => {
  test('reads every language, sorts by order, and reports nothing for valid files', async () => {
    const root = repo({ ...guide('zeta', 1), ...guide('alpha', 2) });
    const r = await compileGuides(root, TODAY);
    expect(r.errors).toEqual([]);
    expect(r.guides.kk.map((g) => g.id)).toEqual(['zeta', 'alpha']);
    expect(r.guides.en.map((g) => g.lang)).toEqual(['en', 'en']);
    expect(r.files).toHaveLength(6);
  });

  test('names files relative to the root, as "path:line: message"', async () => {
    const root = repo({ ...guide('a', 1), 'ru/guides/a.md': VALID.replace('id: phone-check', 'id: a').replace('[tel:112]', '[tel:115]') });
    const r = await compileGuides(root, TODAY);
    expect(r.errors.map(formatIssue)).toContain(
      'locales/ru/guides/a.md:11: [tel:115] is not a verified number; allowed: 112, 102, 103, 101, 104, 111, 1414',
    );
  });

  test('no guides folders yet: nothing to compile, no error', async () => {
    expect(await compileGuides(repo({}), TODAY)).toEqual({ guides: { kk: [], ru: [], en: [] }, errors: [], files: [] });
  });

  test('localToday is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('guidesPlugin', () => {
  /** Builds a tiny app that imports the guide index and loads a guide through it, as the real app does. */
  async function buildApp(root: string) {
    writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(join(root, 'main.js'), "import guides from 'virtual:guides';\nconsole.log(guides, guides.kk.alpha());");
    const out = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [guidesPlugin({ today: () => TODAY })],
      build: { write: false, minify: false },
    });
    return (Array.isArray(out) ? out : [out as Rollup.RollupOutput]).flatMap((o) => o.output);
  }

  test('serves each guide of each language as its own chunk of compiled data, and an index of loaders', async () => {
    const chunks = (await buildApp(repo({ ...guide('zeta', 1), ...guide('alpha', 2) }))).filter((o) => o.type === 'chunk');
    const withGuide = chunks.filter((c) => c.code.includes('\\"lang\\":'));
    expect(withGuide.map((c) => c.name).sort()).toEqual(['en-alpha', 'en-zeta', 'kk-alpha', 'kk-zeta', 'ru-alpha', 'ru-zeta']);
    for (const c of withGuide) expect(c.code.match(/\\"lang\\":/g)).toHaveLength(1);
    expect(withGuide.find((c) => c.name === 'kk-zeta')!.code).toContain('ҚР ҚПК 254-бабы 1-бөлігі');
    // The entry holds the index: ids in guide order and where each guide's chunk is, but no text.
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).not.toContain('ҚПК');
    expect(entry.code.indexOf('zeta')).toBeLessThan(entry.code.indexOf('alpha'));
    for (const c of withGuide) expect(entry.code).toContain(c.fileName.replace(/^assets\//, ''));
  }, 30_000);

  test('fails the build with every validator message', async () => {
    const root = repo({ ...guide('phone-check', 1), 'en/guides/phone-check.md': VALID.replace('[[cpc 105]]', '[[cpc 999]]') });
    await expect(buildApp(root)).rejects.toThrow(/locales\/en\/guides\/phone-check\.md:23: \[\[cpc 999\]\]/);
  }, 30_000);
});
