/**
 * Pre-rendered first views (issue #8: a guide opened offline from a cold start). For every guide in every
 * language the build writes the top of its screen (the shell, the title and "In 30 seconds") as an HTML
 * file (scripts/prerender.ts); the start script inlined in index.html (src/boot.ts) fetches the one for
 * the link being opened, shows it, and only then loads the app's code. The app then renders the whole
 * screen over it, reusing its elements, so nothing on screen moves. This module is the one place
 * that knows which links have a first view and where its file is.
 */
import type { Lang } from '../lib/langs';

/** The folder of first views in the build, beside index.html. */
export const FIRST_VIEW_DIR = 'first-view';

/** Where the build puts a guide's first view. */
export function firstViewFile(lang: Lang, guideId: string): string {
  return `${FIRST_VIEW_DIR}/${lang}/${guideId}.html`;
}

/**
 * A guide link (`#/guides/<id>`, perhaps with `?s=…`) as the route parser reads it (app/router.ts): the
 * same id pattern, written out here so the start script does not carry the whole router.
 */
const GUIDE_LINK = /^#\/guides\/([a-z0-9-]{1,64})\/?(?:\?|$)/;

/** The first view to show for an address's hash in a language, or null when it has none. */
export function firstViewFor(hash: string, lang: Lang): string | null {
  const m = GUIDE_LINK.exec(hash);
  return m ? firstViewFile(lang, m[1]!) : null;
}
