/**
 * Which component draws each route. Home is in the main bundle (it is the first screen, and the one a
 * person in trouble opens); every other screen is its own chunk, loaded when first visited and precached
 * by the service worker so it still opens offline.
 */
import type { ComponentType } from 'preact';
import type { Route, RouteName } from './router';

export type ScreenProps = { route: Route };
type Loader = () => Promise<{ default: ComponentType<ScreenProps> }>;

export const LAZY_SCREENS: Partial<Record<RouteName, Loader>> = {
  guides: () => import('../features/guides/GuideList'),
  guide: () => import('../features/guides/GuidePage'),
  card: () => import('../features/guides/OfficerCard'),
  print: () => import('../features/guides/PrintCard'),
  settings: () => import('../features/settings/Settings'),
  about: () => import('../features/about/About'),
  notFound: () => import('./NotFound'),
};
