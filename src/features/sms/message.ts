/**
 * Turns a saved SMS set-up into what is sent: the text in the current language (Latin letters if chosen)
 * and the list of numbers. Shared by the composer and the home screen's alert button.
 */
import { t } from '../../lib/i18n';
import { composeMessage, formatTime, type Draft, type FieldId } from '../../lib/compose';
import { transliterate } from '../../lib/translit';
import { buildSmsLinks, detectPlatform, type SmsLinks } from '../../lib/sms-link';
import type { Contact } from '../../lib/contact';
import type { SmsSetup } from './smsStore';

/** The message as composed, before any transliteration. */
export function plainMessage(draft: Draft): string {
  return composeMessage(draft, {
    sentence: t(`sms.sentences.${draft.template}`),
    field: (id: FieldId) => t(`sms.fields.${id}`),
  });
}

/** The message exactly as it will be sent. */
export function finalMessage(setup: SmsSetup): string {
  const text = plainMessage(setup);
  return setup.translit ? transliterate(text) : text;
}

export interface Recipient {
  /** What to call this recipient in a button: the contact's name, or the number. */
  label: string;
  phone: string;
}

/** Chosen contacts (in list order, skipping deleted ones), then typed numbers, without duplicates. */
export function recipientsOf(setup: SmsSetup, contacts: Contact[]): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  for (const c of contacts) {
    if (setup.contacts.includes(c.id) && !seen.has(c.phone)) {
      seen.add(c.phone);
      out.push({ label: c.name, phone: c.phone });
    }
  }
  for (const n of setup.numbers) {
    if (!seen.has(n)) {
      seen.add(n);
      out.push({ label: n, phone: n });
    }
  }
  return out;
}

/** sms: links for this phone's platform. */
export function linksFor(recipients: Recipient[], body: string): SmsLinks {
  return buildSmsLinks(
    recipients.map((r) => r.phone),
    body,
    detectPlatform(navigator.userAgent, navigator.maxTouchPoints ?? 0),
  );
}

/** An alert is sent "now": its time field is filled in at the moment of sending. */
export function withCurrentTime(setup: SmsSetup, now = new Date()): SmsSetup {
  return { ...setup, fields: { ...setup.fields, time: formatTime(now) } };
}
