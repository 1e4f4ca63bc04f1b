import { t } from '../../lib/i18n';
import { Icon } from '../../app/Icon';

/** Spells a number digit by digit for screen readers ("1 1 2", not "one hundred twelve"). */
export function spokenDigits(number: string): string {
  return number.replace(/\D/g, '').split('').join(' ');
}

/** A one-tap call link with a large target. */
export function CallLink(props: { number: string; label: string; big?: boolean }) {
  return (
    <a
      class={props.big ? 'call call-big' : 'call'}
      href={`tel:${props.number}`}
      aria-label={`${t('home.call', { number: spokenDigits(props.number) })}. ${props.label}`}
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
