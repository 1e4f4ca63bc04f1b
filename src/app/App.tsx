import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { onLanguageChanged } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import { Lazy } from './Lazy';
import { Shell } from './Shell';
import NotFound from './NotFound';
import { isLazy } from './screens';
import { useRoute } from './useRoute';
import Home from '../features/home/Home';
import { quickExit } from './quickExit';
import { trackHistoryPosition } from './leave';

/** The app: the current route's screen in the shell, the language, and keys that work everywhere. */
export function App(props: { lang: Lang }) {
  const route = useRoute();
  const [lang, setLang] = useState(props.lang);
  useEffect(() => onLanguageChanged((l) => setLang(l as Lang)), []);
  useEffect(() => trackHistoryPosition(), []);
  // Escape leaves at once, from anywhere (a keyboard user's quick exit). A layout effect: attached as the
  // first render ends, before the start script stops listening for Escape (main.tsx), with no frame
  // between them in which Escape does nothing.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
      // In a field with text, Escape belongs to the field (clearing a search, leaving a form); once the
      // field is empty, Escape exits as everywhere else.
      const el = e.target as HTMLInputElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.value) return;
      void quickExit();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  return (
    // `lang` is state here so the whole tree re-renders its strings after a switch, keeping what people typed.
    <Shell route={route.name} lang={lang}>
      {/* Keyed by the whole route: following a link from one guide to another is a new screen (focus
          moves to its heading, read-aloud stops), not an update of the old one. */}
      {isLazy(route) ? <Lazy key={JSON.stringify(route)} route={route} /> : route.name === 'home' ? <Home /> : <NotFound />}
    </Shell>
  );
}
