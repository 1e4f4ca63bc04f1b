import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { normalizePhone } from '../../lib/phone';
import type { Contact } from '../../lib/contact';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import { OfficialNumbers } from './OfficialNumbers';
import { ContactForm } from './ContactForm';
import { ContactTransfer } from './ContactTransfer';
import { useContacts } from './useContacts';
import { deleteContact, moveContactBy, saveContact } from './contactsStore';

/** A stored number as people read it (+7 701 123 45 67). */
function displayPhone(phone: string): string {
  const r = normalizePhone(phone);
  return r.ok ? r.display : phone;
}

/** Official numbers, then the person's own trusted contacts, kept only on this phone. */
export default function Contacts() {
  const { contacts, error, change } = useContacts();
  // null: no form; 'new': adding; an id: editing that contact.
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Where focus goes after the control that had it disappears (form closed, confirmation answered,
  // contact moved to an end of the list): a CSS selector inside this screen.
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusNext) return;
    const el = root.current?.querySelector<HTMLElement>(focusNext);
    (el && !(el as HTMLButtonElement).disabled ? el : root.current?.querySelector<HTMLElement>('[data-focus="add"]'))?.focus();
    // Clear only this request: a newer one (a quick next tap) may already be waiting.
    setFocusNext((current) => (current === focusNext ? null : current));
  }, [focusNext, contacts, editing, confirming]);
  const closeForm = (id: string | null) => {
    setEditing(null);
    setFocusNext(id ? `[data-focus="edit-${id}"]` : '[data-focus="add"]');
  };

  const save = async (value: Omit<Contact, 'id' | 'order'>) => {
    const id = editing && editing !== 'new' ? editing : undefined;
    const ok = await change(() => saveContact(value, id));
    if (ok) {
      closeForm(id ?? null);
      setStatus(t('contacts.saved'));
    }
    return ok;
  };

  return (
    <Screen title={t('contacts.title')}>
      <div ref={root}>
      <OfficialNumbers />
      <section aria-labelledby="trusted-h">
        <h2 id="trusted-h">{t('contacts.trustedTitle')}</h2>
        <p class="hint">{t('contacts.trustedHint')}</p>
        {error && (
          <p role="alert" class="error-summary">
            {t(error as 'storageError.unknown')}
          </p>
        )}
        <p class="sr-only" role="status">
          {status}
        </p>
        {contacts?.length === 0 && <p>{t('contacts.empty')}</p>}
        {contacts && contacts.length > 0 && (
          <ul class="contacts">
            {contacts.map((c, i) =>
              editing === c.id ? (
                <li key={c.id}>
                  <ContactForm initial={c} onSave={save} onCancel={() => closeForm(c.id)} />
                </li>
              ) : (
                <li key={c.id} class="contact">
                  <div class="contact-main">
                    <strong>{c.name}</strong> <span class="role">{t(`contacts.roles.${c.role}`)}</span>
                    <br />
                    <span class="phone">{displayPhone(c.phone)}</span>
                    {c.note && <p class="contact-note">{c.note}</p>}
                  </div>
                  {confirming === c.id ? (
                    <div class="contact-actions" role="group" aria-labelledby={`confirm-${c.id}`}>
                      <span id={`confirm-${c.id}`}>{t('contacts.confirmDelete', { name: c.name })}</span>
                      <button
                        type="button"
                        class="danger"
                        onClick={async () => {
                          setConfirming(null);
                          if (await change(() => deleteContact(c.id))) setStatus(t('contacts.deleted'));
                          setFocusNext('[data-focus="add"]');
                        }}
                      >
                        {t('contacts.yes')}
                      </button>
                      <button
                        type="button"
                        data-focus={`no-${c.id}`}
                        onClick={() => {
                          setConfirming(null);
                          setFocusNext(`[data-focus="delete-${c.id}"]`);
                        }}
                      >
                        {t('contacts.no')}
                      </button>
                    </div>
                  ) : (
                    <div class="contact-actions">
                      <a class="button" href={`tel:${c.phone}`} aria-label={t('contacts.call', { name: c.name })}>
                        <Icon name="phone" /> {t('contacts.actions.call')}
                      </a>
                      <a class="button" href={`#/sms?to=${encodeURIComponent(c.id)}`} aria-label={t('contacts.sms', { name: c.name })}>
                        <Icon name="message" /> {t('contacts.actions.sms')}
                      </a>
                      <button
                        type="button"
                        data-focus={`edit-${c.id}`}
                        aria-label={t('contacts.edit', { name: c.name })}
                        onClick={() => setEditing(c.id)}
                      >
                        {t('contacts.actions.edit')}
                      </button>
                      <button
                        type="button"
                        data-focus={`up-${c.id}`}
                        aria-label={t('contacts.up', { name: c.name })}
                        disabled={i === 0}
                        onClick={async () => {
                          await change(() => moveContactBy(c.id, -1));
                          // Follow the contact; at the top, "up" is disabled, so go to its "down".
                          setFocusNext(i - 1 === 0 ? `[data-focus="down-${c.id}"]` : `[data-focus="up-${c.id}"]`);
                        }}
                      >
                        {t('contacts.actions.up')}
                      </button>
                      <button
                        type="button"
                        data-focus={`down-${c.id}`}
                        aria-label={t('contacts.down', { name: c.name })}
                        disabled={i === contacts.length - 1}
                        onClick={async () => {
                          await change(() => moveContactBy(c.id, 1));
                          setFocusNext(i + 1 === contacts.length - 1 ? `[data-focus="up-${c.id}"]` : `[data-focus="down-${c.id}"]`);
                        }}
                      >
                        {t('contacts.actions.down')}
                      </button>
                      <button
                        type="button"
                        data-focus={`delete-${c.id}`}
                        aria-label={t('contacts.delete', { name: c.name })}
                        onClick={() => {
                          setConfirming(c.id);
                          // The safe answer takes focus: a slip of Enter must not delete.
                          setFocusNext(`[data-focus="no-${c.id}"]`);
                        }}
                      >
                        {t('contacts.actions.delete')}
                      </button>
                    </div>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
        {editing === 'new' ? (
          <ContactForm onSave={save} onCancel={() => closeForm(null)} />
        ) : (
          contacts && (
            <button type="button" class="primary" data-focus="add" onClick={() => setEditing('new')}>
              {t('contacts.add')}
            </button>
          )
        )}
      </section>
      {contacts && <ContactTransfer contacts={contacts} change={change} />}
      </div>
    </Screen>
  );
}
