/**
 * Where Aman is running, for the few features that differ: inside the Android app (a WebView) printing
 * and file downloads do nothing, so those buttons are replaced by a hint.
 */

/** Android's WebView marks its user agent with "; wv)" (Chrome on Android does not). */
export function isAndroidWebView(userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean {
  return /Android/.test(userAgent) && /; wv\)/.test(userAgent);
}
