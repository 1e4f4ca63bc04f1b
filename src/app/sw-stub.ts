/**
 * Stands in for `virtual:pwa-register` in the one-file copy: a file opened from a phone's storage has no
 * service worker (and needs none: everything is inside the file).
 */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
