/**
 * Vite plugin: the compiled guides as modules, so no Markdown parser ships to the phone.
 * - `virtual:guides/kk-detained` (one per language and guide): that guide's `Guide` as JSON, its own lazily
 *   loaded chunk. One guide per chunk: opening a guide loads and parses its own text, not all seven.
 * - `virtual:guides`: for each language, its guide ids in order, each with the `import()` of its chunk. Tiny
 *   (no text), so the entry can start loading a linked guide's text at once.
 * Any validation problem fails the build (and shows the dev overlay) with every message.
 */
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Lang } from '../../src/features/guides/types.ts';
import { compileGuides, formatIssue, type Compiled } from './compile.ts';
import { LANGS } from './validate.ts';

const INDEX = 'virtual:guides';
const PREFIX = `${INDEX}/`;
/** The \0 prefix tells other plugins this id is virtual and not to be resolved on disk. */
const RESOLVED_INDEX = `\0${INDEX}`;
const RESOLVED = `\0${PREFIX}`;
/** `kk-phone-check` → kk, phone-check (ids are lower-case words joined by dashes; languages have none). */
const GUIDE_ID = /^(kk|ru|en)-([a-z0-9-]+)$/;

export interface GuidesPluginOptions {
  /** Repository root holding `locales/`; defaults to Vite's root. */
  root?: string;
  /** Today's date (YYYY-MM-DD) for the "reviewed is not in the future" check; defaults to the local date. */
  today?: () => string;
}

export function guidesPlugin(options: GuidesPluginOptions = {}): Plugin {
  let root = options.root ?? process.cwd();
  // One compilation serves all three languages (validation compares them); dropped when a source changes.
  let compiled: Promise<Compiled> | null = null;
  const compile = () => (compiled ??= compileGuides(root, options.today?.()));
  const isGuideSource = (file: string) =>
    /^locales\/(kk|ru|en)\/guides\/[^/]+\.md$/.test(relative(root, file).split('\\').join('/'));

  return {
    name: 'aman:guides',
    configResolved(config) {
      if (!options.root) root = config.root;
    },
    resolveId(id) {
      if (id === INDEX) return RESOLVED_INDEX;
      return id.startsWith(PREFIX) && GUIDE_ID.test(id.slice(PREFIX.length)) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    async load(id) {
      if (id !== RESOLVED_INDEX && !id.startsWith(RESOLVED)) return null;
      const { guides, errors, files } = await compile();
      for (const f of files) this.addWatchFile(resolve(root, f));
      if (errors.length > 0) {
        this.error(`${errors.length} problem(s) in the guides:\n${errors.map(formatIssue).join('\n')}`);
      }
      if (id === RESOLVED_INDEX) return indexModule(guides);
      const [, lang, guideId] = GUIDE_ID.exec(id.slice(RESOLVED.length))!;
      const guide = guides[lang as Lang].find((g) => g.id === guideId);
      if (!guide) this.error(`no ${lang} guide "${guideId}"`);
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(guide))});`;
    },
    // `vite build --watch`: recompile on the next load.
    watchChange(id) {
      if (isGuideSource(id)) compiled = null;
    },
    // Dev server: a guide added, edited or deleted reloads the page with freshly compiled (or failing) data.
    hotUpdate({ file }) {
      if (!isGuideSource(file)) return;
      compiled = null;
      const graph = this.environment.moduleGraph;
      for (const mod of graph.idToModuleMap.values()) {
        if (mod.id === RESOLVED_INDEX || mod.id?.startsWith(RESOLVED)) graph.invalidateModule(mod);
      }
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

/** `export default { kk: { "phone-check": () => import("virtual:guides/kk-phone-check"), … }, ru: …, en: … }`, in guide order. */
function indexModule(guides: Compiled['guides']): string {
  const langs = LANGS.map((lang) => {
    const loaders = guides[lang].map((g) => `${JSON.stringify(g.id)}: () => import(${JSON.stringify(`${PREFIX}${lang}-${g.id}`)})`);
    return `  ${lang}: {\n${loaders.map((l) => `    ${l},`).join('\n')}\n  },`;
  });
  return `export default {\n${langs.join('\n')}\n};\n`;
}
