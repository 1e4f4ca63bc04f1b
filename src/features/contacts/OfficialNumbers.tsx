import { t } from '../../lib/i18n';
import { CallLink } from './CallLink';

/** The only numbers Aman ships, all verified in shared/legal-facts.md. */
export const OFFICIAL_NUMBERS = ['112', '102', '103', '101', '104', '111', '1414'] as const;

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
