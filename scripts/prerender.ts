/**
 * Vite plugin for the web build: pre-rendered first views and the start script that shows them (issue #8:
 * a guide opened offline from a cold start; app/firstView.ts tells how the pieces fit).
 * - Renders every guide's first view with the app's own components (src/entry-prerender.tsx, run in Node
 *   through Vite, so it sees the same compiled guides and strings) and emits each as an HTML file, which
 *   the service worker precaches with everything else.
 * - Bundles src/boot.ts into one small script and inlines it near the top of index.html; it loads the
 *   app itself, so the app's own script tags are taken out; scripts/csp.ts allows exactly that script by
 *   its hash.
 * The one-file copy has neither: it has no server and no worker to fetch a first view from.
 */
import { fileURLToPath } from 'node:url';
import { build, createServer, type Plugin, type UserConfig } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the start script starts: the app's entry script and the modules it imports. */
export interface AppScripts {
  entry: string;
  preload: string[];
}

/**
 * src/boot.ts as one minified classic script (an IIFE: it runs as the parser reaches it), starting the
 * given app scripts.
 */
export async function bootScript(app: AppScripts): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { __APP_ENTRY__: JSON.stringify(app.entry), __APP_PRELOAD__: JSON.stringify(app.preload) },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: 'src/boot.ts', formats: ['iife'], name: 'amanBoot' },
      rolldownOptions: { output: { entryFileNames: 'boot.js' } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('prerender: the start script did not build');
  return chunk.code.trim();
}

const CHARSET = '<meta charset="utf-8" />';
const ENTRY_TAG = /\n? *<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD_TAG = /\n? *<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Takes the app's entry script and module preloads, as Vite wrote them, out of the page: the start
 * script loads them itself, after a first view (src/boot.ts).
 */
export function takeAppScripts(html: string): { html: string; app: AppScripts } {
  const entries = [...html.matchAll(ENTRY_TAG)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`prerender: expected one module script in index.html, found ${entries.length}`);
  const preload = [...html.matchAll(PRELOAD_TAG)].map((m) => m[1]!);
  const rest = html.replace(ENTRY_TAG, '').replace(PRELOAD_TAG, '');
  // A tag written some other way would stay and load the app's code before the first view: say so.
  if (/type="module"|modulepreload/.test(rest)) throw new Error('prerender: a module script or preload in index.html was not recognised');
  return { html: rest, app: { entry: entries[0]!, preload } };
}

/**
 * Puts the start script right after the page's charset declaration, before everything the page asks
 * for, so its request for the first view goes out first. Not before the charset: browsers look for it
 * in the first 1024 bytes only (and the CSP, which the CSP plugin puts first, must precede the script).
 */
export function withBootScript(html: string, code: string): string {
  if (!html.includes(CHARSET)) throw new Error(`prerender: index.html has no ${CHARSET}`);
  // `</script` inside the code would end the element early; minified app code has none, but be sure.
  if (/<\/script/i.test(code)) throw new Error('prerender: the start script contains "</script"');
  return html.replace(CHARSET, `${CHARSET}\n    <script>${code}</script>`);
}

/**
 * Every first view, rendered in Node by src/entry-prerender.tsx, loaded through a Vite server with the
 * build's own guides plugin and defines. The service worker registration is replaced by the one-file
 * copy's stub: nothing registers here.
 */
export async function renderFirstViews(config: Pick<UserConfig, 'define' | 'plugins'>): Promise<{ file: string; html: string }[]> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    define: config.define,
    plugins: config.plugins,
    resolve: { alias: { 'virtual:pwa-register': fileURLToPath(new URL('../src/app/sw-stub.ts', import.meta.url)) } },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/entry-prerender.tsx')) as typeof import('../src/entry-prerender.tsx');
    return await entry.renderFirstViews();
  } finally {
    await server.close();
  }
}

/**
 * The plugin; `define` and `plugins` are the web build's own (its defines and a fresh guides plugin), so
 * the first views are rendered from exactly what the app ships.
 */
export function prerenderPlugin(options: { define: Record<string, string>; plugins: Plugin[] }): Plugin {
  return {
    name: 'aman:prerender',
    apply: 'build',
    // `vite build --watch`: the start script is built apart from the bundle, so say which file it is.
    buildStart() {
      this.addWatchFile(fileURLToPath(new URL('../src/boot.ts', import.meta.url)));
    },
    // After Vite has written the app's script tags (with their built names) into the page.
    transformIndexHtml: {
      order: 'post',
      handler: async (page) => {
        const { html, app } = takeAppScripts(page);
        return withBootScript(html, await bootScript(app));
      },
    },
    async generateBundle() {
      for (const view of await renderFirstViews(options)) {
        this.emitFile({ type: 'asset', fileName: view.file, source: view.html });
      }
    },
  };
}
