/**
 * Puts a strict Content-Security-Policy into the built index.html as a <meta> tag: static hosts and mirrors
 * cannot be trusted to send headers, and a copy passed hand to hand has no server at all.
 * Only in builds: the dev server injects inline scripts for hot reload.
 */
import type { Plugin } from 'vite';

/** Aman loads only its own files and makes no request to any other origin. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'aman-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
  };
}
