/**
 * Builds an SMS from a template sentence, filled-in fields and free text, in the message's language. Pure:
 * the labels come in as arguments, so it is tested without i18n.
 */
import { isLang, type Lang } from './langs';

export const TEMPLATES = ['detained', 'safe', 'lawyer', 'cut', 'medical'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export const FIELDS = ['place', 'time', 'station', 'officer', 'location'] as const;
export type FieldId = (typeof FIELDS)[number];

/** Which fields each template offers: a detention needs the station and the officer, "I am safe" does not. */
export const TEMPLATE_FIELDS: Record<TemplateId, FieldId[]> = {
  detained: ['place', 'time', 'station', 'officer'],
  safe: ['place', 'time'],
  lawyer: ['place', 'time', 'station', 'officer'],
  cut: ['time'],
  medical: ['place', 'time'],
};

export interface Draft {
  /** The language the SMS is written in: not always the interface's (an English reader texting family). */
  lang: Lang;
  template: TemplateId;
  fields: Partial<Record<FieldId, string>>;
  text: string;
}

/**
 * The message: the template's sentence, then "Label: value." for each non-empty field the template uses,
 * then the free text. Empty parts leave no trace (no dangling labels).
 */
export function composeMessage(
  draft: Draft,
  labels: { sentence: string; field: (id: FieldId) => string },
): string {
  const parts = [labels.sentence.trim()];
  const fields: FieldId[] = [...TEMPLATE_FIELDS[draft.template], 'location'];
  for (const id of fields) {
    const value = draft.fields[id]?.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    parts.push(`${labels.field(id)}: ${value.replace(/[.]+$/, '')}.`);
  }
  const text = draft.text.trim();
  if (text) parts.push(text);
  return parts.filter(Boolean).join(' ');
}

/** "14:05, 22.11" — short, unambiguous in all three languages, and GSM-7. */
export function formatTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getHours())}:${p(date.getMinutes())}, ${p(date.getDate())}.${p(date.getMonth() + 1)}`;
}

/**
 * GPS position as short coordinates with accuracy: "43.23806, 76.94563 (~15 m)". Five decimals is about
 * a metre: more would only cost characters. "~", not "±": ± is outside GSM-7 and would shrink every SMS
 * of an English or Latin message from 160 characters to 70.
 */
export function formatLocation(lat: number, lon: number, accuracy: number, metres: string): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)} (~${Math.round(accuracy)} ${metres})`;
}

/** Reads a stored draft defensively; anything unknown falls back to an empty "detained" draft. */
export function decodeDraft(raw: unknown, fallbackLang: Lang = 'kk'): Draft {
  const empty: Draft = { lang: fallbackLang, template: 'detained', fields: {}, text: '' };
  if (typeof raw !== 'object' || raw === null) return empty;
  const r = raw as Record<string, unknown>;
  const template = (TEMPLATES as readonly unknown[]).includes(r.template) ? (r.template as TemplateId) : 'detained';
  const fields: Draft['fields'] = {};
  if (typeof r.fields === 'object' && r.fields !== null) {
    for (const id of FIELDS) {
      const v = (r.fields as Record<string, unknown>)[id];
      if (typeof v === 'string') fields[id] = v;
    }
  }
  const lang = isLang(r.lang) ? r.lang : fallbackLang;
  return { lang, template, fields, text: typeof r.text === 'string' ? r.text : '' };
}
