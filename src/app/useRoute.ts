import { useEffect, useState } from 'preact/hooks';
import { parseHash, type Route } from './router';

/** The current hash route, updated on every `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseHash(location.hash));
      // A new screen starts at its top, like a new page would.
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
