/**
 * Build time only, in Node: every guide's first view as HTML (app/firstView.ts says what that is for).
 * scripts/prerender.ts loads this module through Vite, so it sees the same compiled guides and strings as
 * the app, and writes what `renderFirstViews` returns into the build.
 *
 * A first view is the app's own markup, rendered by the app's own components: the shell (without its
 * footer) with the guide's title, the line under it, its actions and "In 30 seconds". The app renders over it (main.tsx), reusing
 * these elements, so what was painted first stays where it is. The rest of the guide is left to the app:
 * whole guides would cost the precache their size a second time (issue #8's budget), and the top is what
 * the first screenful shows.
 */
import { renderToString } from 'preact-render-to-string';
import { Shell } from './app/Shell';
import { firstViewFile } from './app/firstView';
import { GuideView } from './features/guides/GuidePage';
import { guideIds, loadGuide } from './features/guides/data';
import type { Guide } from './features/guides/types';
import { ensureScreenStrings, initI18n } from './lib/i18n';
import { LANGS } from './lib/langs';

/** The part of a guide a first view shows: "In 30 seconds" (the officer card too, for its button). */
export function guideTop(guide: Guide): Guide {
  return { ...guide, sections: guide.sections.filter((s) => s.id === 'summary' || s.id === 'card') };
}

/** One guide's first view: the same tree the app renders for `#/guides/<id>`, with the guide's top only. */
export function renderGuideTop(guide: Guide): string {
  return renderToString(
    <Shell route="guide" lang={guide.lang} firstView>
      <GuideView guide={guideTop(guide)} />
    </Shell>,
  );
}

/** Every guide's first view in every language, with the file each goes to. */
export async function renderFirstViews(): Promise<{ file: string; html: string }[]> {
  const views: { file: string; html: string }[] = [];
  // One language at a time: i18next holds one interface language.
  for (const lang of LANGS) {
    await initI18n(lang);
    await ensureScreenStrings(lang);
    for (const id of guideIds(lang)) {
      const guide = await loadGuide(lang, id);
      if (guide) views.push({ file: firstViewFile(lang, id), html: renderGuideTop(guide) });
    }
  }
  return views;
}
