/**
 * Drafts a complaint from an incident record: to the prosecutor's office or to the Human Rights
 * Commissioner, in Kazakh or Russian. Pure: the same record gives the same letter.
 *
 * Which law applies is decided here, once, for both languages (RULES); the wording is in letters/kk.ts
 * and letters/ru.ts. Every rule lists the articles its sentence cites; the content check and the unit tests
 * hold them to the verified list (scripts/content/laws.ts, from shared/legal-facts.md) and to the text.
 * A rule fires only on what the person answered: an unanswered question cites nothing.
 */
import { QUESTIONS, minutesBetween, splitDateTime, type Addressee, type AnswerField, type Incident, type IncidentKind, type LetterLang } from './incident';
import { kk } from './letters/kk';
import { ru } from './letters/ru';

/**
 * A citation as the guides write it: a source key of scripts/content/laws.ts and an article reference (an
 * article, "254(7)"; a report chapter, "6"; or '' for a law cited as a whole).
 */
export type Cite = readonly [law: string, ref: string];

/** Why each law sentence is in the letter. */
export type RuleId =
  | 'privacy'
  | 'privacyCode'
  | 'inspection'
  | 'phoneReport'
  | 'searchSanction'
  | 'home'
  | 'homeCode'
  | 'personalSearch'
  | 'detentionCourt'
  | 'delivery'
  | 'detention48'
  | 'rights'
  | 'rightsCode'
  | 'lawyer'
  | 'lawyerCode'
  | 'family'
  | 'protocol'
  | 'publicHearing'
  | 'hearingPlace'
  | 'legalAid'
  | 'legalAidCode'
  | 'ombudsman'
  | 'answer3detention'
  | 'answer3search'
  | 'answer7';

/** Rules that say how fast the prosecutor must answer: they go into the requests, not the law list. */
export const ANSWER_RULES: ReadonlySet<RuleId> = new Set(['answer3detention', 'answer3search', 'answer7']);

interface Rule {
  id: RuleId;
  cites: readonly Cite[];
  applies: (i: Incident, to: Addressee) => boolean;
}

const held = (i: Incident) => minutesBetween(i.when, i.until);

/** The day the 2026 Constitution took effect (its art. 94); before it, its article numbers did not apply. */
export const CONSTITUTION_2026_FROM = '2026-07-01';

/**
 * Whether the 2026 Constitution's numbering applies to the incident. Earlier incidents cite only the codes,
 * whose numbering did not change (legal-facts.md: "prefer the codes"). An undated record is taken as now.
 */
const current = (i: Incident) => i.when === '' || i.when.slice(0, 10) >= CONSTITUTION_2026_FROM;

/**
 * No rule fires against what the person answered: a "yes" (a sanction was shown, they agreed, a lawyer was
 * let in) silences the rules about it. Rules about a failure fire only on a "no", or on a time written down;
 * an unanswered question cites nothing. A few rules fire on the kind of incident alone (what the law says
 * about phone contents, the report on hearings in police stations), unless an answer contradicts them.
 */
const when =
  (kind: IncidentKind, test: (i: Incident) => boolean = () => true) =>
  (i: Incident) =>
    i.kind === kind && test(i);
const answeredNo = (q: AnswerField) => (i: Incident) => i[q] === 'no';
/** A phone looked through with the person's agreement is not the complaint these sources make. */
const notAgreed = (i: Incident) => i.consent !== 'yes';
const longer = (minutes: number) => (i: Incident) => (held(i) ?? 0) > minutes;

