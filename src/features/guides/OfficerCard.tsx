import { useEffect, useState } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import type { Route } from '../../app/router';
import { Screen } from '../../app/Screen';
import NotFound from '../../app/NotFound';
import { loadGuide } from './data';
import { Blocks } from './Rich';
import type { Guide, Lang } from './types';

/** The card is shown to an officer in the state language and in Russian, whatever the interface language. */
const CARD_LANGS: Lang[] = ['kk', 'ru'];

type Cards = Partial<Record<Lang, Guide>>;

/**
 * "Show to the officer": the key rights and articles in large type, Kazakh and Russian together (each
 * marked with its own lang so a screen reader switches voice). An English reader also sees what it says.
 */
export default function OfficerCard(props: { route: Route }) {
  const id = props.route.name === 'card' ? props.route.id : '';
  const lang = currentLang();
  const langs = lang === 'en' ? [...CARD_LANGS, 'en' as const] : CARD_LANGS;
  const [cards, setCards] = useState<Cards | 'error' | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all(langs.map((l) => loadGuide(l, id).then((g) => [l, g] as const))).then(
      (pairs) => live && setCards(Object.fromEntries(pairs.filter(([, g]) => g)) as Cards),
      () => live && setCards('error'),
    );
    return () => {
      live = false;
    };
  }, [id, lang]);

  if (cards === null) return <p class="loading">{t('common.loading')}</p>;
  if (cards === 'error') return <p role="alert">{t('notice.loadFailed')}</p>;
  const withCard = CARD_LANGS.filter((l) => cards[l]?.sections.some((s) => s.id === 'card'));
  if (withCard.length === 0) return <NotFound />;

  return (
    <Screen title={t('card.title')} class="officer-card">
      <p class="card-hint">{t('card.hint')}</p>
      {withCard.map((l) => (
        <CardPart key={l} guide={cards[l]!} lang={l} />
      ))}
      {cards.en && (
        <details class="card-translation">
          <summary>{t('card.translation')}</summary>
          <CardPart guide={cards.en} lang="en" />
        </details>
      )}
      <p>
        <a class="button" href={`#/guides/${id}`}>
          {t('card.back')}
        </a>
      </p>
    </Screen>
  );
}

function CardPart({ guide, lang }: { guide: Guide; lang: Lang }) {
  const card = guide.sections.find((s) => s.id === 'card')!;
  return (
    <section class="card-part" lang={lang} aria-labelledby={`card-${lang}`}>
      <h2 id={`card-${lang}`}>{guide.title}</h2>
      <Blocks blocks={card.blocks} />
    </section>
  );
}
