/**
 * Which component draws each route. Home is in the main bundle (it is the first screen, and the one a
 * person in trouble opens); every other screen is its own chunk, loaded when first visited and precached
 * by the service worker so it still opens offline.
 */
import type { ComponentType } from 'preact';
import { ensureScreenStrings } from '../lib/i18n';
import type { Route, RouteName } from './router';

export type ScreenProps = { route: Route };
type Module = { default: ComponentType<ScreenProps> };
type Loader = () => Promise<Module>;

/** A screen's code and the strings of screens beyond home, fetched together. */
const withStrings =
  (load: () => Promise<Module>): Loader =>
  async () =>
    (await Promise.all([load(), ensureScreenStrings()]))[0];

export const LAZY_SCREENS: Partial<Record<RouteName, Loader>> = {
  guides: withStrings(() => import('../features/guides/GuideList')),
  guide: withStrings(() => import('../features/guides/GuidePage')),
  card: withStrings(() => import('../features/guides/OfficerCard')),
  print: withStrings(() => import('../features/guides/PrintCard')),
  contacts: withStrings(() => import('../features/contacts/Contacts')),
  sms: withStrings(() => import('../features/sms/Composer')),
  share: withStrings(() => import('../features/share/Share')),
  settings: withStrings(() => import('../features/settings/Settings')),
  about: withStrings(() => import('../features/about/About')),
  notFound: () => import('./NotFound'),
};
