import { expect, test } from 'vitest';
import { bootScript, withBootScript } from '../../scripts/prerender';

const PAGE = '<!doctype html>\n<html lang="kk">\n  <head>\n    <meta charset="utf-8" />\n  </head>\n  <body>\n    <div id="app"></div>\n  </body>\n</html>';

test('the start script comes right after the charset, before any file the page asks for', () => {
  const out = withBootScript(PAGE, 'var a=1');
  expect(out).toContain('<head>\n    <meta charset="utf-8" />\n    <script>var a=1</script>\n  </head>');
  expect(out.match(/<script>/g)).toHaveLength(1);
});

test('a start script that would end its own element early is refused', () => {
  expect(() => withBootScript(PAGE, 'var s="</script><img src=x>"')).toThrow(/<\/script/);
  expect(() => withBootScript(PAGE.replace('charset="utf-8"', 'charset="UTF-8"'), 'var a=1')).toThrow(/charset/);
});

test('the start script is one self-contained classic script', async () => {
  const code = await bootScript();
  // Classic, not a module: it runs where it stands, while the page is parsed.
  expect(code).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
  expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  expect(code).toContain('first-view/');
  expect(code).toContain('aman.prefs');
  // It pulls in nothing beyond its few helpers: i18next or Preact would be tens of kilobytes. (The size
  // budget counts its exact bytes on the first screen.)
  expect(code.length).toBeLessThan(4000);
});
