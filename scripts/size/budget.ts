/**
 * Size budgets (issue #8, stricter than the foundation's): what the first screen needs, each chunk loaded
 * later, and everything precached. Pure functions over a list of files and their gzip sizes, so the
 * check itself is tested, including that it fails when it should.
 */

export const BUDGETS = {
  /** HTML, JS and CSS needed to paint the home screen in the default language. */
  firstScreen: 35 * 1024,
  /** Any chunk loaded after the first screen. */
  laterChunk: 15 * 1024,
  /** Everything the service worker precaches, without the shareable copies (one-file HTML, APK zip). */
  precache: 250 * 1024,
} as const;

export interface ViteManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ViteManifestChunk>;

/** Files the first screen loads: the page, the entry with its static imports and CSS, and the strings. */
export function firstScreenFiles(manifest: ViteManifest, defaultLangKey: string): string[] {
  const files = new Set<string>(['index.html']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
    chunk.imports?.forEach(visit);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  visit(entry);
  if (!manifest[defaultLangKey]) throw new Error(`no chunk for ${defaultLangKey} in the Vite manifest`);
  visit(defaultLangKey);
  return [...files];
}

/** Paths listed in the generated service worker's precache manifest. */
export function precachedFiles(swSource: string): string[] {
  return [...swSource.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

/** Shareable copies are precached so Aman can pass itself on offline, but have their own budget. */
export function isShareableCopy(path: string): boolean {
  return /(^|\/)aman[^/]*\.(html|zip|apk)$/.test(path) && path !== 'index.html';
}

export interface SizeReport {
  firstScreen: { files: string[]; gzip: number };
  laterChunks: { file: string; gzip: number }[];
  precache: { files: string[]; gzip: number };
  failures: string[];
}

/** Compares measured gzip sizes with the budgets; every breach becomes a readable failure line. */
export function checkBudgets(
  input: { firstScreen: string[]; allJs: string[]; precache: string[] },
  gzipOf: (file: string) => number,
  budgets: { firstScreen: number; laterChunk: number; precache: number } = BUDGETS,
): SizeReport {
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipOf(f), 0);
  const first = new Set(input.firstScreen);
  const laterChunks = input.allJs.filter((f) => !first.has(f)).map((file) => ({ file, gzip: gzipOf(file) }));
  const pre = input.precache.filter((f) => !isShareableCopy(f));
  const report: SizeReport = {
    firstScreen: { files: input.firstScreen, gzip: sum(input.firstScreen) },
    laterChunks,
    precache: { files: pre, gzip: sum(pre) },
    failures: [],
  };
  if (report.firstScreen.gzip > budgets.firstScreen) {
    report.failures.push(`first screen ${kb(report.firstScreen.gzip)} > budget ${kb(budgets.firstScreen)}`);
  }
  for (const c of laterChunks) {
    if (c.gzip > budgets.laterChunk) {
      report.failures.push(`chunk ${c.file} ${kb(c.gzip)} > budget ${kb(budgets.laterChunk)}`);
    }
  }
  if (report.precache.gzip > budgets.precache) {
    report.failures.push(`precache ${kb(report.precache.gzip)} > budget ${kb(budgets.precache)}`);
  }
  if (input.precache.length === 0) report.failures.push('the service worker precaches nothing');
  return report;
}

/** Bytes as "12.3 KB" (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
