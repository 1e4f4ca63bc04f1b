/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { manifest } from './scripts/manifest.ts';
import { cspPlugin } from './scripts/csp.ts';
import { guidesPlugin } from './scripts/content/vite-plugin.ts';
import { inlineIconsPlugin } from './scripts/single-file.ts';
import { prerenderPlugin } from './scripts/prerender.ts';
import { findShareableFiles, shareablePlugin } from './scripts/shareable.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// AMAN_BUILD_TAG lets tests build two distinguishable versions of the same code (the update test).
const version = process.env.AMAN_BUILD_TAG ? `${pkg.version}+${process.env.AMAN_BUILD_TAG}` : pkg.version;

/**
 * Two builds from one source:
 * - default: the web app in dist/, precached by a service worker;
 * - `--mode single`: the one-file copy in dist-single/index.html (everything inlined, no service worker),
 *   which opens from a phone's storage with no server; `npm run build` makes it first so the web app can
 *   precache and share it.
 */
export default defineConfig(({ mode }) => (mode === 'single' ? singleFileConfig() : webAppConfig()));

const shared = {
  // Relative base: one build runs from a domain root, a sub-path or a mirror, with no server rewrites.
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
};

function singleFileConfig(): UserConfig {
  return {
    ...shared,
    define: { ...shared.define, __SHAREABLE__: '[]', __IS_SINGLE_FILE__: 'true' },
    resolve: {
      alias: { 'virtual:pwa-register': fileURLToPath(new URL('./src/app/sw-stub.ts', import.meta.url)) },
    },
    build: { target: 'es2020', outDir: 'dist-single', copyPublicDir: false, emptyOutDir: true },
    plugins: [preact(), guidesPlugin(), inlineIconsPlugin(), viteSingleFile(), cspPlugin({ inline: true })],
  };
}

function webAppConfig(): UserConfig {
  const shareable = findShareableFiles();
  const define = {
    ...shared.define,
    __SHAREABLE__: JSON.stringify(shareable.map(({ data: _data, ...f }) => f)),
    __IS_SINGLE_FILE__: 'false',
  };
  return {
    ...shared,
    define,
    build: {
      target: 'es2020',
      // scripts/size.ts reads this to know which files the first screen loads.
      manifest: true,
      // Small inline assets only; everything else stays a separate precached file.
      assetsInlineLimit: 2048,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // What the entry and the screens share (Preact, i18next, Vite's preload helper), with
                // lib/platform.ts, which several screens use: on its own it would be a chunk of a hundred
                // bytes, another request (offline, a round trip through the service worker) before a guide
                // can show (issue #8). The entry loads this chunk anyway.
                name: 'shared',
                includeDependenciesRecursively: false,
                test: /[\\/]node_modules[\\/](preact|i18next)[\\/]|^\0vite[\\/]preload-helper|[\\/]src[\\/]lib[\\/](i18n|platform)\./,
              },
            ],
          },
        },
      },
    },
    plugins: [
      preact(),
      // Guides are compiled and validated from locales/<lng>/guides/*.md; a content error fails the build.
      guidesPlugin(),
      // Each guide's first view as HTML, and the inline start script that shows it (issue #8: offline cold
      // start); rendered in Node with the same guides and defines as this build.
      prerenderPlugin({ define, plugins: [guidesPlugin()] }),
      cspPlugin({ inline: false }),
      shareablePlugin(shareable),
      VitePWA({
        // ─── The caching policy: all of it lives here ─────────────────────────────────────────────────
        // Strategy: precache everything the app can show (every screen's chunk, all three languages, all
        // guides) on the first visit, so a phone that opened Aman once works with the internet cut.
        // There is no runtime caching because Aman requests nothing it did not ship.
        //
        // Updates: 'prompt' means a new version installs in the background and waits; the page shows
        // "Update" and applies it only when the person presses it, never under someone typing.
        registerType: 'prompt',
        // We register from src/app/sw.ts after the first render; no injected inline script (strict CSP).
        injectRegister: false,
        manifest,
        // Icons referenced by index.html but not by the manifest (which the plugin adds by itself).
        includeAssets: ['icons/apple-touch-icon.png', 'icons/favicon-32.png'],
        workbox: {
          // Every emitted script, stylesheet and page, and the shareable copies (aman.html, the APK and
          // its zip) so an installed Aman can pass itself on offline. Manifest icons and the manifest are
          // added by the plugin (listing png/webmanifest here would precache them twice).
          // Not the bare .apk: only its zip is offered (Bluetooth refuses .apk), so precaching both would
          // cost every install another 130 KB for nothing.
          globPatterns: ['**/*.{js,css,html}', ...shareable.map((f) => f.name).filter((n) => n.endsWith('.zip'))],
          // The one-file copy holds all languages and guides; allow it (and the APK) into the precache.
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          // The first visit is controlled at once, so it already works offline after precaching.
          clientsClaim: true,
          // Old precaches from earlier versions are deleted once the new worker activates.
          cleanupOutdatedCaches: true,
          // Navigations to the app's folder get the cached page; a path with a file extension (a shared
          // copy such as aman.html) must get that file, not the app.
          navigateFallback: 'index.html',
          navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+(\?.*)?$/i],
          // `?lang=` picks the language on the page; the cached index.html still answers it offline.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^lang$/],
        },
        devOptions: { enabled: false },
      }),
    ],
    test: {
      projects: [
        {
          extends: true,
          // Property tests (10 000 runs) and key derivation (600 000 PBKDF2 rounds) can pass 5 s on a loaded
          // two-core machine: these tests check results, never speed (the bench does that).
          test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
        },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['test/component/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['test/component/setup.ts'],
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['test/build/**/*.test.ts'],
            environment: 'node',
            // Runs Android's build tools and a JVM: one file at a time, generous time.
            fileParallelism: false,
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            environment: 'node',
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  };
}
