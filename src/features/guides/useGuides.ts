import { useEffect, useState } from 'preact/hooks';
import { loadGuides } from './data';
import type { Guide, Lang } from './types';

export type GuidesState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; guides: Guide[] };

/** The guides of a language, for a component; reloads when the language changes. */
export function useGuides(lang: Lang): GuidesState {
  const [state, setState] = useState<GuidesState>({ status: 'loading' });
  useEffect(() => {
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
