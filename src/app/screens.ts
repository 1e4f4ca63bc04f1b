/**
 * Which component draws each route. Home is in the main bundle (it is the first screen, and the one a
 * person in trouble opens); every other screen is its own chunk, loaded when first visited and precached
 * by the service worker so it still opens offline.
 */
import type { ComponentType } from 'preact';
import { currentLang, ensureScreenStrings } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import type { Route, RouteName } from './router';

export type ScreenProps = { route: Route };
/** A screen may export `prepare`: what it needs before it can render (a guide's text), loaded first. */
type Module = { default: ComponentType<ScreenProps>; prepare?: (lang: Lang) => Promise<unknown> };
export type Loader = () => Promise<Module>;

/** A screen's code and the strings of screens beyond home, fetched together, then what it prepares. */
const withStrings =
  (load: () => Promise<Module>): Loader =>
  async () => {
    const [m] = await Promise.all([load(), ensureScreenStrings()]);
    await m.prepare?.(currentLang());
    return m;
  };

export const LAZY_SCREENS: Partial<Record<RouteName, Loader>> = {
  guides: withStrings(() => import('../features/guides/GuideList')),
  guide: withStrings(() => import('../features/guides/GuidePage')),
  card: withStrings(() => import('../features/guides/OfficerCard')),
  print: withStrings(() => import('../features/guides/PrintCard')),
  contacts: withStrings(() => import('../features/contacts/Contacts')),
  sms: withStrings(() => import('../features/sms/Composer')),
  records: withStrings(() => import('../features/records/Records')),
  record: withStrings(() => import('../features/records/RecordPage')),
  letter: withStrings(() => import('../features/records/LetterPage')),
  share: withStrings(() => import('../features/share/Share')),
  settings: withStrings(() => import('../features/settings/Settings')),
  about: withStrings(() => import('../features/about/About')),
  notFound: () => import('./NotFound'),
};

/** The loader of a route's screen (for any route but home, whose screen is in the main bundle). */
export function screenLoader(route: Route): Loader {
  return LAZY_SCREENS[route.name] ?? LAZY_SCREENS.notFound!;
}
