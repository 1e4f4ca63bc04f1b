/**
 * `npx tsx scripts/apk/build.ts [--if-available]`: the Android app, a WebView showing the one-file build.
 *
 * Reads dist-single/index.html (`npx vite build --mode single`) and writes dist-apk/aman.apk, plus
 * dist-apk/aman-android.zip holding it (Android's Bluetooth sharing refuses .apk files). Uses only
 * Debian packages (shared/apk-notes.md): smali assembles the Activity straight to classes.dex, aapt packs
 * the manifest and resources against framework-res.apk, zipalign aligns, apksigner signs (v1+v2+v3).
 *
 * Signing key: AMAN_KEYSTORE, AMAN_KEYSTORE_PASS and AMAN_KEY_ALIAS (and AMAN_KEY_PASS when the key's
 * password differs) name a kept release key; without them a throwaway debug key is made once in
 * .keys/debug.keystore (git-ignored). Phones install an update only over an app signed with the same key.
 *
 * --if-available: when the Android tools are missing, say so and exit 0 without building.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderManifest, renderStrings } from './manifest';
import { FRAMEWORK_RES, missingMessage, missingTools } from './tools';
import { versionCode } from './version';
import { writeZip } from './zip';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const input = join(root, 'dist-single/index.html');
const outDir = join(root, 'dist-apk');
const apkOut = join(outDir, 'aman.apk');
const zipOut = join(outDir, 'aman-android.zip');
const debugKeystore = join(root, '.keys/debug.keystore');
// The debug key is a throwaway anyone may read; its password protects nothing.
const DEBUG_PASS = 'android';
const DEBUG_ALIAS = 'aman-debug';

class BuildError extends Error {}

/** Runs a tool; throws with its output when it fails. */
function run(cmd: string, args: string[], cwd = root): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: process.env });
  if (r.error) throw new BuildError(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new BuildError(`${cmd} ${args[0] ?? ''} failed (exit ${r.status}):\n${`${r.stdout}\n${r.stderr}`.trim()}`);
  }
  return `${r.stdout}${r.stderr}`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** apksigner arguments for the key to sign with, making the debug key on first use. */
function signingArgs(): { args: string[]; debug: boolean } {
  const keystore = process.env.AMAN_KEYSTORE;
  if (keystore) {
    const missing = ['AMAN_KEYSTORE_PASS', 'AMAN_KEY_ALIAS'].filter((v) => !process.env[v]);
    if (missing.length) throw new BuildError(`AMAN_KEYSTORE is set but ${missing.join(' and ')} is not.`);
    if (!existsSync(keystore)) throw new BuildError(`AMAN_KEYSTORE: no file at ${keystore}.`);
    // Passwords go through the environment (env:NAME), never on a command line others can list.
    const args = ['--ks', resolve(keystore), '--ks-pass', 'env:AMAN_KEYSTORE_PASS'];
    args.push('--ks-key-alias', process.env.AMAN_KEY_ALIAS!);
    if (process.env.AMAN_KEY_PASS) args.push('--key-pass', 'env:AMAN_KEY_PASS');
    return { args, debug: false };
  }
  if (!existsSync(debugKeystore)) {
    mkdirSync(dirname(debugKeystore), { recursive: true });
    run('keytool', [
      '-genkeypair', '-noprompt',
      '-keystore', debugKeystore, '-storetype', 'PKCS12',
      '-storepass', DEBUG_PASS, '-keypass', DEBUG_PASS, '-alias', DEBUG_ALIAS,
      '-keyalg', 'RSA', '-keysize', '2048', '-validity', '10000',
      '-dname', 'CN=Aman debug key (not for release), O=Aman',
    ]);
    console.log(`Made a throwaway debug signing key: ${debugKeystore}`);
  }
  return { args: ['--ks', debugKeystore, '--ks-pass', `pass:${DEBUG_PASS}`, '--ks-key-alias', DEBUG_ALIAS], debug: true };
}

