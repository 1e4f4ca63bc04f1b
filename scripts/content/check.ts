/**
 * `npx tsx scripts/content/check.ts`: validates the guides without building the app. Prints every
 * problem as "path:line: message" and exits 1, or prints one summary line and exits 0.
 */
import { fileURLToPath } from 'node:url';
import type { Guide, Inline } from '../../src/features/guides/types.ts';
import { compileGuides, formatIssue } from './compile.ts';
import { LANGS } from './validate.ts';
import { checkCitation } from './laws.ts';
import { RULES } from '../../src/features/records/letter.ts';

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const inlineWords = (c: Inline[]): number =>
  c.reduce((n, x) => n + (typeof x === 'string' ? words(x) : 'b' in x ? inlineWords(x.b) : 'c' in x ? inlineWords(x.c) : 1), 0);

/** Words a reader sees in a guide: title, headings and text; a citation or phone number counts as one. */
function countWords(g: Guide): number {
  let n = words(g.title);
  for (const s of g.sections) {
    n += words(s.title);
    for (const b of s.blocks) n += 'c' in b ? inlineWords(b.c) : b.items.reduce((m, it) => m + inlineWords(it), 0);
  }
  return n;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const { guides, errors } = await compileGuides(root);
if (errors.length > 0) {
  for (const e of errors) console.error(formatIssue(e));
  console.error(`${errors.length} problem(s) in the guides`);
  process.exit(1);
}
// Complaint letters cite articles too: hold them to the same verified list as the guides.
const letterErrors = RULES.flatMap((r) => r.cites.map(([law, ref]) => checkCitation(law, ref || undefined)).filter(Boolean).map((e) => `letter rule ${r.id}: ${e}`));
if (letterErrors.length > 0) {
  for (const e of letterErrors) console.error(e);
  process.exit(1);
}
const count = (f: (g: Guide[]) => number) => LANGS.map((l) => `${l} ${f(guides[l])}`).join(', ');
console.log(`guides and letters OK (${RULES.length} letter rules): ${count((g) => g.length)} guides; words ${count((g) => g.reduce((n, x) => n + countWords(x), 0))}`);
