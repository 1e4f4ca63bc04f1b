/**
 * Turns a saved SMS set-up into what is sent: the text in the message's own language (Latin letters if
 * chosen) and one link per recipient. Shared by the composer and the home screen's alert button.
 */
import { fixedT } from '../../lib/i18n';
import { composeMessage, formatTime, type Draft, type FieldId } from '../../lib/compose';
import { transliterate } from '../../lib/translit';
import { normalizePhone } from '../../lib/phone';
import { buildSmsLinks, detectPlatform, type SmsPlatform } from '../../lib/sms-link';
import type { Contact } from '../../lib/contact';
import type { SmsSetup } from './smsStore';

/**
 * The message as composed, before any transliteration. The message's language must be loaded
 * (`loadLanguage`) first.
 */
export function plainMessage(draft: Draft): string {
  const t = fixedT(draft.lang);
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

/** The same number written two ways (8 701…, +7 701…) is one recipient. */
function key(phone: string): string {
  const r = normalizePhone(phone);
  return r.ok ? r.e164 : phone;
}

/** Chosen contacts (in list order, skipping deleted ones), then typed numbers, without duplicates. */
export function recipientsOf(setup: SmsSetup, contacts: Contact[]): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  const add = (label: string, phone: string) => {
    const k = key(phone);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ label, phone });
  };
  for (const c of contacts) if (setup.contacts.includes(c.id)) add(c.name, c.phone);
  for (const n of setup.numbers) add(n, n);
  return out;
}

/** The platform of this phone, for the sms: link format. */
export function currentPlatform(): SmsPlatform {
  return detectPlatform(navigator.userAgent, navigator.maxTouchPoints ?? 0);
}

/**
 * sms: links for this phone, each paired with whom it goes to (so a button's name can never point at
 * another person's number): one link for everyone where that is safe, else one per recipient.
 */
export function linksFor(
  recipients: Recipient[],
  body: string,
  platform: SmsPlatform = currentPlatform(),
): { links: { href: string; to: Recipient | null }[]; perRecipient: boolean } {
  const all = buildSmsLinks(
    recipients.map((r) => r.phone),
    body,
    platform,
  );
  if (!all.perRecipient) return { links: [{ href: all.links[0]!, to: recipients.length === 1 ? recipients[0]! : null }], perRecipient: false };
  return {
    links: recipients.map((r) => ({ href: buildSmsLinks([r.phone], body, platform).links[0]!, to: r })),
    perRecipient: true,
  };
}

/** An alert is sent "now": its time field is filled in at the moment of sending. */
export function withCurrentTime(setup: SmsSetup, now = new Date()): SmsSetup {
  return { ...setup, fields: { ...setup.fields, time: formatTime(now) } };
}
