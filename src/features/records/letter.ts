/**
 * Drafts a complaint from an incident record: to the prosecutor's office or to the Human Rights
 * Commissioner, in Kazakh or Russian. Pure: the same record gives the same letter.
 *
 * Which law applies is decided here, once, for both languages (RULES); the wording is in letters/kk.ts
 * and letters/ru.ts. Every rule lists the articles its sentence cites; the content check and the unit tests
 * hold them to the verified list (scripts/content/laws.ts, from shared/legal-facts.md) and to the text.
 * A rule fires only on what the person answered: an unanswered question cites nothing.
 */
import { QUESTIONS, minutesBetween, type Addressee, type Incident, type IncidentKind, type LetterLang } from './incident';
import { kk } from './letters/kk';
import { ru } from './letters/ru';

/** A citation as the guides write it: a source key of scripts/content/laws.ts and an article reference. */
export type Cite = readonly [law: string, ref: string];

/** Why each law sentence is in the letter. */
export type RuleId =
  | 'privacy'
  | 'privacyCode'
  | 'inspection'
  | 'searchSanction'
  | 'home'
  | 'personalSearch'
  | 'detentionCourt'
  | 'delivery'
  | 'detention48'
  | 'rights'
  | 'lawyer'
  | 'family'
  | 'protocol'
  | 'publicHearing'
  | 'legalAid'
  | 'ombudsman'
  | 'answer3'
  | 'answer7';

interface Rule {
  id: RuleId;
  cites: readonly Cite[];
  applies: (i: Incident, to: Addressee) => boolean;
}

const is = (...kinds: IncidentKind[]) => (i: Incident) => kinds.includes(i.kind);
const held = (i: Incident) => minutesBetween(i.when, i.until);

/**
 * Whether a complaint is one CPC art. 105 has answered in 3 days: unlawful detention, or a search without
 * a sanction (the person said no decision or sanction was shown).
 */
const threeDays = (i: Incident) => i.kind === 'detention' || (i.kind === 'search' && i.decisionShown === 'no');

/** In the order the sentences appear in the letter. */
export const RULES: readonly Rule[] = [
  { id: 'privacy', cites: [['const', '21(1)'], ['const', '21(2)']], applies: is('phone-check') },
  { id: 'privacyCode', cites: [['cpc', '16']], applies: is('phone-check') },
  { id: 'inspection', cites: [['aoc', '791']], applies: is('phone-check') },
  { id: 'searchSanction', cites: [['cpc', '254(1)'], ['cpc', '254(7)']], applies: is('search') },
  { id: 'home', cites: [['const', '28']], applies: (i) => i.kind === 'search' && i.atHome === 'yes' },
  {
    id: 'personalSearch',
    cites: [['cpc', '255'], ['aoc', '791']],
    applies: (i) => i.kind === 'search' && i.atHome === 'no',
  },
  { id: 'detentionCourt', cites: [['const', '18']], applies: is('detention') },
  {
    id: 'delivery',
    cites: [['cpc', '129'], ['aoc', '789']],
    applies: (i) => i.kind === 'detention' && (held(i) ?? 0) > 3 * 60,
  },
  {
    id: 'detention48',
    cites: [['cpc', '131']],
    applies: (i) => i.kind === 'detention' && (held(i) ?? 0) > 48 * 60,
  },
  {
    id: 'rights',
    cites: [['const', '18(3)'], ['cpc', '131(1)']],
    applies: (i) => i.kind === 'detention' && i.rightsExplained === 'no',
  },
  {
    id: 'lawyer',
    cites: [['const', '18(4)'], ['cpc', '64(9)']],
    applies: (i) => i.kind === 'detention' && i.lawyerAllowed === 'no',
  },
  {
    id: 'family',
    cites: [['cpc', '64(3)'], ['aoc', '788']],
    applies: (i) => i.kind === 'detention' && i.familyTold === 'no',
  },
  {
    id: 'protocol',
    cites: [['cpc', '131'], ['aoc', '788']],
    applies: (i) => i.kind === 'detention' && i.protocolGiven === 'no',
  },
  { id: 'publicHearing', cites: [['cpc', '29'], ['aoc', '21'], ['iccpr', '14']], applies: is('hearing') },
  {
    id: 'legalAid',
    cites: [['const', '12(3)']],
    applies: (i) => i.kind === 'hearing' && i.lawyerAllowed === 'no',
  },
  { id: 'ombudsman', cites: [['const', '85']], applies: (_i, to) => to === 'ombudsman' },
  { id: 'answer3', cites: [['cpc', '105']], applies: (i, to) => to === 'prosecutor' && threeDays(i) },
  {
    id: 'answer7',
    cites: [['cpc', '105']],
    applies: (i, to) => to === 'prosecutor' && i.kind === 'search' && !threeDays(i),
  },
];

