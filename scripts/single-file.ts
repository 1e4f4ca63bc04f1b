/**
 * Pieces of the one-file build (`vite build --mode single`): the page's icons become data: URIs, since a
 * file passed over Bluetooth has no folder of icons beside it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

/**
 * Replaces `href="./<public file>"` of icons in index.html with data: URIs.
 */
export function inlineIconsPlugin(options: { publicDir?: string } = {}): Plugin {
  const { publicDir = 'public' } = options;
  return {
    name: 'aman-inline-icons',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(/href="\.\/([^"]+\.(svg|png))"/g, (_, path: string, ext: string) => {
        const data = readFileSync(`${publicDir}/${path}`).toString('base64');
        return `href="data:${TYPES[ext]};base64,${data}"`;
      });
    },
  };
}
