import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { parseVCards, toVCard, VCARD_LIMITS, type VCardError } from '../../lib/vcard';
import { validateContact, type Contact } from '../../lib/contact';
import { normalizePhone } from '../../lib/phone';
import { isAndroidWebView } from '../../lib/platform';
import { importContacts } from './contactsStore';

type Outcome =
  | { kind: 'added'; added: number; skipped: number }
  | { kind: 'failed'; errors: VCardError[] }
  | { kind: 'pickFailed' };

/** The Contact Picker API (Chrome on Android): absent on most browsers, so always feature-checked. */
interface ContactsManager {
  select(props: string[], opts: { multiple: boolean }): Promise<{ name?: string[]; tel?: string[] }[]>;
}
function picker(): ContactsManager | null {
  const c = (navigator as Navigator & { contacts?: ContactsManager }).contacts;
  return c && typeof c.select === 'function' ? c : null;
}

/**
 * Import from a .vcf file (all or nothing: a file with any problem changes nothing and every problem is
 * listed by line), export all contacts as .vcf, and pick from the phone's contacts where supported.
 */
export function ContactTransfer(props: {
  contacts: Contact[];
  change: (op: () => Promise<Contact[]>) => Promise<boolean>;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const add = async (incoming: Omit<Contact, 'id' | 'order'>[]) => {
    let result = { added: 0, skipped: 0 };
    const ok = await props.change(async () => {
      const r = await importContacts(incoming);
      result = r;
      return r.list;
    });
    if (ok) setOutcome({ kind: 'added', ...result });
  };

  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > VCARD_LIMITS.maxBytes) {
      setOutcome({ kind: 'failed', errors: [{ line: 0, message: 'too-large' }] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'failed', errors: [{ line: 0, message: 'bad-encoding' }] });
      return;
    }
    const parsed = parseVCards(text);
    const errors: VCardError[] = [...parsed.errors];
    const valid: Omit<Contact, 'id' | 'order'>[] = [];
    for (const c of parsed.contacts) {
      const v = validateContact({ name: c.name, phone: c.phone, role: c.role ?? '', note: c.note ?? '' });
      if (v.ok) valid.push(v.value);
      else errors.push({ line: 0, message: 'bad-phone', detail: c.phone });
    }
    if (errors.length) setOutcome({ kind: 'failed', errors });
    else await add(valid);
  };

  const exportFile = () => {
    const text = toVCard(props.contacts.map((c) => ({ name: c.name, phone: c.phone, role: c.role, note: c.note })));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vcard' }));
    const a = document.createElement('a');
    a.href = url;
    // A neutral name: a file in Downloads called "aman-…" would tell anyone looking what the phone holds.
    a.download = 'contacts.vcf';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const pick = async () => {
    const manager = picker();
    if (!manager) return;
    let chosen: { name?: string[]; tel?: string[] }[];
    try {
      chosen = await manager.select(['name', 'tel'], { multiple: true });
    } catch {
      return; // cancelled
    }
    const valid: Omit<Contact, 'id' | 'order'>[] = [];
    for (const c of chosen) {
      const phone = c.tel?.find((n) => normalizePhone(n).ok);
      if (!phone) continue;
      const v = validateContact({ name: c.name?.[0] || phone, phone, role: 'other', note: '' });
      if (v.ok) valid.push(v.value);
    }
    if (valid.length) await add(valid);
    else if (chosen.length) setOutcome({ kind: 'pickFailed' });
  };

  return (
    <section aria-labelledby="transfer-h">
      <h2 id="transfer-h">{t('contacts.transfer')}</h2>
      <div class="transfer">
        <label class="button file-button">
          {t('contacts.importFile')}
          <input type="file" accept=".vcf,text/vcard,text/x-vcard" class="visually-hidden-file" onChange={importFile} />
        </label>
        {props.contacts.length > 0 &&
          (isAndroidWebView() ? (
            <p class="hint">{t('contacts.exportNotInApp')}</p>
          ) : (
            <button type="button" onClick={exportFile}>
              {t('contacts.export')}
            </button>
          ))}
        {picker() && (
          <button type="button" onClick={() => void pick()}>
            {t('contacts.pick')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'added' && (
          <p>
            {t('contacts.imported', { count: outcome.added })}{' '}
            {outcome.skipped > 0 && t('contacts.skipped', { count: outcome.skipped })}
          </p>
        )}
        {outcome?.kind === 'pickFailed' && <p>{t('contacts.pickFailed')}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <div role="alert" class="error-summary">
          <p>{t('contacts.importFailed')}</p>
          <ul>
            {outcome.errors.map((e, i) => {
              // The offending text, shortened: a hostile file must not flood the screen.
              const text = t(`contacts.vcard.${e.message}`);
              const message = e.detail ? `${text.replace(/\.$/, '')}: ${e.detail.slice(0, 60)}` : text;
              return (
                <li key={i}>{e.line > 0 ? t('contacts.line', { line: e.line, message }) : t('contacts.wholeFile', { message })}</li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
