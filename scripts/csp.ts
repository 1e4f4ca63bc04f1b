/**
 * Puts a strict Content-Security-Policy into the built page as a <meta> tag: static hosts and mirrors
 * cannot be trusted to send headers, and a copy passed hand to hand has no server at all.
 *
 * The normal build loads its own files ('self') and its one inline start script (scripts/prerender.ts). The
 * one-file copy has its script and style inline. Inline code is allowed exactly, by SHA-256 hash, never by
 * 'unsafe-inline'. Builds only: the dev server injects inline scripts for hot reload.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The policy, given what the page may load: its own files ('self', the web app only) and inline scripts
 * and styles by hash (the web app's start script; everything of the one-file copy).
 */
export function buildCsp(opts: { oneFile?: boolean; scriptHashes?: string[]; styleHashes?: string[] } = {}): string {
  const inline = opts.oneFile === true;
  // In the one-file copy 'self' would mean every other local file: it needs nothing outside itself.
  const self = inline ? [] : ["'self'"];
  const scripts = [...self, ...(opts.scriptHashes ?? []).map((h) => `'${h}'`)];
  const styles = [...self, ...(opts.styleHashes ?? []).map((h) => `'${h}'`)];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    // data: for inlined icons; blob: for files the person saves (contacts export, shared copies).
    `img-src ${[...self, 'data:', 'blob:'].join(' ')}`,
    `connect-src ${inline ? "'none'" : "'self'"}`,
    `manifest-src ${inline ? "'none'" : "'self'"}`,
    `worker-src ${inline ? "'none'" : "'self'"}`,
    `base-uri ${inline ? "'none'" : "'self'"}`,
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** CSP source for an inline element's exact text. */
export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Hashes of every inline <script> and <style> in a page. */
export function inlineHashes(html: string): { scriptHashes: string[]; styleHashes: string[] } {
  const of = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .map((m) => m[1]!)
      .filter((body) => body.length > 0)
      .map(sha256Source);
  return { scriptHashes: of('script'), styleHashes: of('style') };
}

/** Inserts the policy as the first element of <head>, before anything it governs. */
export function withCsp(html: string, csp: string): string {
  return html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
}

export function cspPlugin(opts: { inline: boolean }): Plugin {
  if (!opts.inline) {
    return {
      name: 'aman-csp',
      apply: 'build',
      // Last, so the hashes are of the inline code as it ships.
      transformIndexHtml: { order: 'post', handler: (html) => withCsp(html, buildCsp(inlineHashes(html))) },
    };
  }
  return {
    name: 'aman-csp-inline',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined everything, hash what ended up inline.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          file.source = withCsp(html, buildCsp({ oneFile: true, ...inlineHashes(html) }));
        }
      },
    },
  };
}