/** The facts of a record, formatted for the letter; blanks stand for what the person has not written. */
export interface Facts {
  date: string;
  time: string;
  untilDate: string;
  untilTime: string;
  /** Hours held, rounded down, when both times are known. */
  hours: number | null;
}

/** The wording of letters in one language. */
export interface LetterPack {
  /** The line to fill in by hand. */
  blank: string;
  header: (to: Addressee) => string;
  title: (to: Addressee) => string;
  /** The opening sentence: what happened, when and where. */
  opening: (kind: IncidentKind, f: Facts, place: string) => string;
  until: (kind: IncidentKind, f: Facts) => string;
  officers: (text: string) => string;
  vehicles: (text: string) => string;
  taken: (text: string) => string;
  said: (text: string) => string;
  witnesses: (text: string) => string;
  /** Fact sentences for answered questions; '' for an answer that says nothing. */
  answers: {
    decisionShown: Record<'yes' | 'no', string>;
    atHome: Record<'yes' | 'no', string>;
    rightsExplained: Record<'yes' | 'no', string>;
    lawyerAllowed: Record<'yes' | 'no', string>;
    familyTold: Record<'yes' | 'no', string>;
    protocolGiven: Record<'yes' | 'no', string>;
    publicAllowed: Record<'yes' | 'no', string>;
  };
  /** The heading over the law sentences. */
  lawTitle: string;
  /** The line before the numbered requests ("I ask:"). */
  requestsTitle: string;
  law: Record<RuleId, string>;
  /** The numbered requests, ending with how to answer. */
  requests: (kind: IncidentKind, to: Addressee, rules: ReadonlySet<RuleId>) => string[];
  closing: (today: string) => string;
}

export const PACKS: Record<LetterLang, LetterPack> = { kk, ru };

export interface Draft {
  text: string;
  /** Every article the letter cites, for checks and for the closing note. */
  cites: Cite[];
  rules: RuleId[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-01-06T14:30" → ["06.01.2026", "14:30"]; blanks when missing. */
function splitDateTime(value: string, blank: string): [string, string] {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(value);
  return m ? [`${m[3]}.${m[2]}.${m[1]}`, m[4]!] : [blank, blank];
}

/** The rules that apply to a record sent to `to`, in letter order. */
export function applicableRules(i: Incident, to: Addressee): Rule[] {
  return RULES.filter((r) => r.applies(i, to));
}

/** Drafts the complaint. `today` is the date the letter is signed. */
export function draftLetter(i: Incident, to: Addressee, lang: LetterLang, today: Date): Draft {
  const p = PACKS[lang];
  const [date, time] = splitDateTime(i.when, p.blank);
  const [untilDate, untilTime] = splitDateTime(i.until, p.blank);
  const minutes = held(i);
  const facts: Facts = { date, time, untilDate, untilTime, hours: minutes === null ? null : Math.floor(minutes / 60) };
  const line = (s: string) => s.trim().replace(/\s*\n\s*/g, '; ');

  const story: string[] = [p.opening(i.kind, facts, line(i.place) || p.blank)];
  if (i.until) story.push(p.until(i.kind, facts));
  story.push(p.officers(line(i.officers) || p.blank));
  if (i.vehicles.trim()) story.push(p.vehicles(line(i.vehicles)));
  if (i.taken.trim()) story.push(p.taken(line(i.taken)));
  for (const q of ['decisionShown', 'atHome', 'rightsExplained', 'lawyerAllowed', 'familyTold', 'protocolGiven', 'publicAllowed'] as const) {
    const a = i[q];
    if (a !== 'unknown' && QUESTIONS[i.kind].includes(q)) story.push(p.answers[q][a]);
  }
  if (i.said.trim()) story.push(p.said(line(i.said)));
  if (i.witnesses.trim()) story.push(p.witnesses(line(i.witnesses)));

  const rules = applicableRules(i, to);
  const ids = new Set(rules.map((r) => r.id));
  const law = rules.filter((r) => r.id !== 'answer3' && r.id !== 'answer7' && r.id !== 'ombudsman').map((r) => p.law[r.id]);
  const requests = p.requests(i.kind, to, ids);

  const parts = [
    p.header(to),
    p.title(to),
    story.filter(Boolean).join(' '),
    ...(i.notes.trim() ? [i.notes.trim()] : []),
    ...(law.length ? [`${p.lawTitle}\n${law.join('\n')}`] : []),
    ...(ids.has('ombudsman') ? [p.law.ombudsman] : []),
    [p.requestsTitle, ...requests.map((r, n) => `${n + 1}. ${r}`)].join('\n'),
    p.closing(`${pad(today.getDate())}.${pad(today.getMonth() + 1)}.${today.getFullYear()}`),
  ];
  return { text: parts.join('\n\n'), cites: rules.flatMap((r) => r.cites), rules: rules.map((r) => r.id) };
}
