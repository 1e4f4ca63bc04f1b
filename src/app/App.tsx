import { useEffect, useRef, useState } from 'preact/hooks';
import { onLanguageChanged, t } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import { Header } from './Header';
import { Notices } from './Notices';
import { Lazy } from './Lazy';
import NotFound from './NotFound';
import { isLazy } from './screens';
import { useRoute } from './useRoute';
import Home from '../features/home/Home';
import { quickExit, trackHistoryPosition } from './quickExit';

/** The shell: skip link, header, notices and the current screen. */
export function App(props: { lang: Lang }) {
  const route = useRoute();
  const [lang, setLang] = useState(props.lang);
  const main = useRef<HTMLElement>(null);
  useEffect(() => onLanguageChanged((l) => setLang(l as Lang)), []);
  useEffect(() => trackHistoryPosition(), []);
  // Escape leaves at once, from anywhere (a keyboard user's quick exit).
  useEffect(() => {
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
    <div class="app">
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          // A plain #main would be read as a route; move focus instead.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <Header route={route.name} lang={lang} />
      <Notices />
      <main id="main" ref={main} tabIndex={-1}>
        {/* Keyed by the whole route: following a link from one guide to another is a new screen (focus
            moves to its heading, read-aloud stops), not an update of the old one. */}
        {isLazy(route) ? <Lazy key={JSON.stringify(route)} route={route} /> : route.name === 'home' ? <Home /> : <NotFound />}
      </main>
      <footer class="footer">
        <a href="#/share">{t('footer.share')}</a>
        <a href="#/about">{t('footer.about')}</a>
      </footer>
    </div>
  );
}
