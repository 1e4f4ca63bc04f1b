/**
 * The way out of a bad worker (STYLE: plan the worker's exit), apart from sw.ts so that only the settings
 * screen, which offers it, loads it: the first screen does not carry it.
 */

/**
 * Forgets the worker and every cache, then loads everything again from the network. Only offered while
 * online, since it needs the server; user data in IndexedDB is untouched.
 */
export async function repairOfflineCopy(): Promise<void> {
  // navigator.onLine says nothing about a filtered network in a shutdown: first make sure the server
  // really answers (a query the worker's cache cannot satisfy), or delete nothing.
  const probe = (path: string) => fetch(`${path}?repair=${Date.now()}`, { cache: 'no-store' }).then((r) => r.ok);
  const reachable = await Promise.all([probe('sw.js'), probe('index.html')]).then((oks) => oks.every(Boolean), () => false);
  if (!reachable) throw new Error('server not reachable');
  const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
  const names = (await globalThis.caches?.keys?.()) ?? [];
  await Promise.all(names.map((n) => caches.delete(n)));
  location.reload();
}
