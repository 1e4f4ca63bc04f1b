/** Compiled guides of one language, served by scripts/content/vite-plugin.ts (`virtual:guides/kk`, `/ru`, `/en`). */
declare module 'virtual:guides/*' {
  const guides: import('./features/guides/types').Guide[];
  export default guides;
}
