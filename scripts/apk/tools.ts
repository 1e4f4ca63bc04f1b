/**
 * The Debian packages the APK build needs, and how to say which are missing. Google's SDK cannot be
 * reached here; Debian 12's packages are enough (see shared/apk-notes.md).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Android API 29 resources, given to aapt in place of android.jar (which Debian does not ship). */
export const FRAMEWORK_RES = '/usr/share/android-framework-res/framework-res.apk';

export interface Tool {
  /** A command on PATH, or an absolute file path. */
  name: string;
  /** The Debian package that provides it. */
  pkg: string;
}

export const TOOLS: readonly Tool[] = [
  { name: 'aapt', pkg: 'aapt' },
  { name: 'zipalign', pkg: 'zipalign' },
  { name: 'apksigner', pkg: 'apksigner' },
  { name: 'smali', pkg: 'libsmali-java' },
  { name: 'keytool', pkg: 'default-jre-headless' },
  { name: FRAMEWORK_RES, pkg: 'android-framework-res' },
];

/** Whether a command is on PATH (or, for an absolute path, whether the file exists). */
export function available(name: string, path = process.env.PATH ?? ''): boolean {
  if (name.startsWith('/')) return existsSync(name);
  return path.split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The tools for which `has` is false. */
export function missingTools(has: (name: string) => boolean = available, tools: readonly Tool[] = TOOLS): Tool[] {
  return tools.filter((t) => !has(t.name));
}

/** One line: what is missing and the apt-get line that installs it. */
export function missingMessage(missing: readonly Tool[]): string {
  const names = missing.map((t) => (t.name.startsWith('/') ? t.name.split('/').pop() : t.name));
  const pkgs = [...new Set(missing.map((t) => t.pkg))];
  return `APK tools missing: ${names.join(', ')}. Install them with: apt-get install -y ${pkgs.join(' ')}`;
}
