/** The version from package.json (plus AMAN_BUILD_TAG if set), injected at build time. */
declare const __APP_VERSION__: string;

/** The copies this build can share (one-file page, APK), with sizes and SHA-256; empty in the one-file copy. */
declare const __SHAREABLE__: { name: string; type: string; bytes: number; sha256: string }[];
/** True inside the one-file copy, which has no service worker and cannot fetch files beside it. */
declare const __IS_SINGLE_FILE__: boolean;

interface Window {
  /** Set by the start script inlined in the web build's page (src/boot.ts); undefined in the one-file copy. */
  amanStart?: {
    /**
     * The app has rendered over the first view and listens itself: the start script stops answering its
     * controls. Returns the last button pressed meanwhile (the same element, now the app's), for the app
     * to press again.
     */
    takeOver(): Element | null;
  };
}
