/**
 * The page's side of the service worker. The caching policy itself is in vite.config.ts (one place).
 *
 * Updates are never applied on their own: a new version waits until the person presses Update, so nobody
 * loses what they were typing. The first install takes control at once (clientsClaim), so the very first
 * visit is already enough to work offline.
 */
import { registerSW } from 'virtual:pwa-register';
import { createStore } from '../lib/store';

export interface SwState {
  /** 'file' in the one-file copy (it needs no worker); 'unsupported' where the browser has none. */
  support: 'supported' | 'unsupported' | 'file';
  /** True once every file is cached: the app works offline from now on. */
  offlineReady: boolean;
  /** The moment it became ready in this visit, so the notice is shown only then. */
  justBecameReady: boolean;
  /** A new version is installed and waiting for the person's go-ahead. */
  updateWaiting: boolean;
}

export const swStore = createStore<SwState>({
  support: __IS_SINGLE_FILE__ ? 'file' : 'unsupported',
  offlineReady: false,
  justBecameReady: false,
  updateWaiting: false,
});

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

/** Registers the worker; call after the first render so it never delays the first screen. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  swStore.update((s) => ({
    ...s,
    support: 'supported',
    // A controlled page was served by a worker that finished precaching: it already works offline.
    offlineReady: navigator.serviceWorker.controller !== null,
  }));
  applyUpdate = registerSW({
    immediate: true,
    onOfflineReady() {
      swStore.update((s) => ({ ...s, offlineReady: true, justBecameReady: true }));
      // Ask the browser not to evict the precache and user data under storage pressure.
      void navigator.storage?.persist?.();
    },
    onNeedRefresh() {
      swStore.update((s) => ({ ...s, updateWaiting: true }));
    },
  });
}

/**
 * Activates the waiting version and reloads into it. Only called from the Update button.
 *
 * The reload is ours, on controllerchange: workbox-window treats an update that arrives in the same
 * session as the first install as "external" and then never reloads, which would leave this page's old
 * code running against the new version's files.
 */
export function updateNow(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void applyUpdate?.(true);
}

/** Hides the update notice until the next visit; the new version still waits. */
export function postponeUpdate(): void {
  swStore.update((s) => ({ ...s, updateWaiting: false }));
}

/** Hides the "saved for offline" notice. */
export function dismissOfflineReady(): void {
  swStore.update((s) => ({ ...s, justBecameReady: false }));
}
