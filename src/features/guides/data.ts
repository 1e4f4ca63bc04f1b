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

/** All guides of a language, sorted by their `order`. */
export function loadGuides(lang: Lang): Promise<Guide[]> {
  let p = cache.get(lang);
  if (!p) {
    p = LOADERS[lang]().then((m) => m.default);
    // A failed load (a damaged copy) may succeed on retry; do not keep the failure.
    p.catch(() => cache.delete(lang));
    cache.set(lang, p);
  }
  return p;
}
