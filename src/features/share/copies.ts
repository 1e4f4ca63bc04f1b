/** The copies this build can share, with fingerprints, as computed at build time (scripts/shareable.ts). */
export type Shareable = (typeof __SHAREABLE__)[number];
export const SHAREABLE: readonly Shareable[] = __SHAREABLE__;
export const IS_SINGLE_FILE: boolean = __IS_SINGLE_FILE__;
