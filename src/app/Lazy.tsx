import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentLang, t } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import { loadScreen, type LazyRoute, type LazyRouteName, type ScreenProps } from './screens';

const loaded = new Map<LazyRouteName, ComponentType<ScreenProps>>();

/**
 * Loads a screen with its strings and data before it is first rendered, so that render shows it at once
 * rather than "Loading…" (used for the first screen of a visit). A failure is left for `Lazy` to show.
 */
export async function preloadScreen(route: LazyRoute, lang: Lang): Promise<void> {
  try {
    loaded.set(route.name, await loadScreen(route, lang));
  } catch {
    // Lazy retries the load and shows the message.
  }
}

/**
 * Renders a lazily loaded screen. A chunk that fails to load (a broken copy, a cache evicted by the phone)
 * shows a translated message with a retry instead of a blank page.
 */
export function Lazy(props: { route: LazyRoute }) {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const Component = loaded.get(props.route.name);
  useEffect(() => {
    if (Component || failed) return;
    let live = true;
    loadScreen(props.route, currentLang()).then(
      (screen) => {
        loaded.set(props.route.name, screen);
        if (live) setTick((n) => n + 1);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [props.route, Component, failed]);
  if (Component) return <Component route={props.route} />;
  if (failed) {
    return (
      <div class="screen" role="alert">
        <p>{t('notice.loadFailed')}</p>
        {/* Browsers remember a failed import() of a URL for the page's lifetime: only a reload retries. */}
        <button type="button" onClick={() => location.reload()}>
          {t('notice.retry')}
        </button>
      </div>
    );
  }
  return <p class="loading">{t('common.loading')}</p>;
}
