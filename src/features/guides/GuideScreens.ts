/**
 * The guide screens, imported lazily through this module alone (app/screens.ts), so that they and what
 * only they use (Rich, search, read-aloud) are one chunk: opening a guide costs one request for its code,
 * not one per module (offline, each is a round trip through the service worker: issue #8).
 */
export { default as GuideList } from './GuideList';
export { default as GuidePage } from './GuidePage';
export { default as OfficerCard } from './OfficerCard';
export { default as PrintCard } from './PrintCard';
