/**
 * An incident record: what happened, written down at once so a complaint can name the time, the place and
 * the officers. Pure data and functions; the sealed storage is recordsStore.ts, the form is RecordPage.tsx.
 */

export const INCIDENT_KINDS = ['phone-check', 'search', 'detention', 'hearing', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A yes/no question the person may not know the answer to, or not want to answer yet. */
export type Answer = 'yes' | 'no' | 'unknown';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/** The languages a complaint can be written in: Kazakh, and Russian, which state bodies use officially. */
export type LetterLang = 'kk' | 'ru';
/** Who the complaint goes to. */
export type Addressee = 'prosecutor' | 'ombudsman';

export interface Letter {
  to: Addressee;
  lang: LetterLang;
  /** The letter's text; drafted anew only when the person asks, or while they have not edited it. */
  text: string;
  /** Whether the person changed the drafted text (then it is never replaced without asking). */
  edited: boolean;
}

export interface Incident {
  id: string;
  kind: IncidentKind;
  /** Start, as a `datetime-local` value (local time, no zone): "2026-01-06T14:30". */
  when: string;
  /** End (release, end of the check), same format; '' when unknown or not over. */
  until: string;
  place: string;
  /** Names, ranks, badge numbers, units: free text, one per line. */
  officers: string;
  vehicles: string;
  /** Witnesses and how to reach them. */
  witnesses: string;
  /** What was taken, copied or looked at. */
  taken: string;
  /** Phone check: did the person agree to the phone being looked through? */
  consent: Answer;
  /** Phone check or search: was a decision or a judge's sanction shown? */
  decisionShown: Answer;
  /** The search was in the person's home. */
  atHome: Answer;
  /** Detention: were the reason and the rights explained? */
  rightsExplained: Answer;
  /** Detention or hearing: was a lawyer allowed? */
  lawyerAllowed: Answer;
  /** Detention: could the person tell their family? */
  familyTold: Answer;
  /** Detention: was a protocol drawn up and a copy given? */
  protocolGiven: Answer;
  /** Hearing: were relatives and the public let in? */
  publicAllowed: Answer;
  /** What officers said: demands, threats, reasons given. */
  said: string;
  notes: string;
  created: number;
  updated: number;
  letter: Letter | null;
}

/** The free-text fields, in the order of the form. */
export const TEXT_FIELDS = ['place', 'officers', 'vehicles', 'witnesses', 'taken', 'said', 'notes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The yes / no / don't-know questions. */
export const ANSWER_FIELDS = [
  'consent',
  'decisionShown',
  'atHome',
  'rightsExplained',
  'lawyerAllowed',
  'familyTold',
  'protocolGiven',
  'publicAllowed',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Which questions the form asks for each kind (and so which answers a letter may use). */
export const QUESTIONS: Record<IncidentKind, readonly AnswerField[]> = {
  'phone-check': ['consent', 'decisionShown'],
  search: ['decisionShown', 'atHome'],
  detention: ['rightsExplained', 'lawyerAllowed', 'familyTold', 'protocolGiven'],
  hearing: ['publicAllowed', 'lawyerAllowed'],
  other: [],
};

/** The longest a text field may be: enough for a page of notes, small enough to seal quickly. */
export const MAX_FIELD = 4000;

/** `datetime-local` value for a moment, in the phone's local time. */
export function localDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A new, empty record of `kind`, starting now. */
export function newIncident(kind: IncidentKind, now: Date, id: string): Incident {
  return {
    id,
    kind,
    when: localDateTime(now),
    until: '',
    place: '',
    officers: '',
    vehicles: '',
    witnesses: '',
    taken: '',
    consent: 'unknown',
    decisionShown: 'unknown',
    atHome: 'unknown',
    rightsExplained: 'unknown',
    lawyerAllowed: 'unknown',
    familyTold: 'unknown',
    protocolGiven: 'unknown',
    publicAllowed: 'unknown',
    said: '',
    notes: '',
    created: now.getTime(),
    updated: now.getTime(),
    letter: null,
  };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/;

/** "2026-01-06T14:30" → ["06.01.2026", "14:30"] (the form letters and exports use), or null. */
export function splitDateTime(value: string): [date: string, time: string] | null {
  const m = DATE_TIME.exec(value);
  return m ? [`${m[3]}.${m[2]}.${m[1]}`, m[4]!] : null;
}

/**
 * Reads a record that was decrypted from storage: whatever an older (or newer) build wrote, the result is
 * a complete Incident. Unknown kinds become "other" and nothing the person wrote is dropped.
 */
export function readIncident(raw: unknown, id: string): Incident {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_FIELD) : '');
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const base = newIncident('other', new Date(num(r.created)), id);
  const kind = INCIDENT_KINDS.includes(r.kind as IncidentKind) ? (r.kind as IncidentKind) : 'other';
  const out: Incident = { ...base, kind, updated: num(r.updated) || base.created };
  out.when = typeof r.when === 'string' && DATE_TIME.test(r.when) ? r.when : '';
  out.until = typeof r.until === 'string' && DATE_TIME.test(r.until) ? r.until : '';
  for (const f of TEXT_FIELDS) out[f] = str(r[f]);
  for (const f of ANSWER_FIELDS) out[f] = ANSWERS.includes(r[f] as Answer) ? (r[f] as Answer) : 'unknown';
  const l = r.letter as Partial<Letter> | null | undefined;
  out.letter =
    l && (l.to === 'prosecutor' || l.to === 'ombudsman') && (l.lang === 'kk' || l.lang === 'ru') && typeof l.text === 'string'
      ? { to: l.to, lang: l.lang, text: l.text, edited: l.edited !== false }
      : null;
  // A kind the form no longer knows keeps its text: carry the old name into the notes.
  if (kind === 'other' && typeof r.kind === 'string' && r.kind !== 'other' && r.kind) {
    out.notes = `[${str(r.kind)}] ${out.notes}`.trim();
  }
  return out;
}

/** Newest first: the one just written down is the one a person looks for. */
export function byNewest(a: Incident, b: Incident): number {
  return (b.when || '').localeCompare(a.when || '') || b.created - a.created;
}

/** Whole minutes between two `datetime-local` values, or null when either is missing or the order is wrong. */
export function minutesBetween(from: string, to: string): number | null {
  if (!DATE_TIME.test(from) || !DATE_TIME.test(to)) return null;
  const ms = Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}
