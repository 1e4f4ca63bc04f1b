/**
 * Vite plugin: `import('virtual:guides/kk')` (and ru, en) gives that language's compiled `Guide[]` as
 * JSON, so each language is its own lazily loaded chunk and no Markdown parser ships to the phone.
 * Any validation problem fails the build (and shows the dev overlay) with every message.
 */
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Lang } from '../../src/features/guides/types.ts';
import { compileGuides, formatIssue, type Compiled } from './compile.ts';
import { LANGS } from './validate.ts';

const PREFIX = 'virtual:guides/';
/** The \0 prefix tells other plugins this id is virtual and not to be resolved on disk. */
const RESOLVED = `\0${PREFIX}`;

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
      const lang = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : '';
      return (LANGS as readonly string[]).includes(lang) ? RESOLVED + lang : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const { guides, errors, files } = await compile();
      for (const f of files) this.addWatchFile(resolve(root, f));
      if (errors.length > 0) {
        this.error(`${errors.length} problem(s) in the guides:\n${errors.map(formatIssue).join('\n')}`);
      }
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      const json = JSON.stringify(guides[id.slice(RESOLVED.length) as Lang]);
      return `export default JSON.parse(${JSON.stringify(json)});`;
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
      for (const lang of LANGS) {
        const mod = graph.getModuleById(RESOLVED + lang);
        if (mod) graph.invalidateModule(mod);
      }
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
