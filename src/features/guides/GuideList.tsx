import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import { buildIndex, search, type SearchHit } from '../../lib/search';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import { useGuides } from './useGuides';
import { GUIDE_ICONS } from './icons';
import type { Guide } from './types';

/** How long typing must pause before the result count is announced (not on every keystroke). */
const ANNOUNCE_DELAY_MS = 700;

/** All rights guides, with offline search across them in the current language. */
export default function GuideList() {
  const lang = currentLang();
  const state = useGuides(lang);
  const [query, setQuery] = useState('');
  return (
    <Screen title={t('guides.title')}>
      <p>{t('guides.intro')}</p>
      {state.status === 'ready' && (
        <>
          <SearchBox guides={state.value} query={query} onQuery={setQuery} />
          {query.trim() === '' && <List guides={state.value} />}
          <p>
            <a class="button" href="#/print">
              {t('print.open')}
            </a>
          </p>
        </>
      )}
      {state.status === 'loading' && <p class="loading">{t('common.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('notice.loadFailed')}</p>}
    </Screen>
  );
}

function List(props: { guides: Guide[] }) {
  return (
    <ul class="guide-list">
      {props.guides.map((g) => (
        <li key={g.id}>
          <a href={`#/guides/${g.id}`}>
            <Icon name={GUIDE_ICONS[g.id] ?? 'book'} />
            <span>{g.title}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SearchBox(props: { guides: Guide[]; query: string; onQuery: (q: string) => void }) {
  const lang = currentLang();
  // Built once per language, on the first search: start-up does not pay for it.
  const index = useMemo(() => (props.query ? buildIndex(props.guides) : null), [props.guides, props.query !== '']);
  const hits: SearchHit[] = useMemo(
    () => (index && props.query.trim() ? search(index, props.query, lang) : []),
    [index, props.query, lang],
  );
  const [announced, setAnnounced] = useState('');
  const timer = useRef<number>();
  useEffect(() => {
    clearTimeout(timer.current);
    const text = props.query.trim() ? t('guides.results', { count: hits.length }) : '';
    timer.current = window.setTimeout(() => setAnnounced(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [hits, props.query]);

  return (
    <div class="search" role="search">
      <label for="guide-search">{t('guides.searchLabel')}</label>
      <div class="search-row">
        <Icon name="search" />
        <input
          id="guide-search"
          type="search"
          value={props.query}
          autoComplete="off"
          onInput={(e) => props.onQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="sr-only" aria-live="polite">
        {announced}
      </p>
      {props.query.trim() !== '' && (
        <>
          <p class="hint">{t('guides.results', { count: hits.length })}</p>
          {hits.length === 0 ? (
            <p>{t('guides.noResults')}</p>
          ) : (
            <ol class="hits">
              {hits.map((h) => (
                <li key={`${h.guideId}-${h.sectionId}`}>
                  <a href={`#/guides/${h.guideId}?s=${h.sectionId}`}>
                    {h.guideTitle} · {h.sectionTitle}
                  </a>
                  <p>
                    {h.snippet.before}
                    <mark>{h.snippet.match}</mark>
                    {h.snippet.after}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
