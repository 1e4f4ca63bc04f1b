import { describe, expect, it } from 'vitest';
import { checkCitation } from '../../scripts/content/laws';
import { INCIDENT_KINDS, newIncident, type Incident, type IncidentKind } from '../../src/features/records/incident';
import { PACKS, RULES, draftLetter, type Cite } from '../../src/features/records/letter';

const TODAY = new Date(2026, 8, 9);
const LANGS = ['kk', 'ru'] as const;
const TO = ['prosecutor', 'ombudsman'] as const;

/** A record as someone would fill it in: every field written, every question answered `answer`. */
function filled(kind: IncidentKind, answer: 'yes' | 'no' | 'unknown'): Incident {
  return {
    ...newIncident(kind, new Date(2026, 8, 6, 14, 30), 'r-1'),
    until: '2026-09-08T16:45',
    place: 'Алматы, Абай даңғылы 10',
    officers: 'Серіков А., №12345\nIvanov B., 67890',
    vehicles: '123 ABC 02',
    witnesses: 'Айгүл +7 701 123 45 67',
    taken: 'телефон',
    said: 'Телефонды аш',
    notes: 'Менің жазбам',
    consent: answer,
    decisionShown: answer,
    atHome: answer,
    rightsExplained: answer,
    lawyerAllowed: answer,
    familyTold: answer,
    protocolGiven: answer,
    publicAllowed: answer,
  };
}

const key = (c: Cite) => `${c[0]} ${c[1]}`;

