/**
 * Which component draws each route, and what it needs before its first render. Home and not-found are in
 * the main bundle (home is the first screen, and the one a person in trouble opens; not-found is tiny);
 * every other screen is in a lazily loaded chunk (the guide screens share one), precached by the service
 * worker so it still opens offline.
 */
import type { ComponentType } from 'preact';
import { loadGuide, loadGuides } from '../features/guides/data';
import { ensureScreenStrings } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import type { Route, RouteName } from './router';

export type ScreenProps = { route: Route };
type Screen = ComponentType<ScreenProps>;

/** Routes whose screen loads lazily: all but home and not-found, which are in the main bundle. */
export type LazyRoute = Exclude<Route, { name: 'home' } | { name: 'notFound' }>;

interface ScreenParts {
  code: () => Promise<Screen>;
  /** What it shows for a route, such as a guide's text; a failure is the screen's to show. */
  data?: (route: LazyRoute, lang: Lang) => Promise<unknown>;
  /** Drawn with the first screen's stylesheet alone (app/styles.css): screens.css is not waited for. */
  firstStylesheet?: true;
}

const guides = () => import('../features/guides/GuideScreens');

/**
 * The styles of every screen but home and the guide pages (app/screens.css), loaded with the first of
 * them as their strings are; a module with no exports, so nothing but the stylesheet is waited for.
 */
export const loadScreenStyles = () => import('./screens.css');

const SCREENS: Record<LazyRoute['name'], ScreenParts> = {
  guides: { code: () => guides().then((m) => m.GuideList), data: (_, lang) => loadGuides(lang) },
  guide: {
    code: () => guides().then((m) => m.GuidePage),
    data: (route, lang) => loadGuide(lang, route.name === 'guide' ? route.id : ''),
    firstStylesheet: true,
  },
  card: { code: () => guides().then((m) => m.OfficerCard) },
  print: { code: () => guides().then((m) => m.PrintCard), data: (_, lang) => loadGuides(lang) },
  contacts: { code: () => import('../features/contacts/Contacts').then((m) => m.default) },
  sms: { code: () => import('../features/sms/Composer').then((m) => m.default) },
  records: { code: () => import('../features/records/Records').then((m) => m.default) },
  record: { code: () => import('../features/records/RecordPage').then((m) => m.default) },
  letter: { code: () => import('../features/records/LetterPage').then((m) => m.default) },
  share: { code: () => import('../features/share/Share').then((m) => m.default) },
  settings: { code: () => import('../features/settings/Settings').then((m) => m.default) },
  about: { code: () => import('../features/about/About').then((m) => m.default) },
};

/** Whether a route's screen loads lazily (see `loadScreen`). */
export function isLazy(route: Route): route is LazyRoute {
  return route.name !== 'home' && route.name !== 'notFound';
}

/** A lazy route's name, for caching its screen. */
export type LazyRouteName = Exclude<RouteName, 'home' | 'notFound'>;

/**
 * Loads a lazy route's screen with everything it shows: its code, the strings and styles of screens beyond
 * home and its data, all requested at once. A chain (code, then the data the code asks for) costs a round trip
 * through the service worker per link, which a deep link's first paint waits for. Rejects when the code
 * or the strings cannot load.
 */
export async function loadScreen(route: LazyRoute, lang: Lang): Promise<Screen> {
  const parts = SCREENS[route.name];
  const [screen] = await Promise.all([
    parts.code(),
    ensureScreenStrings(lang),
    parts.firstStylesheet ? undefined : loadScreenStyles(),
    parts.data?.(route, lang).catch(() => {}),
  ]);
  return screen;
}
