import { expect, test } from 'vitest';
import { isAndroidWebView } from '../../src/lib/platform';

test('tells the Android app (WebView) from Chrome on Android and from desktops', () => {
  expect(isAndroidWebView('Mozilla/5.0 (Linux; Android 13; SM-A145F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36')).toBe(true);
  expect(isAndroidWebView('Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36')).toBe(false);
  expect(isAndroidWebView('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36')).toBe(false);
});
