import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import { Header } from './Header';
import { Notices } from './Notices';
import type { RouteName } from './router';

/**
 * The frame of every screen: skip link, header, notices, the screen itself, footer. Stateless, so the
 * build can render it around a screen's first view (src/entry-prerender.tsx) with the same markup the
 * app renders over it. A first view has no footer: it would sit right under the top of the screen and
 * jump down when the app adds the rest.
 */
export function Shell(props: { route: RouteName; lang: Lang; firstView?: boolean; children: ComponentChildren }) {
  const main = useRef<HTMLElement>(null);
  return (
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
      <Header route={props.route} lang={props.lang} />
      <Notices />
      <main id="main" ref={main} tabIndex={-1}>
        {props.children}
      </main>
      {!props.firstView && (
        <footer class="footer">
          <a href="#/share">{t('footer.share')}</a>
          <a href="#/about">{t('footer.about')}</a>
        </footer>
      )}
    </div>
  );
}