describe('complaint letters', () => {
  it('cite only verified articles (scripts/content/laws.ts, from legal-facts.md)', () => {
    for (const rule of RULES) for (const [law, ref] of rule.cites) expect(checkCitation(law, ref || undefined), `${rule.id}`).toBeNull();
  });

  it('name every source a rule cites in that rule’s sentence, in both languages', () => {
    for (const lang of LANGS) {
      for (const rule of RULES) {
        const text = PACKS[lang].law[rule.id];
        const where = `${lang} ${rule.id}`;
        for (const [law, ref] of rule.cites) {
          if (law === 'report') {
            expect(text, where).toMatch(lang === 'ru' ? `глава ${ref}` : `${ref}-тарау`);
            expect(text, where).toContain('Qazaqstan Shutdown 2022');
            continue;
          }
          if (law === 'omb') {
            expect(text, where).toContain('№ 154-VII');
            continue;
          }
          const [, article, part] = /^([\d-]+)(?:\((\d+)\))?$/.exec(ref)!;
          const articleRe =
            lang === 'ru'
              ? new RegExp(`стать[яиею] (\\d+ и )?${article}\\b`, 'i')
              : new RegExp(`\\b${article}(-ба[бп]| және \\d+-бап)`);
          expect(text, `${where} ${ref}`).toMatch(articleRe);
          if (part) {
            const partRe =
              lang === 'ru'
                ? new RegExp(`(част[ьи]|пункт[ы]?) ${part}\\b|\\b\\d и ${part}\\b`, 'i')
                : new RegExp(`\\b${part}(-бөлі|-тарма[ғқ]| және \\d-тарма)`);
            expect(text, `${where} ${ref}`).toMatch(partRe);
          }
          // The law's name is there too: an article number alone could belong to any code.
          const names = { const: ['Конституции', 'Конституциясының'], cpc: ['УПК РК', 'ҚР ҚПК'], aoc: ['КоАП РК', 'ҚР ӘҚБтК'], iccpr: ['Международного пакта', 'халықаралық пакт'] }[law as 'cpc'];
          expect(text, `${where} ${law}`).toContain(names[lang === 'ru' ? 0 : 1]);
        }
        // …and no article the rule does not list.
        const numbers = lang === 'ru' ? [...text.matchAll(/стать[яиею] (\d+)/gi)] : [...text.matchAll(/(\d+)-ба[бп]/g)];
        for (const m of numbers) {
          expect(rule.cites.some(([, ref]) => ref.startsWith(`${m[1]}`)), `${where} cites ${m[1]}`).toBe(true);
        }
      }
    }
  });

  it.each(INCIDENT_KINDS)('%s: the same articles in Kazakh and Russian, for both addressees', (kind) => {
    for (const to of TO) {
      for (const answer of ['yes', 'no', 'unknown'] as const) {
        const i = filled(kind, answer);
        const kk = draftLetter(i, to, 'kk', TODAY);
        const ru = draftLetter(i, to, 'ru', TODAY);
        expect(kk.cites.map(key)).toEqual(ru.cites.map(key));
        for (const d of [kk, ru]) {
          // The person's facts are all there, and nothing is left as a template hole.
          for (const fact of ['06.09.2026', '14:30', 'Абай даңғылы 10', 'Серіков А., №12345; Ivanov B., 67890', 'Менің жазбам']) {
            expect(d.text).toContain(fact);
          }
          expect(d.text).toContain('09.09.2026');
          expect(d.text).not.toMatch(/undefined|null|\$\{|NaN/);
        }
      }
    }
  });

  /** What each kind cites to the prosecutor when every question is answered "no" (held 50 hours). */
  const EXPECTED: Record<IncidentKind, string[]> = {
    'phone-check': ['const 21(1)', 'const 21(2)', 'cpc 16(3)', 'aoc 791', 'report 8'],
    search: ['cpc 254(1)', 'cpc 254(3)', 'cpc 254(7)', 'cpc 255', 'aoc 791', 'cpc 105'],
    detention: [
      'const 18', 'cpc 128(5)', 'cpc 129', 'aoc 789', 'cpc 131', 'cpc 133', 'aoc 789', 'const 18(3)', 'cpc 131(1)',
      'aoc 788', 'const 18(4)', 'cpc 64(9)', 'aoc 749', 'cpc 64(3)', 'cpc 135', 'aoc 788', 'cpc 131', 'cpc 64(9)',
      'aoc 788', 'cpc 105',
    ],
    hearing: ['report 6', 'cpc 29', 'aoc 21', 'iccpr 14', 'const 12(3)', 'cpc 27', 'aoc 749'],
    other: [],
  };

  it.each(INCIDENT_KINDS)('%s: cites what applies to that kind of incident', (kind) => {
    const d = draftLetter(filled(kind, 'no'), 'prosecutor', 'ru', TODAY);
    expect(d.cites.map(key)).toEqual(EXPECTED[kind]);
    const omb = draftLetter(filled(kind, 'no'), 'ombudsman', 'ru', TODAY);
    expect(omb.cites.map(key)).toEqual([...EXPECTED[kind].filter((c) => c !== 'cpc 105'), 'const 85', 'omb ']);
  });

  it('cites no rule against what the person said happened lawfully', () => {
    for (const kind of INCIDENT_KINDS) {
      const rules = draftLetter({ ...filled(kind, 'yes'), until: '' }, 'prosecutor', 'ru', TODAY).rules;
      // Only what applies to the kind itself stays: the report on police-station hearings, and how fast the
      // complaint is answered.
      expect(rules.filter((r) => !['hearingPlace', 'answer7', 'answer3detention'].includes(r))).toEqual([]);
    }
  });

  it('a search at home cites the home rules only when no decision or sanction was shown', () => {
    const home = { ...filled('search', 'no'), atHome: 'yes' as const };
    expect(draftLetter(home, 'prosecutor', 'ru', TODAY).cites.map(key)).toEqual(
      expect.arrayContaining(['const 28', 'cpc 219', 'cpc 220', 'cpc 254(1)']),
    );
    const shown = draftLetter({ ...home, decisionShown: 'yes' }, 'prosecutor', 'ru', TODAY);
    expect(shown.rules).not.toContain('home');
    expect(shown.rules).not.toContain('homeCode');
    expect(shown.rules).not.toContain('searchSanction');
  });

  it('a phone looked through with the person’s agreement is not argued as a privacy breach', () => {
    const agreed = draftLetter({ ...filled('phone-check', 'no'), consent: 'yes' }, 'prosecutor', 'kk', TODAY);
    expect(agreed.cites).toEqual([]);
  });

  it('cites the 1995-era incidents by the codes only: the 2026 Constitution’s numbers did not apply then', () => {
    for (const kind of INCIDENT_KINDS) {
      const before = { ...filled(kind, 'no'), when: '2022-01-06T14:30', until: '2022-01-08T16:45' };
      const d = draftLetter(before, 'prosecutor', 'kk', TODAY);
      expect(d.cites.filter(([law]) => law === 'const')).toEqual([]);
      expect(d.text).not.toContain('Конституциясының');
      expect(draftLetter({ ...before, when: '2026-07-01T00:10' }, 'prosecutor', 'ru', TODAY).cites.some(([l]) => l === 'const')).toBe(kind !== 'other' && kind !== 'search');
    }
  });

  it('never states that the person agreed, or leaves an empty sentence for a "yes"', () => {
    for (const lang of LANGS) {
      const d = draftLetter(filled('phone-check', 'yes'), 'prosecutor', lang, TODAY).text;
      expect(d).not.toContain(PACKS[lang].answers.consent.no);
      expect(d).not.toMatch(/\.\s+\./);
    }
  });

  it('keeps the person’s own punctuation: no ".." or "!." after what they wrote', () => {
    for (const lang of LANGS) {
      const i = { ...filled('detention', 'no'), said: '«Открой телефон!»', place: 'Алматы, ул. Абая 10.', officers: 'Серіков.' };
      expect(draftLetter(i, 'prosecutor', lang, TODAY).text).not.toMatch(/!»\.|\.\.|\.,/);
    }
  });

  it('asks for an answer in 3 days for a detention and for a search without a sanction, not otherwise', () => {
    const threeDays = (i: Incident, lang: 'kk' | 'ru') => draftLetter(i, 'prosecutor', lang, TODAY).text.includes(lang === 'ru' ? '3 дней' : '3 күн');
    for (const lang of LANGS) {
      expect(threeDays(filled('detention', 'unknown'), lang)).toBe(true);
      expect(threeDays(filled('search', 'no'), lang)).toBe(true);
      expect(threeDays(filled('search', 'yes'), lang)).toBe(false);
      expect(threeDays(filled('phone-check', 'no'), lang)).toBe(false);
      expect(threeDays(filled('hearing', 'no'), lang)).toBe(false);
      // Not in the letter to the Commissioner: the 3-day rule binds the prosecutor.
      expect(draftLetter(filled('detention', 'no'), 'ombudsman', lang, TODAY).text).not.toMatch(/3 (дней|күн)/);
    }
  });

  it('cites nothing for a question left unanswered', () => {
    const d = draftLetter(filled('detention', 'unknown'), 'prosecutor', 'kk', TODAY);
    for (const r of ['rights', 'rightsCode', 'lawyer', 'lawyerCode', 'family', 'protocol'] as const) expect(d.rules).not.toContain(r);
  });

  it('cites the time limits only when the record shows the person was held that long', () => {
    const i = filled('detention', 'unknown');
    const rules = (until: string) => draftLetter({ ...i, until }, 'prosecutor', 'ru', TODAY).rules;
    expect(rules('2026-09-06T16:00')).not.toContain('delivery');
    expect(rules('2026-09-06T18:00')).toContain('delivery');
    expect(rules('2026-09-06T18:00')).not.toContain('detention48');
    expect(rules('2026-09-08T15:00')).toContain('detention48');
    expect(rules('')).not.toContain('delivery');
  });

  it('leaves a line to fill in by hand where the record has no date, place or officers', () => {
    const empty = { ...newIncident('detention', new Date(2026, 0, 6), 'r'), when: '' };
    for (const lang of LANGS) {
      const text = draftLetter(empty, 'prosecutor', lang, TODAY).text;
      expect(text.match(/________/g)!.length).toBeGreaterThanOrEqual(7);
    }
  });

  it('is addressed and titled for each addressee', () => {
    const i = filled('search', 'no');
    expect(draftLetter(i, 'prosecutor', 'ru', TODAY).text).toMatch(/^Прокурору/);
    expect(draftLetter(i, 'prosecutor', 'ru', TODAY).text).toContain('\nЖАЛОБА\n');
    expect(draftLetter(i, 'ombudsman', 'ru', TODAY).text).toMatch(/^Уполномоченному по правам человека/);
    expect(draftLetter(i, 'prosecutor', 'kk', TODAY).text).toContain('прокурорына');
    expect(draftLetter(i, 'prosecutor', 'kk', TODAY).text).toContain('\nШАҒЫМ\n');
    expect(draftLetter(i, 'ombudsman', 'kk', TODAY).text).toMatch(/^Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкілге/);
  });
});
