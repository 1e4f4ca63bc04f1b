/** The web app manifest: relative start_url and scope so the same build installs from any folder. */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0b5d4b';

export const manifest: Partial<ManifestOptions> = {
  name: 'Aman',
  short_name: 'Aman',
  description: 'Құқықтарыңыз және көмек, интернетсіз де. Права и помощь без интернета. Rights and help offline.',
  lang: 'kk',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