/** In the order the sentences appear in the letter. */
export const RULES: readonly Rule[] = [
  {
    id: 'privacy',
    cites: [['const', '21(1)'], ['const', '21(2)']],
    applies: when('phone-check', (i) => notAgreed(i) && current(i)),
  },
  { id: 'privacyCode', cites: [['cpc', '16(3)']], applies: when('phone-check', notAgreed) },
  { id: 'inspection', cites: [['aoc', '791']], applies: when('phone-check', notAgreed) },
  { id: 'phoneReport', cites: [['report', '8']], applies: when('phone-check', notAgreed) },
  {
    id: 'searchSanction',
    cites: [['cpc', '254(1)'], ['cpc', '254(3)'], ['cpc', '254(7)']],
    applies: when('search', answeredNo('decisionShown')),
  },
  // A search at home, with no decision or sanction shown.
  {
    id: 'home',
    cites: [['const', '28']],
    applies: when('search', (i) => i.atHome === 'yes' && i.decisionShown === 'no' && current(i)),
  },
  {
    id: 'homeCode',
    cites: [['cpc', '219'], ['cpc', '220']],
    applies: when('search', (i) => i.atHome === 'yes' && i.decisionShown === 'no'),
  },
  { id: 'personalSearch', cites: [['cpc', '255'], ['aoc', '791']], applies: when('search', answeredNo('atHome')) },
  {
    id: 'detentionCourt',
    cites: [['const', '18']],
    applies: when('detention', (i) => longer(3 * 60)(i) && current(i)),
  },
  { id: 'delivery', cites: [['cpc', '128(5)'], ['cpc', '129'], ['aoc', '789']], applies: when('detention', longer(3 * 60)) },
  { id: 'detention48', cites: [['cpc', '131'], ['cpc', '133'], ['aoc', '789']], applies: when('detention', longer(48 * 60)) },
  {
    id: 'rights',
    cites: [['const', '18(3)']],
    applies: when('detention', (i) => answeredNo('rightsExplained')(i) && current(i)),
  },
  { id: 'rightsCode', cites: [['cpc', '131(1)'], ['aoc', '788']], applies: when('detention', answeredNo('rightsExplained')) },
  {
    id: 'lawyer',
    cites: [['const', '18(4)']],
    applies: when('detention', (i) => answeredNo('lawyerAllowed')(i) && current(i)),
  },
  { id: 'lawyerCode', cites: [['cpc', '64(9)'], ['aoc', '749']], applies: when('detention', answeredNo('lawyerAllowed')) },
  { id: 'family', cites: [['cpc', '64(3)'], ['cpc', '135'], ['aoc', '788']], applies: when('detention', answeredNo('familyTold')) },
  { id: 'protocol', cites: [['cpc', '131'], ['cpc', '64(9)'], ['aoc', '788']], applies: when('detention', answeredNo('protocolGiven')) },
  { id: 'hearingPlace', cites: [['report', '6']], applies: when('hearing') },
  {
    id: 'publicHearing',
    cites: [['cpc', '29'], ['aoc', '21'], ['iccpr', '14']],
    applies: when('hearing', answeredNo('publicAllowed')),
  },
  {
    id: 'legalAid',
    cites: [['const', '12(3)']],
    applies: when('hearing', (i) => answeredNo('lawyerAllowed')(i) && current(i)),
  },
  { id: 'legalAidCode', cites: [['cpc', '27'], ['aoc', '749']], applies: when('hearing', answeredNo('lawyerAllowed')) },
  { id: 'ombudsman', cites: [['const', '85'], ['omb', '']], applies: (_i, to) => to === 'ombudsman' },
  // CPC art. 105: complaints about unlawful detention or a search without a sanction are answered in 3 days,
  // others in 7. The 3-day rule binds the prosecutor, so the Commissioner's letter does not claim it.
  { id: 'answer3detention', cites: [['cpc', '105']], applies: (i, to) => to === 'prosecutor' && i.kind === 'detention' },
  {
    id: 'answer3search',
    cites: [['cpc', '105']],
    applies: (i, to) => to === 'prosecutor' && i.kind === 'search' && i.decisionShown === 'no',
  },
  {
    id: 'answer7',
    cites: [['cpc', '105']],
    applies: (i, to) => to === 'prosecutor' && i.kind === 'search' && i.decisionShown !== 'no',
  },
];

/** The person's text at the end of a sentence: one full stop, none after their own ".", "!" or "?". */
export function endSentence(text: string): string {
  return /[.!?…]["»“”')\]]*$/.test(text) ? text : `${text.replace(/[\s,;:]+$/, '')}.`;
}

/** The facts of a record, formatted for the letter; blanks stand for what the person has not written. */
export interface Facts {
  date: string;
  time: string;
  untilDate: string;
  untilTime: string;
  /** Time held, in whole hours and the minutes left over, when both times are known. */
  held: { hours: number; minutes: number } | null;
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
    consent: Record<'yes' | 'no', string>;
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

/** The rules that apply to a record sent to `to`, in letter order. */
export function applicableRules(i: Incident, to: Addressee): Rule[] {
  return RULES.filter((r) => r.applies(i, to));
}

/** Drafts the complaint. `today` is the date the letter is signed. */
export function draftLetter(i: Incident, to: Addressee, lang: LetterLang, today: Date): Draft {
  const p = PACKS[lang];
  const [date, time] = splitDateTime(i.when) ?? [p.blank, p.blank];
  const [untilDate, untilTime] = splitDateTime(i.until) ?? [p.blank, p.blank];
  const minutes = held(i);
  const facts: Facts = {
    date,
    time,
    untilDate,
    untilTime,
    held: minutes === null ? null : { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
  };
  const line = (s: string) => s.trim().replace(/\s*\n\s*/g, '; ');

  const story: string[] = [p.opening(i.kind, facts, line(i.place) || p.blank)];
  if (i.until) story.push(p.until(i.kind, facts));
  story.push(p.officers(line(i.officers) || p.blank));
  if (i.vehicles.trim()) story.push(p.vehicles(line(i.vehicles)));
  if (i.taken.trim()) story.push(p.taken(line(i.taken)));
  // Only the questions asked for this kind: an answer left from another kind is not the person's statement.
  for (const q of QUESTIONS[i.kind]) {
    const a = i[q];
    if (a !== 'unknown') story.push(p.answers[q][a]);
  }
  if (i.said.trim()) story.push(p.said(line(i.said)));
  if (i.witnesses.trim()) story.push(p.witnesses(line(i.witnesses)));

  const rules = applicableRules(i, to);
  const ids = new Set(rules.map((r) => r.id));
  const law = rules.filter((r) => !ANSWER_RULES.has(r.id) && r.id !== 'ombudsman').map((r) => p.law[r.id]);
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
