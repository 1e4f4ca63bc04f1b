/**
 * Compiled guides, one lazily loaded chunk per guide and language (all precached, so they open offline).
 * Part of the main bundle, so that a link to a guide starts loading its text at once: keep it small (the
 * index it imports holds ids and `import()`s, no text). A guide is loaded at most once per visit.
 */
import loaders from 'virtual:guides';
import type { Guide, Lang } from './types';

const cache = new Map<string, Promise<Guide>>();
/** Guides that have arrived, for a first render without a "Loading…" step. */
const loaded = new Map<string, Guide>();

/** The loader of a guide; not one inherited from Object (an id in a link may be "constructor"). */
const loaderOf = (lang: Lang, id: string) =>
  Object.prototype.hasOwnProperty.call(loaders[lang], id) ? loaders[lang][id] : undefined;

/** The ids of a language's guides, in their `order`. */
export function guideIds(lang: Lang): string[] {
  return Object.keys(loaders[lang]);
}

/** One guide; undefined for an id that is no guide. */
export function loadGuide(lang: Lang, id: string): Promise<Guide | undefined> {
  const load = loaderOf(lang, id);
  if (!load) return Promise.resolve(undefined);
  const key = `${lang}/${id}`;
  let p = cache.get(key);
  if (!p) {
    p = load().then((m) => {
      loaded.set(key, m.default);
      return m.default;
    });
    // A failed load (a damaged copy) may succeed on retry; do not keep the failure.
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** All guides of a language, in their `order`. */
export function loadGuides(lang: Lang): Promise<Guide[]> {
  return Promise.all(guideIds(lang).map((id) => loadGuide(lang, id) as Promise<Guide>));
}

/**
 * A guide if it has already loaded (`null` for an id that is no guide), else undefined: then use
 * `loadGuide`.
 */
export function loadedGuide(lang: Lang, id: string): Guide | null | undefined {
  if (!loaderOf(lang, id)) return null;
  return loaded.get(`${lang}/${id}`);
}

/** All guides of a language if every one has already loaded, else undefined (then use `loadGuides`). */
export function loadedGuides(lang: Lang): Guide[] | undefined {
  const guides = guideIds(lang).map((id) => loaded.get(`${lang}/${id}`));
  return guides.every((g) => g !== undefined) ? (guides as Guide[]) : undefined;
}