/** Lays out the manifest, res/ and assets/ for aapt in `work`. */
function stage(work: string): { versionName: string; versionCode: number } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  let code: number;
  try {
    code = versionCode(pkg.version);
  } catch (e) {
    throw new BuildError(`package.json version: ${(e as Error).message}`);
  }
  const values = { versionName: pkg.version, versionCode: code };
  const template = readFileSync(join(here, 'AndroidManifest.xml'), 'utf8');
  writeFileSync(join(work, 'AndroidManifest.xml'), renderManifest(template, values));

  const res = join(work, 'res');
  cpSync(join(here, 'res'), res, { recursive: true });
  // Without a res/ with strings aapt writes no resources.arsc and the launcher shows no name.
  writeFileSync(join(res, 'values/strings.xml'), renderStrings({ app_name: 'Aman' }));
  // 192 px is the launcher size at xxxhdpi (48 dp × 4); Android scales it down for other screens.
  mkdirSync(join(res, 'mipmap-xxxhdpi'), { recursive: true });
  cpSync(join(root, 'public/icons/icon-192.png'), join(res, 'mipmap-xxxhdpi/ic_launcher.png'));
  cpSync(join(root, 'public/icons/maskable-512.png'), join(res, 'mipmap-xxxhdpi/ic_launcher_maskable.png'));

  mkdirSync(join(work, 'assets'));
  cpSync(input, join(work, 'assets/index.html'));
  return values;
}

function build(): void {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'aman-apk-'));
  try {
    const version = stage(work);
    run('smali', ['assemble', '--api', '21', '-o', join(work, 'classes.dex'), join(here, 'smali')]);

    const unaligned = join(work, 'unaligned.apk');
    // -0 arsc: resources.arsc stays uncompressed, which Android 11+ requires of apps targeting API 30+.
    run('aapt', [
      'package', '-f', '-0', 'arsc',
      '-M', join(work, 'AndroidManifest.xml'), '-S', join(work, 'res'), '-A', join(work, 'assets'),
      '-I', FRAMEWORK_RES, '-F', unaligned,
    ]);
    // Run from `work` so the entry is named classes.dex, at the archive's root.
    run('aapt', ['add', unaligned, 'classes.dex'], work);
    const aligned = join(work, 'aligned.apk');
    run('zipalign', ['-f', '-p', '4', unaligned, aligned]);

    const key = signingArgs();
    mkdirSync(outDir, { recursive: true });
    run('apksigner', [
      'sign', ...key.args,
      '--v1-signing-enabled', 'true', '--v2-signing-enabled', 'true', '--v3-signing-enabled', 'true',
      '--v4-signing-enabled', 'false',
      '--out', apkOut, aligned,
    ]);
    const verified = run('apksigner', ['verify', '--verbose', apkOut]);
    for (const scheme of ['v1 scheme (JAR signing)', 'v2 scheme (APK Signature Scheme v2)', 'v3 scheme (APK Signature Scheme v3)']) {
      if (!verified.includes(`Verified using ${scheme}: true`)) {
        throw new BuildError(`apksigner verify: not verified using ${scheme}:\n${verified}`);
      }
    }

    const apk = readFileSync(apkOut);
    writeFileSync(zipOut, writeZip([{ name: 'aman.apk', data: apk }]));
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`dist-apk/aman.apk ${kb(apk.length)} (Aman ${version.versionName}, versionCode ${version.versionCode})`);
    console.log(`dist-apk/aman-android.zip ${kb(statSync(zipOut).size)} (for Bluetooth)`);
    console.log(`APK built in ${secs} s`);
    if (!key.debug) {
      console.log(`Signed with the kept key in AMAN_KEYSTORE (alias ${process.env.AMAN_KEY_ALIAS}).`);
    } else {
      console.warn(
        `WARNING: this APK is signed with a throwaway debug key (${debugKeystore}). Phones install an update ` +
          'only over an app signed with the same key, so keep that file for the next build, and sign ' +
          'releases with a kept key (AMAN_KEYSTORE, AMAN_KEYSTORE_PASS, AMAN_KEY_ALIAS).',
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): number {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--if-available');
  if (unknown.length) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: npx tsx scripts/apk/build.ts [--if-available]`);
    return 1;
  }
  // A failed or skipped build must not leave an older APK behind for the web build to ship as current.
  rmSync(apkOut, { force: true });
  rmSync(zipOut, { force: true });
  if (!existsSync(input)) {
    console.error('No dist-single/index.html to wrap: run `npx vite build --mode single` first.');
    return 1;
  }
  const missing = missingTools();
  if (missing.length) {
    if (args.includes('--if-available')) {
      console.log(`${missingMessage(missing)} (skipping the Android app)`);
      return 0;
    }
    console.error(missingMessage(missing));
    return 1;
  }
  try {
    build();
    return 0;
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    console.error(`APK build failed: ${e.message}`);
    rmSync(apkOut, { force: true });
    rmSync(zipOut, { force: true });
    return 1;
  }
}

process.exitCode = main();
