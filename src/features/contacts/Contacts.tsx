import { useState } from 'preact/hooks';
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

  const save = async (value: Omit<Contact, 'id' | 'order'>) => {
    const id = editing && editing !== 'new' ? editing : undefined;
    const ok = await change(() => saveContact(value, id));
    if (ok) {
      setEditing(null);
      setStatus(t('contacts.saved'));
    }
    return ok;
  };

  return (
    <Screen title={t('contacts.title')}>
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
                  <ContactForm initial={c} onSave={save} onCancel={() => setEditing(null)} />
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
                    <div class="contact-actions" role="group" aria-label={t('contacts.confirmDelete', { name: c.name })}>
                      <span>{t('contacts.confirmDelete', { name: c.name })}</span>
                      <button
                        type="button"
                        class="danger"
                        onClick={async () => {
                          setConfirming(null);
                          if (await change(() => deleteContact(c.id))) setStatus(t('contacts.deleted'));
                        }}
                      >
                        {t('contacts.yes')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
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
                      <button type="button" aria-label={t('contacts.edit', { name: c.name })} onClick={() => setEditing(c.id)}>
                        {t('contacts.actions.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('contacts.up', { name: c.name })}
                        disabled={i === 0}
                        onClick={() => void change(() => moveContactBy(c.id, -1))}
                      >
                        {t('contacts.actions.up')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('contacts.down', { name: c.name })}
                        disabled={i === contacts.length - 1}
                        onClick={() => void change(() => moveContactBy(c.id, 1))}
                      >
                        {t('contacts.actions.down')}
                      </button>
                      <button type="button" aria-label={t('contacts.delete', { name: c.name })} onClick={() => setConfirming(c.id)}>
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
          <ContactForm onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          contacts && (
            <button type="button" class="primary" onClick={() => setEditing('new')}>
              {t('contacts.add')}
            </button>
          )
        )}
      </section>
      {contacts && <ContactTransfer contacts={contacts} change={change} />}
    </Screen>
  );
}
