import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { buildCsp, inlineHashes, withCsp } from '../../scripts/csp';

const b64 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

test('the web app allows only its own files; nothing inline, nothing elsewhere', () => {
  const csp = buildCsp();
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("style-src 'self';");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
});

test('the web app allows its inline start script by hash, and no other inline code', () => {
  const boot = 'document.documentElement.lang="kk"';
  const html = `<html><head><script>${boot}</script><script src="./assets/other.js"></script></head></html>`;
  const hashes = inlineHashes(html);
  // A script with a src and no body is allowed by 'self', not by a hash.
  expect(hashes).toEqual({ scriptHashes: [b64(boot)], styleHashes: [] });
  const csp = buildCsp(hashes);
  expect(csp).toContain(`script-src 'self' '${b64(boot)}';`);
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toMatch(/unsafe-(inline|eval)/);
});

test('the one-file copy allows exactly its inline script and style, by hash', () => {
  const script = 'console.log("aman")';
  const style = 'body{color:red}';
  const html = `<html><head><style>${style}</style></head><body><script type="module">${script}</script></body></html>`;
  const hashes = inlineHashes(html);
  expect(hashes).toEqual({ scriptHashes: [b64(script)], styleHashes: [b64(style)] });
  const csp = buildCsp({ oneFile: true, ...hashes });
  const out = withCsp(html, csp);
  expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<style>'));
  expect(out).toContain(`script-src '${b64(script)}';`);
  expect(out).toContain(`style-src '${b64(style)}';`);
  // 'self' on file:// would be every local file: the one-file copy allows nothing outside itself.
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain("'self'");
});

test('a one-file copy with nothing inline allows no script at all', () => {
  expect(buildCsp({ oneFile: true })).toContain("script-src 'none';");
});
