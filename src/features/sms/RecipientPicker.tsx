import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { normalizePhone } from '../../lib/phone';
import type { Contact } from '../../lib/contact';

/** Choose trusted contacts, or type any other number (validated and normalised before it is added). */
export function RecipientPicker(props: {
  contacts: Contact[];
  chosen: string[];
  numbers: string[];
  onChange: (chosen: string[], numbers: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((c) => c !== id), props.numbers);
  const addNumber = () => {
    const r = normalizePhone(typed);
    if (!r.ok) {
      setError(t(`contacts.errors.phone-${r.reason}`));
      return;
    }
    setError(null);
    setTyped('');
    if (!props.numbers.includes(r.e164)) props.onChange(props.chosen, [...props.numbers, r.e164]);
  };
  return (
    <fieldset class="choices">
      <legend>{t('sms.recipients')}</legend>
      {props.contacts.length === 0 && (
        <p>
          {t('sms.noContacts')} <a href="#/contacts">{t('sms.addContacts')}</a>
        </p>
      )}
      {props.contacts.map((c) => (
        <label key={c.id}>
          <input
            type="checkbox"
            checked={props.chosen.includes(c.id)}
            onChange={(e) => toggle(c.id, (e.target as HTMLInputElement).checked)}
          />
          <span>
            {c.name} <span class="hint">{c.phone}</span>
          </span>
        </label>
      ))}
      {props.numbers.length > 0 && (
        <ul class="chips">
          {props.numbers.map((n) => (
            <li key={n}>
              <span>{n}</span>
              <button
                type="button"
                aria-label={t('sms.removeNumber', { number: n })}
                onClick={() => props.onChange(props.chosen, props.numbers.filter((x) => x !== n))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for="sms-number" class="plain-label">
        {t('sms.otherNumber')}
      </label>
      <div class="inline-form">
        <input
          id="sms-number"
          type="tel"
          autoComplete="off"
          inputMode="tel"
          value={typed}
          aria-invalid={!!error}
          aria-describedby={error ? 'sms-number-error' : undefined}
          onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addNumber();
            }
          }}
        />
        <button type="button" onClick={addNumber}>
          {t('sms.addNumber')}
        </button>
      </div>
      {error && (
        <p id="sms-number-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
