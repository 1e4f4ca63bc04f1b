/** Compiled guides, served by scripts/content/vite-plugin.ts. */

/** For each language, its guide ids in order, each with the `import()` of that guide's own chunk. */
declare module 'virtual:guides' {
  const loaders: Record<
    import('./lib/langs').Lang,
    Record<string, () => Promise<{ default: import('./features/guides/types').Guide }>>
  >;
  export default loaders;
}
