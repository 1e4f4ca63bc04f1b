/**
 * The benchmark's baseline, the physical limit: a plain HTML page holding a guide's text, with no script
 * and no stylesheet, made offline by the smallest service worker that can do it. Aman's offline cold
 * start is reported as a multiple of this page's. Pure: a guide in, files out.
 */
import type { Guide, Inline } from '../../src/features/guides/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function inline(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return esc(n);
      if ('b' in n) return `<strong>${inline(n.b)}</strong>`;
      if ('cite' in n) return `<cite>${esc(n.cite)}</cite>`;
      if ('tel' in n) return `<a href="tel:${esc(n.tel)}">${esc(n.tel)}</a>`;
      return `<a href="${esc(n.href)}">${inline(n.c)}</a>`;
    })
    .join('');
}

/**
 * The guide as Aman's guide page shows it (title, then every section but the officer card), as static
 * HTML. Sections keep Aman's `section-<id>` classes so one selector finds the summary on both pages.
 */
export function guideHtml(guide: Guide): string {
  const sections = guide.sections
    .filter((s) => s.id !== 'card')
    .map((s) => {
      const blocks = s.blocks.map((b) => {
        if (b.t === 'ul' || b.t === 'ol') return `<${b.t}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${b.t}>`;
        if (b.t === 'note') return `<p class="note">${inline(b.c)}</p>`;
        return `<${b.t}>${inline(b.c)}</${b.t}>`;
      });
      return `<section class="section-${s.id}"><h2>${esc(s.title)}</h2>${blocks.join('')}</section>`;
    });
  return [
    '<!doctype html>',
    `<html lang="${guide.lang}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(guide.title)}</title>`,
    `<h1>${esc(guide.title)}</h1>`,
    ...sections,
    '',
  ].join('\n');
}

/**
 * A service worker that caches the page on install and answers every navigation from that cache: the
 * same mechanism Aman uses offline (worker start-up, Cache Storage read), with nothing else. It is
 * registered by the bench from outside, so the page itself holds no script at all.
 */
export const BASELINE_SW = `
const CACHE = 'baseline-v1';
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.add('./')).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.mode === 'navigate') e.respondWith(caches.match('./', { cacheName: CACHE }));
});
`.trimStart();
