import { useEffect, useState } from 'preact/hooks';
import { loadedGuides, loadGuides } from './data';
import type { Guide, Lang } from './types';

type Ready = { status: 'ready'; guides: Guide[] };
export type GuidesState = { status: 'loading' } | { status: 'error' } | Ready;

/** The guides of a language, for a component; reloads when the language changes. */
export function useGuides(lang: Lang): GuidesState {
  // Guides that already loaded (a deep link's screen loads them before its first render) show at once.
  const [state, setState] = useState<GuidesState>(() => readyState(lang) ?? { status: 'loading' });
  useEffect(() => {
    const ready = readyState(lang);
    if (ready) {
      setState((s) => (s.status === 'ready' && s.guides === ready.guides ? s : ready));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadGuides(lang).then(
      (guides) => live && setState({ status: 'ready', guides }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return state;
}

function readyState(lang: Lang): Ready | undefined {
  const guides = loadedGuides(lang);
  return guides && { status: 'ready', guides };
}

/** Loads the guides of a language ahead of a screen that shows them; a failure is the screen's to show. */
export function prepareGuides(lang: Lang): Promise<unknown> {
  return loadGuides(lang).catch(() => {});
}
