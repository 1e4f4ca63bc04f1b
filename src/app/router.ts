/**
 * Hash routes (`#/guides/detained`): deep links work offline on any host, from a local file and inside an
 * Android WebView, because the part after `#` never reaches a server.
 */

export type Route =
  | { name: 'home' }
  | { name: 'guides' }
  | { name: 'guide'; id: string }
  | { name: 'card'; id: string }
  | { name: 'print' }
  | { name: 'contacts' }
  | { name: 'sms' }
  | { name: 'records' }
  | { name: 'record'; id: string }
  | { name: 'letter'; id: string }
  | { name: 'share' }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

/** Patterns in match order; `:id` captures one path segment of letters, digits and dashes. */
const PATTERNS: [string, RouteName][] = [
  ['/', 'home'],
  ['/guides', 'guides'],
  ['/guides/:id', 'guide'],
  ['/guides/:id/card', 'card'],
  ['/print', 'print'],
  ['/contacts', 'contacts'],
  ['/sms', 'sms'],
  ['/records', 'records'],
  ['/records/:id', 'record'],
  ['/records/:id/letter', 'letter'],
  ['/share', 'share'],
  ['/settings', 'settings'],
  ['/about', 'about'],
];

/** Splits "/a/b/" into ["a", "b"]; empty segments are dropped so trailing slashes do not matter. */
function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Matches a path against one pattern, returning the captured id (or '' for none) or null. */
export function matchPattern(pattern: string, path: string): { id?: string } | null {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return null;
  const params: { id?: string } = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!/^[a-z0-9-]{1,64}$/.test(g)) return null;
      params.id = g;
    } else if (w !== g) return null;
  }
  return params;
}

/** The query part of a hash (`#/guides/x?s=rights` → s=rights), for state that belongs in a link. */
export function hashParams(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

/** Parses `location.hash` into a route. Anything unknown becomes `notFound` with the path it had. */
export function parseHash(hash: string): Route {
  let path = hash.replace(/^#/, '');
  const q = path.indexOf('?');
  if (q >= 0) path = path.slice(0, q);
  if (path === '') path = '/';
  if (!path.startsWith('/')) return { name: 'notFound', path };
  for (const [pattern, name] of PATTERNS) {
    const m = matchPattern(pattern, path);
    if (!m) continue;
    if (name === 'guide' || name === 'card' || name === 'record' || name === 'letter') return { name, id: m.id! };
    return { name } as Route;
  }
  return { name: 'notFound', path };
}

/** The `href` for a route: always a fragment, so links never leave the page. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'guide':
      return `#/guides/${route.id}`;
    case 'card':
      return `#/guides/${route.id}/card`;
    case 'record':
      return `#/records/${route.id}`;
    case 'letter':
      return `#/records/${route.id}/letter`;
    case 'notFound':
      return `#${route.path}`;
    default:
      return `#/${route.name}`;
  }
}
