/**
 * Real-browser test helpers: Debian's Chromium driven by playwright-core, the production build served by
 * scripts/serve.ts under a sub-path, and a record of every request so tests can prove nothing leaves.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/serve';

/** Flags that work on this kind of machine (see shared/NOTES.md); background networking is off. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Finds Chromium, or says exactly how to get it. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}

/** A persistent profile (needed for installability checks: incognito always reports an error). */
export async function launchPersistent(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'aman-profile-'));
  return chromium.launchPersistentContext(dir, { executablePath: chromePath(), args: CHROME_ARGS });
}

/** Serves a build folder under /aman/ (a sub-path, to prove the relative base). */
export function serve(root = 'dist'): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no build in ${root}: run "npm run build" first`);
  return startServer({ root, base: '/aman/' });
}

/** Builds the app into `outDir` with a version tag (used to deploy "version 2" in the update test). */
export function buildTo(outDir: string, tag: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, AMAN_BUILD_TAG: tag },
    stdio: 'inherit',
  });
}

/** Records every request the context makes and every CSP violation a page reports. */
export function watchRequests(context: BrowserContext, allowedOrigin: string) {
  const foreign: string[] = [];
  const all: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    all.push(url);
    if (/^(data|blob|about|chrome-extension|file):/.test(url)) return;
    if (new URL(url).origin !== allowedOrigin) foreign.push(url);
  });
  return { foreign, all };
}

/** Collects console errors, page errors and CSP violations on a page (call before navigating). */
export function watchPage(page: Page) {
  const errors: string[] = [];
  // A CSP violation is reported as an event in the page; surface each one as an error here.
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/**
 * Waits until a service worker controls the page and is activated, which it only becomes after its
 * install step has precached every file. (A synchronous predicate: an async one would be "truthy" at once.)
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
    polling: 200,
  });
}

/** Opens a route in the current page and waits until its screen has finished loading. */
export async function showRoute(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Every route the app has, for tours of the whole app; guide ids come from the content itself. */
export async function allRoutes(): Promise<string[]> {
  const { guideTitles, CARD_GUIDES } = await import('./strings');
  const ids = [...(await guideTitles()).en.keys()];
  return [
    '#/',
    '#/guides',
    ...ids.map((id) => `#/guides/${id}`),
    ...CARD_GUIDES.map((id) => `#/guides/${id}/card`),
    '#/print',
    '#/contacts',
    '#/sms',
    '#/records',
    '#/share',
    '#/settings',
    '#/about',
    '#/no-such-page',
  ];
}

/**
 * Starts Chromium and serves the production build for a test file, and stops both after it. Use the
 * returned object's fields inside tests (they are set before the first test runs).
 */
export function useBrowserAndServer(): { browser: Browser; server: StaticServer } {
  const env = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    env.browser = await launch();
    env.server = await serve();
  });
  afterAll(async () => {
    await env.browser?.close();
    // A test may have stopped the server already (to prove offline use).
    await env.server?.close().catch(() => {});
  });
  return env;
}

/** Writes records straight into Aman's IndexedDB from the page (test set-up, not app code). */
export function idbPut(page: Page, store: string, records: object[]): Promise<void> {
  return page.evaluate(
    ([store, records]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('aman');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, records] as const,
  );
}

/** Reads one record, or counts every store, straight from Aman's IndexedDB. */
export function idbGet(page: Page, store: string, id: string): Promise<unknown> {
  return page.evaluate(
    ([store, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('aman');
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).get(id);
          req.onsuccess = () => (open.result.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
    [store, id] as const,
  );
}

export function idbCounts(page: Page, stores: string[]): Promise<number[]> {
  return page.evaluate(
    (stores) =>
      new Promise<number[]>((resolve) => {
        const open = indexedDB.open('aman');
        open.onsuccess = () => {
          const tx = open.result.transaction(stores);
          const out: number[] = [];
          stores.forEach((s, i) => {
            const r = tx.objectStore(s).count();
            r.onsuccess = () => (out[i] = r.result);
          });
          tx.oncomplete = () => (open.result.close(), resolve(out));
        };
      }),
    stores,
  );
}
