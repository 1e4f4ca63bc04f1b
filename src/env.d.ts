/** The version from package.json (plus AMAN_BUILD_TAG if set), injected at build time. */
declare const __APP_VERSION__: string;
