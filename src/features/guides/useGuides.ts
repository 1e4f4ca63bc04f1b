import { useEffect, useState } from 'preact/hooks';
import { loadedGuide, loadedGuides, loadGuide, loadGuides } from './data';
import type { Guide, Lang } from './types';

type Ready<T> = { status: 'ready'; value: T };
export type LoadState<T> = { status: 'loading' } | { status: 'error' } | Ready<T>;

/**
 * Data for a component that may already be loaded (a linked screen's data loads with its code, before
 * its first render: app/screens.ts): shown at once if so, else loaded, again whenever `key` changes.
 */
function useLoaded<T>(key: string, now: () => T | undefined, load: () => Promise<T>): LoadState<T> {
  const ready = (): Ready<T> | undefined => {
    const value = now();
    return value === undefined ? undefined : { status: 'ready', value };
  };
  const [state, setState] = useState<LoadState<T>>(() => ready() ?? { status: 'loading' });
  useEffect(() => {
    const r = ready();
    if (r) {
      setState((s) => (s.status === 'ready' && s.value === r.value ? s : r));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** All guides of a language, in order; reloads when the language changes. */
export function useGuides(lang: Lang): LoadState<Guide[]> {
  return useLoaded(lang, () => loadedGuides(lang), () => loadGuides(lang));
}

/** One guide (`null`: no guide has this id); reloads when the language or the id changes. */
export function useGuide(lang: Lang, id: string): LoadState<Guide | null> {
  return useLoaded(
    `${lang}/${id}`,
    () => loadedGuide(lang, id),
    () => loadGuide(lang, id).then((g) => g ?? null),
  );
}
