/**
 * Compiled guides, one lazily loaded chunk per language (precached, so they open offline). A language is
 * loaded at most once per visit.
 */
import type { Guide, Lang } from './types';

const LOADERS: Record<Lang, () => Promise<{ default: Guide[] }>> = {
  kk: () => import('virtual:guides/kk'),
  ru: () => import('virtual:guides/ru'),
  en: () => import('virtual:guides/en'),
};

const cache = new Map<Lang, Promise<Guide[]>>();
/** Languages whose guides have arrived, for a first render without a "Loading…" step. */
const loaded = new Map<Lang, Guide[]>();

/** All guides of a language, sorted by their `order`. */
export function loadGuides(lang: Lang): Promise<Guide[]> {
  let p = cache.get(lang);
  if (!p) {
    p = LOADERS[lang]().then((m) => {
      loaded.set(lang, m.default);
      return m.default;
    });
    // A failed load (a damaged copy) may succeed on retry; do not keep the failure.
    p.catch(() => cache.delete(lang));
    cache.set(lang, p);
  }
  return p;
}

/** The guides of a language if they have already loaded, else undefined (then use `loadGuides`). */
export function loadedGuides(lang: Lang): Guide[] | undefined {
  return loaded.get(lang);
}
