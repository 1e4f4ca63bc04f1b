/**
 * Android's versionCode from the app's semver. Android installs an update only over a lower versionCode,
 * so the code must grow with every release: MAJOR·1 000 000 + MINOR·1 000 + PATCH keeps semver order.
 */

/** Android rejects versionCodes above this (Google Play's limit, enforced by some installers too). */
export const MAX_VERSION_CODE = 2_100_000_000;

/**
 * versionCode for a MAJOR.MINOR.PATCH version ("+build" metadata is ignored). Throws on anything it cannot
 * order: a pre-release ("1.0.0-rc.1" would have to sort below "1.0.0" and above "0.9.9", which one
 * integer per release cannot promise without reserving digits), minor or patch above 999, or a code of 0.
 */
export function versionCode(version: string): number {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!m) {
    throw new Error(
      `versionCode: "${version}" is not a plain MAJOR.MINOR.PATCH version (pre-releases have no Android versionCode here)`,
    );
  }
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (minor > 999 || patch > 999) throw new Error(`versionCode: minor and patch must be at most 999 in "${version}"`);
  const code = major * 1_000_000 + minor * 1_000 + patch;
  if (code < 1) throw new Error('versionCode: 0.0.0 has no versionCode (Android needs 1 or more)');
  if (code > MAX_VERSION_CODE) throw new Error(`versionCode: "${version}" gives ${code}, above Android's ${MAX_VERSION_CODE}`);
  return code;
}
