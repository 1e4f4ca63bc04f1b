import { useEffect } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import { hashParams, type Route } from '../../app/router';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import NotFound from '../../app/NotFound';
import { Blocks } from './Rich';
import { ReadAloud } from './ReadAloud';
import { useGuide } from './useGuides';
import type { Guide, Section } from './types';

/** One rights guide: "In 30 seconds" first, then steps, what to say, rights, afterwards, sources. */
export default function GuidePage(props: { route: Route }) {
  const id = props.route.name === 'guide' ? props.route.id : '';
  const state = useGuide(currentLang(), id);
  if (state.status === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (state.status === 'error') return <p role="alert">{t('notice.loadFailed')}</p>;
  if (!state.value) return <NotFound />;
  return <GuideView guide={state.value} />;
}

/** Guides about what police do: they end with the way to write it down for a complaint. */
const RECORD_GUIDES = ['phone-check', 'detained', 'court'];

/** A loaded guide's screen (also rendered at build time around its first view: src/entry-prerender.tsx). */
export function GuideView({ guide }: { guide: Guide }) {
  const hasCard = guide.sections.some((s) => s.id === 'card');
  // A search result links to a section (`?s=rights`): bring it into view.
  useEffect(() => {
    const target = hashParams(location.hash).get('s');
    if (!target) return;
    const heading = document.getElementById(`s-${target}`);
    heading?.scrollIntoView();
    heading?.focus();
  }, [guide.id]);
  return (
    <Screen title={guide.title} class="guide">
      <p class="meta">
        {t('guides.reviewed', { date: guide.reviewedText })}
        <br />
        {t('guides.notAdvice')}
      </p>
      <div class="actions">
        {hasCard && (
          <a class="button primary" href={`#/guides/${guide.id}/card`}>
            <Icon name="shield" /> <span>{t('card.open')}</span>
          </a>
        )}
        <ReadAloud guide={guide} />
      </div>
      {guide.sections
        .filter((s) => s.id !== 'card')
        .map((s) => (
          <SectionView key={s.id} section={s} />
        ))}
      {RECORD_GUIDES.includes(guide.id) && (
        <p>
          <a class="button" href="#/records">
            <Icon name="pen" /> <span>{t('records.fromGuide')}</span>
          </a>
        </p>
      )}
    </Screen>
  );
}

function SectionView({ section }: { section: Section }) {
  const id = `s-${section.id}`;
  return (
    <section class={`section section-${section.id}`} aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {section.title}
      </h2>
      <Blocks blocks={section.blocks} />
    </section>
  );
}
