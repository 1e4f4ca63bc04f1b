import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ROLES, validateContact, type Contact, type ContactFieldError, type ContactInput } from '../../lib/contact';

type Field = ContactFieldError['field'];

/**
 * Add or edit a trusted contact. Invalid input gets a translated message next to the field and a summary
 * that takes focus; nothing typed is lost.
 */
export function ContactForm(props: {
  initial?: Contact;
  onSave: (value: Omit<Contact, 'id' | 'order'>) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [input, setInput] = useState<ContactInput>({
    name: props.initial?.name ?? '',
    phone: props.initial?.phone ?? '',
    role: props.initial?.role ?? 'family',
    note: props.initial?.note ?? '',
  });
  const [errors, setErrors] = useState<ContactFieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  // The form replaces the button that opened it: move focus into it so keyboard and screen-reader users
  // are not left on nothing. A layout effect, before paint, so the first key typed is not lost.
  useLayoutEffect(() => firstField.current?.focus(), []);
  const errorOf = (field: Field) => errors.find((e) => e.field === field);
  const set = (field: keyof ContactInput) => (e: Event) =>
    setInput({ ...input, [field]: (e.target as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = validateContact(input);
    if (!result.ok) {
      setErrors(result.errors);
      // Let the summary render, then move focus to it so the problem is announced.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    setBusy(true);
    await props.onSave(result.value);
    setBusy(false);
  };

  const fieldError = (field: Field) => {
    const err = errorOf(field);
    return err ? (
      <p id={`${field}-error`} class="field-error">
        {t(`contacts.errors.${field}-${err.reason}` as 'contacts.errors.name-empty')}
      </p>
    ) : null;
  };
  const described = (field: Field, hint?: string) =>
    [errorOf(field) ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    // autocomplete off: the browser's or Android's autofill would keep a copy of a lawyer's number
    // outside Aman, where "Delete my data" cannot reach it.
    <form class="contact-form" onSubmit={submit} noValidate autoComplete="off">
      <h3>{props.initial ? t('contacts.editTitle') : t('contacts.addTitle')}</h3>
      {errors.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" class="error-summary">
          {t('contacts.errors.summary', { count: errors.length })}
        </div>
      )}
      <label for="c-name">{t('contacts.name')}</label>
      <input
        id="c-name"
        ref={firstField}
        type="text"
        autoComplete="off"
        value={input.name}
        onInput={set('name')}
        aria-invalid={!!errorOf('name')}
        aria-describedby={described('name')}
      />
      {fieldError('name')}
      <label for="c-phone">{t('contacts.phone')}</label>
      <p id="c-phone-hint" class="hint">
        {t('contacts.phoneHint')}
      </p>
      <input
        id="c-phone"
        type="tel"
        autoComplete="off"
        inputMode="tel"
        value={input.phone}
        onInput={set('phone')}
        aria-invalid={!!errorOf('phone')}
        aria-describedby={described('phone', 'c-phone-hint')}
      />
      {fieldError('phone')}
      <label for="c-role">{t('contacts.role')}</label>
      <select id="c-role" value={input.role} onChange={set('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`contacts.roles.${r}`)}
          </option>
        ))}
      </select>
      <label for="c-note">{t('contacts.note')}</label>
      <textarea
        id="c-note"
        rows={2}
        value={input.note}
        onInput={set('note')}
        aria-invalid={!!errorOf('note')}
        aria-describedby={described('note')}
      />
      {fieldError('note')}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('contacts.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
