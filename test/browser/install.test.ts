/** Chromium finds nothing stopping installation: manifest, icons, service worker, scope. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchPersistent, serve, waitForOfflineReady } from './harness';
import type { StaticServer } from '../../scripts/serve';

let context: BrowserContext;
let server: StaticServer;
beforeAll(async () => {
  context = await launchPersistent();
  server = await serve();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

test('no installability errors, and the manifest is relative to where Aman is served', async () => {
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForOfflineReady(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toBe(`${server.url}manifest.webmanifest`);
});
