import { t } from '../../lib/i18n';
import { Icon } from '../../app/Icon';
import { spokenDigits } from '../../lib/numbers';

/**
 * A one-tap call link with a large target. Its name holds the number as shown (so voice control finds
 * "112") and, in brackets, digit by digit (so a screen reader does not say "one hundred twelve").
 */
export function CallLink(props: { number: string; label: string; big?: boolean }) {
  return (
    <a
      class={props.big ? 'call call-big' : 'call'}
      href={`tel:${props.number}`}
      aria-label={`${t('home.call', { number: props.number })} (${spokenDigits(props.number)}). ${props.label}`}
    >
      <Icon name="phone" />
      <span class="call-number" aria-hidden="true">
        {props.number}
      </span>
      <span class="call-label" aria-hidden="true">
        {props.label}
      </span>
    </a>
  );
}
