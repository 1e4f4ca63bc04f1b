import { expect, test } from 'vitest';
import { bootScript, takeAppScripts, withBootScript } from '../../scripts/prerender';

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

test('the app\'s own script tags are taken out of the page, for the start script to load', () => {
  const page = PAGE.replace(
    '</head>',
    '  <script type="module" crossorigin src="./assets/index-A1.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/shared-B2.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-C3.css">\n  </head>',
  );
  const { html, app } = takeAppScripts(page);
  expect(app).toEqual({ entry: './assets/index-A1.js', preload: ['./assets/shared-B2.js'] });
  expect(html).not.toMatch(/<script|modulepreload/);
  // The stylesheet stays: the first view needs it to paint.
  expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-C3.css">');
  expect(() => takeAppScripts(PAGE)).toThrow(/one module script/);
  // A preload written another way would load the app's code early: refused, not left in silently.
  expect(() => takeAppScripts(page.replace('rel="modulepreload" crossorigin', 'crossorigin rel="modulepreload"'))).toThrow(/not recognised/);
});

test('the start script is one self-contained classic script that starts the app it was given', async () => {
  const code = await bootScript({ entry: './assets/index-A1.js', preload: ['./assets/shared-B2.js'] });
  // Classic, not a module: it runs where it stands, while the page is parsed.
  expect(code).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
  // No static import or export: those would need a module script. (It loads the app with import().)
  expect(code).not.toMatch(/\bimport\b(?!\()|\bexport\b/);
  expect(code).toContain('first-view/');
  expect(code).toContain('import(`./assets/index-A1.js`)');
  expect(code).toContain('./assets/shared-B2.js');
  expect(code).toContain('aman.prefs');
  // It pulls in nothing beyond its few helpers: i18next or Preact would be tens of kilobytes. (The size
  // budget counts its exact bytes on the first screen.)
  expect(code.length).toBeLessThan(4000);
});
