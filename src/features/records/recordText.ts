/**
 * A record as plain text for a lawyer: labelled lines in the interface language, every field the person
 * wrote, every question asked for that kind with its answer. Pure: `t` is passed in.
 */
import { QUESTIONS, splitDateTime, type Incident } from './incident';

type Translate = (key: string) => string;

/** "2026-01-06T14:30" → "06.01.2026 14:30" (the form the letter uses, readable in all three languages). */
export function showDateTime(value: string): string {
  return splitDateTime(value)?.join(' ') ?? '';
}

export function recordText(i: Incident, t: Translate): string {
  const lines: string[] = [t('records.textTitle'), ''];
  const add = (label: string, value: string) => {
    const v = value.trim();
    if (!v) return;
    lines.push(v.includes('\n') ? `${label}:\n${v}` : `${label}: ${v}`);
  };
  add(t('records.kind'), t(`records.kinds.${i.kind}`));
  add(t('records.when'), showDateTime(i.when));
  add(t('records.until'), showDateTime(i.until));
  add(t('records.place'), i.place);
  add(t('records.officers'), i.officers);
  add(t('records.vehicles'), i.vehicles);
  add(t('records.witnesses'), i.witnesses);
  add(t('records.taken'), i.taken);
  for (const q of QUESTIONS[i.kind]) {
    const a = i[q];
    add(t(`records.questions.${q}`), a === 'unknown' ? t('records.notAnswered') : t(`records.answers.${a}`));
  }
  add(t('records.said'), i.said);
  add(t('records.notes'), i.notes);
  return lines.join('\n');
}
