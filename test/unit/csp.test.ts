import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { buildCsp, inlineHashes, withCsp } from '../../scripts/csp';

test('the web app allows only its own files; nothing inline, nothing elsewhere', () => {
  const csp = buildCsp();
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
});

test('the one-file copy allows exactly its inline script and style, by hash', () => {
  const script = 'console.log("aman")';
  const style = 'body{color:red}';
  const html = `<html><head><style>${style}</style></head><body><script type="module">${script}</script></body></html>`;
  const hashes = inlineHashes(html);
  const b64 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
  expect(hashes).toEqual({ scriptHashes: [b64(script)], styleHashes: [b64(style)] });
  const out = withCsp(html, buildCsp(hashes));
  expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<style>'));
  expect(out).toContain(`script-src '${b64(script)}'`);
  expect(out).not.toContain("'self'; style-src");
  // 'self' on file:// would be every local file: the one-file copy allows nothing outside itself.
  expect(buildCsp(hashes)).toContain("connect-src 'none'");
  expect(buildCsp(hashes)).not.toContain("'self'");
});
