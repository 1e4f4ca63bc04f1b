/**
 * Reads every `locales/<lng>/guides/<id>.md` under a root, parses and validates them together.
 * The only part of the content pipeline that touches the disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Guide, Lang } from '../../src/features/guides/types.ts';
import { parseGuide, type Issue, type ParsedGuide } from './parse.ts';
import { LANGS, validateGuides } from './validate.ts';

export interface Compiled {
  /** Guides per language, sorted by `order` (then id). Complete only when `errors` is empty. */
  guides: Record<Lang, Guide[]>;
  /** Every problem; `file` is relative to the root, e.g. "locales/kk/guides/detained.md". */
  errors: Issue[];
  /** Paths (relative to the root) of the files read, for watching. */
  files: string[];
}

/** Today's date as YYYY-MM-DD in local time: a guide reviewed "today" must pass wherever it is built. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Relative paths of the guide sources of one language; none when the folder does not exist yet. */
async function guideFiles(root: string, lang: Lang): Promise<string[]> {
  const dir = join('locales', lang, 'guides');
  try {
    const names = await readdir(join(root, dir));
    return names.filter((n) => n.endsWith('.md')).sort().map((n) => `${dir}/${n}`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** Compiles all guides under `root` (the repository root). */
export async function compileGuides(root: string, today = localToday()): Promise<Compiled> {
  const parsed: ParsedGuide[] = [];
  for (const lang of LANGS) {
    for (const file of await guideFiles(root, lang)) {
      const text = await readFile(join(root, file), 'utf8');
      const id = file.slice(file.lastIndexOf('/') + 1, -'.md'.length);
      parsed.push(parseGuide(text, { file, lang, id }));
    }
  }
  const guides = { kk: [], ru: [], en: [] } as Record<Lang, Guide[]>;
  for (const p of parsed) if (p.guide) guides[p.lang].push(p.guide);
  for (const lang of LANGS) guides[lang].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { guides, errors: validateGuides(parsed, today), files: parsed.map((p) => p.file) };
}

/** One line per problem, "path:line: message", as compilers print them so editors can jump there. */
export const formatIssue = (i: Issue) => `${i.file}:${i.line}: ${i.message}`;
