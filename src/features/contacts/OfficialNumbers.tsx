import { t } from '../../lib/i18n';
import { OFFICIAL_NUMBERS } from '../../lib/numbers';
import { CallLink } from './CallLink';

/** One-tap calls to the official numbers, each with what it is for. */
export function OfficialNumbers() {
  return (
    <section aria-labelledby="official-h">
      <h2 id="official-h">{t('contacts.officialTitle')}</h2>
      <p class="hint">{t('contacts.officialHint')}</p>
      <ul class="calls">
        {OFFICIAL_NUMBERS.map((n) => (
          <li key={n}>
            <CallLink number={n} label={t(`numbers.${n}`)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
