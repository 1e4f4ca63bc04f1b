/**
 * The pre-rendered first views (src/entry-prerender.tsx) against the app itself: the app renders over a
 * first view, reusing its elements, so a first view must be exactly the top of the screen the app
 * renders, or the page would change under the reader's eyes when the app takes over.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { App } from '../../src/app/App';
import { guideTop, renderGuideTop } from '../../src/entry-prerender';
import { loadGuides } from '../../src/features/guides/data';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { LANGS } from '../../src/lib/langs';

beforeEach(() => {
  localStorage.clear();
  location.hash = '';
});

/**
 * A node tree written out with its text nodes one by one: the app reuses a first view's nodes, so where
 * the app has two text nodes and the first view's HTML one (an icon, a space, a label), the app would
 * rewrite the text under a screen reader's cursor even though outerHTML is the same.
 */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  return `<${node.nodeName}>${[...node.childNodes].map(shape).join('')}</>`;
}

/** What a first view shows, and the app must show the same way. */
const PARTS = ['.skip', 'header', '.notices', 'main h1', 'main .meta', 'main .actions', '.section-summary'];

test.each(LANGS)('every %s first view is the top of the app\'s own guide screen, element for element', async (lang) => {
  await initI18n(lang);
  await ensureScreenStrings(lang);
  for (const guide of await loadGuides(lang)) {
    const view = document.createElement('div');
    view.innerHTML = renderGuideTop(guide);
    location.hash = `#/guides/${guide.id}`;
    const { container, unmount } = render(<App lang={lang} />);
    await screen.findByRole('heading', { level: 1, name: guide.title });
    await waitFor(() => expect(container.querySelector('.section-sources')).not.toBeNull());
    for (const part of PARTS) {
      const shown = view.querySelector(part);
      expect(shown, `${lang}/${guide.id} first view lacks ${part}`).not.toBeNull();
      expect(shown!.outerHTML, `${lang}/${guide.id} ${part}`).toBe(container.querySelector(part)!.outerHTML);
      expect(shape(shown!), `${lang}/${guide.id} ${part} text nodes`).toBe(shape(container.querySelector(part)!));
    }
    expect(view.querySelector('.guide > h1 + .meta + .actions + .section-summary')).not.toBeNull();
    // The summary, and none of the rest: that is the app's to render (and would cost the precache twice).
    expect([...view.querySelectorAll('main section')].map((s) => s.className)).toEqual(['section section-summary']);
    // No footer either: it would jump down when the rest arrives. The app adds it after <main>.
    expect(view.querySelector('footer')).toBeNull();
    expect(container.querySelector('main + footer')).not.toBeNull();
    unmount();
  }
});

test('a first view keeps what the app decides from the whole guide: the officer card button', async () => {
  await initI18n('en');
  await ensureScreenStrings('en');
  const guides = await loadGuides('en');
  const withCard = guides.find((g) => g.sections.some((s) => s.id === 'card'))!;
  expect(guideTop(withCard).sections.map((s) => s.id)).toEqual(['summary', 'card']);
  expect(renderGuideTop(withCard)).toContain(`href="#/guides/${withCard.id}/card"`);
});
