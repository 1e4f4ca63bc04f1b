import { t } from '../lib/i18n';
import { LANGS, LANG_NAMES, type Lang } from '../lib/langs';
import type { RouteName } from './router';
import { setLanguage } from './preferences';
import { Icon } from './Icon';
import { quickExit } from './quickExit';

const NAV: { name: RouteName; href: string; icon: Parameters<typeof Icon>[0]['name'] }[] = [
  { name: 'home', href: '#/', icon: 'home' },
  { name: 'guides', href: '#/guides', icon: 'book' },
  { name: 'contacts', href: '#/contacts', icon: 'users' },
  { name: 'sms', href: '#/sms', icon: 'message' },
  { name: 'settings', href: '#/settings', icon: 'gear' },
];

/** Which nav entry a route belongs to, for aria-current. */
function section(route: RouteName): RouteName {
  if (route === 'guide' || route === 'card' || route === 'print') return 'guides';
  return route;
}

/** App name, language switch and main navigation. */
export function Header(props: { route: RouteName; lang: Lang }) {
  const current = section(props.route);
  return (
    <header class="header">
      <div class="header-top">
        <a class="brand" href="#/">
          {t('app.name')}
        </a>
        <button type="button" class="exit" title={t('exit.hint')} aria-describedby="exit-hint" onClick={() => void quickExit()}>
          <Icon name="close" /> <span>{t('exit.label')}</span>
        </button>
        {/* Hidden, yet still the button's description (aria-describedby reads hidden elements). */}
        <span id="exit-hint" hidden>
          {t('exit.hint')}
        </span>
        <div class="langs" role="group" aria-label={t('lang.label')}>
          {LANGS.map((l) => (
            <button
              type="button"
              key={l}
              lang={l}
              class="lang"
              aria-pressed={props.lang === l}
              onClick={() => void setLanguage(l)}
            >
              {LANG_NAMES[l]}
            </button>
          ))}
        </div>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul class="nav">
          {NAV.map((item) => (
            <li key={item.name}>
              <a href={item.href} aria-current={current === item.name ? 'page' : undefined}>
                <Icon name={item.icon} />
                <span>{t(`nav.${item.name}` as 'nav.home')}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
