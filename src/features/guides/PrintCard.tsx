import { currentLang, t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';
import { Blocks } from './Rich';
import { useGuides } from './useGuides';
import { isAndroidWebView } from '../../lib/platform';

/** Guides whose officer-card points go on the printed card. */
const PRINTED = ['phone-check', 'detained'];

/**
 * A one-page rights card to print and keep in a wallet for when the phone is taken: the key rights, 112
 * and 102, and blank lines for the person's own lawyer and family. The print stylesheet drops everything
 * else on the page.
 */
export default function PrintCard() {
  const state = useGuides(currentLang());
  return (
    <Screen title={t('print.title')} class="print-card">
      <p class="no-print">{t('print.intro')}</p>
      {isAndroidWebView() ? (
        <p class="no-print note">{t('print.notInApp')}</p>
      ) : (
        <p class="no-print">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
        </p>
      )}
      <div class="printable">
        {state.status === 'ready' &&
          PRINTED.map((id) => {
            const guide = state.value.find((g) => g.id === id);
            const card = guide?.sections.find((s) => s.id === 'card');
            if (!guide || !card) return null;
            return (
              <section key={id} aria-labelledby={`p-${id}`}>
                <h2 id={`p-${id}`}>{guide.title}</h2>
                <Blocks blocks={card.blocks} />
              </section>
            );
          })}
        <section aria-labelledby="p-numbers">
          <h2 id="p-numbers">{t('print.numbers')}</h2>
          <p class="print-numbers">
            <strong>112</strong> — {t('home.n112')}. <strong>102</strong> — {t('home.n102')}.
          </p>
          <dl class="blanks">
            <dt>{t('print.lawyer')}</dt>
            <dd aria-hidden="true" />
            <dt>{t('print.family')}</dt>
            <dd aria-hidden="true" />
            <dt>{t('print.family')}</dt>
            <dd aria-hidden="true" />
          </dl>
        </section>
      </div>
    </Screen>
  );
}
