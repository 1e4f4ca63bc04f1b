/**
 * The compiled form of a rights guide: what `scripts/content/` produces from `locales/<lng>/guides/*.md`
 * at build time and what the app renders. Plain data, so no Markdown parser ships to the phone.
 */

import type { Lang } from '../../lib/langs';

export type { Lang };

/** Fixed section ids, in the order every guide has them. */
export const SECTION_IDS = ['summary', 'steps', 'say', 'rights', 'afterwards', 'sources'] as const;
export type SectionId = (typeof SECTION_IDS)[number] | 'card';

/** A citation as shown to the reader: short label ("УПК РК, ст. 254(1)") and the full name for screen readers. */
export interface Citation {
  cite: string;
  /** e.g. "Criminal Procedure Code of the Republic of Kazakhstan, article 254, part 1" */
  full: string;
  /** The source key and reference as written in the file, e.g. "cpc 254(1)": stable across languages. */
  key: string;
}

/** Inline content: plain text, bold, a citation, a phone number, or a link to another screen. */
export type Inline =
  | string
  | { b: Inline[] }
  | Citation
  | { tel: string }
  | { href: string; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h3'; c: Inline[] }
  | { t: 'note'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; items: Inline[][] };

export interface Section {
  id: SectionId;
  /** The heading text as written in the file, in the guide's language. */
  title: string;
  blocks: Block[];
}

export interface Guide {
  id: string;
  lang: Lang;
  title: string;
  short: string;
  order: number;
  /** ISO date (YYYY-MM-DD) a person last checked the text. */
  reviewed: string;
  /** The same date as the guide's language writes it ("2026 ж. 22 қараша"), formatted at build time. */
  reviewedText: string;
  /** All sections in file order (summary first; card last when present). */
  sections: Section[];
}
