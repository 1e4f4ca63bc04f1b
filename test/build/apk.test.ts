/**
 * Checks on the built Android app, dist-apk/aman.apk (`npx tsx scripts/apk/build.ts`), with the same
 * Debian tools that built it. No emulator here: the Activity's behaviour is checked by running its
 * classes.dex on the JVM against stubs (test/build/apk-jvm/README.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { versionCode } from '../../scripts/apk/version';
import { readZip, type ReadEntry } from '../../scripts/apk/zip';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const APK = join(root, 'dist-apk/aman.apk');
const ZIP = join(root, 'dist-apk/aman-android.zip');
const PAGE = join(root, 'dist-single/index.html');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The built file, or a failure that says how to build it: a missing APK must never pass as "skipped". */
function built(path: string): Buffer {
  if (!existsSync(path)) {
    throw new Error(
      `${relative(root, path)} does not exist: build the APK first with ` +
        '`npx vite build --mode single && npx tsx scripts/apk/build.ts`',
    );
  }
  return readFileSync(path);
}

let entries: ReadEntry[] | undefined;
function apkEntries(): ReadEntry[] {
  entries ??= readZip(built(APK));
  return entries;
}
function entry(name: string): ReadEntry {
  const e = apkEntries().find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in the APK (has: ${apkEntries().map((x) => x.name).join(', ')})`);
  return e;
}

const PACKAGES: Record<string, string> = {
  aapt: 'aapt', zipalign: 'zipalign', apksigner: 'apksigner', dexdump: 'dexdump', unzip: 'unzip',
  enjarify: 'enjarify', javac: 'default-jdk-headless', java: 'default-jdk-headless',
};

/** Runs a tool and returns its output; fails with the install line when the tool is missing. */
function tool(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${cmd} is not installed: apt-get install -y ${PACKAGES[cmd] ?? cmd}`);
  }
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function ok(cmd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const r = tool(cmd, args, env);
  expect(r.status, `${cmd} ${args.join(' ')}:\n${r.out}`).toBe(0);
  return r.out;
}

describe('dist-apk/aman.apk', () => {
  test('exists (run the APK build if this fails)', () => {
    expect(built(APK).length).toBeGreaterThan(0);
  });

  test('apksigner verifies it with v1, v2 and v3 signatures', () => {
    built(APK);
    const out = ok('apksigner', ['verify', '--verbose', '--print-certs', APK]);
    expect(out).toContain('Verified using v1 scheme (JAR signing): true');
    expect(out).toContain('Verified using v2 scheme (APK Signature Scheme v2): true');
    expect(out).toContain('Verified using v3 scheme (APK Signature Scheme v3): true');
    expect(out).toContain('Number of signers: 1');
  });

  test('zipalign -c -p 4 passes, and resources.arsc is stored uncompressed (required from targetSdk 30)', () => {
    built(APK);
    ok('zipalign', ['-c', '-p', '4', APK]);
    const arsc = entry('resources.arsc');
    expect(arsc.method).toBe(0);
    expect(arsc.dataOffset % 4).toBe(0);
  });

  test('asks for no permission', () => {
    built(APK);
    const out = ok('aapt', ['dump', 'permissions', APK]);
    expect(out).toContain('package: kz.aman.app');
    expect(out).not.toMatch(/uses-permission|permission:/);
  });

  test('badging: package, version, SDK levels, label, launchable Activity', () => {
    built(APK);
    const out = ok('aapt', ['dump', 'badging', APK]);
    expect(out).toContain(
      `package: name='kz.aman.app' versionCode='${versionCode(pkg.version)}' versionName='${pkg.version}'`,
    );
    expect(out).toMatch(/^sdkVersion:'21'$/m);
    expect(out).toMatch(/^targetSdkVersion:'34'$/m);
    expect(out).toMatch(/^application-label:'Aman'$/m);
    expect(out).toMatch(/^launchable-activity: name='kz\.aman\.app\.MainActivity'/m);
    expect(out).not.toMatch(/uses-permission/);
  });

  test('manifest: no backup, no cleartext, one exported Activity', () => {
    built(APK);
    const xml = ok('aapt', ['dump', 'xmltree', APK, 'AndroidManifest.xml']);
    // Booleans print as (type 0x12)0x0 for false and 0xffffffff for true.
    expect(xml).toMatch(/A: android:allowBackup\(0x[0-9a-f]+\)=\(type 0x12\)0x0$/m);
    expect(xml).toMatch(/A: android:usesCleartextTraffic\(0x[0-9a-f]+\)=\(type 0x12\)0x0$/m);
    expect(xml.match(/E: activity /g)).toHaveLength(1);
    expect(xml).toMatch(/A: android:exported\(0x[0-9a-f]+\)=\(type 0x12\)0xffffffff$/m);
    expect(xml).not.toMatch(/E: (uses-)?permission/);
  });

  test('assets/index.html is the one-file build, byte for byte', () => {
    const apkPage = entry('assets/index.html').data;
    const page = built(PAGE);
    expect(apkPage.length).toBe(page.length);
    expect(apkPage.equals(page)).toBe(true);
  });

  test('classes.dex: the Activity, its WebView, and links handed to other apps by Intent', () => {
    built(APK);
    const dex = ok('dexdump', ['-d', APK]);
    expect(dex).toContain("Class descriptor  : 'Lkz/aman/app/MainActivity;'");
    expect(dex).toContain("Superclass        : 'Landroid/app/Activity;'");
    expect(dex).toContain('Landroid/webkit/WebView;.<init>:(Landroid/content/Context;)V');
    expect(dex).toContain('Landroid/webkit/WebView;.loadUrl:(Ljava/lang/String;)V');
    expect(dex).toContain('"file:///android_asset/index.html"');
    expect(dex).toContain('Landroid/webkit/WebSettings;.setJavaScriptEnabled:(Z)V');
    expect(dex).toContain('Landroid/webkit/WebView;.setWebChromeClient:(Landroid/webkit/WebChromeClient;)V');
    // shouldOverrideUrlLoading: tel:, sms: and the rest go out as ACTION_VIEW Intents.
    const client = dex.slice(dex.indexOf('kz.aman.app.AmanWebViewClient.shouldOverrideUrlLoading'));
    expect(client).toContain('"android.intent.action.VIEW"');
    expect(client).toContain('Landroid/content/Intent;.<init>:(Ljava/lang/String;Landroid/net/Uri;)V');
    expect(client).toContain('Landroid/app/Activity;.startActivity:(Landroid/content/Intent;)V');
    expect(client).toContain('"sms"');
    expect(client).toContain('"sms_body"');
  });
});

describe('the Activity, run on the JVM', { timeout: 120_000 }, () => {
  const scenarios = [
    'create',
    'url:file:///android_asset/index.html#/sms',
    'url:tel:+77011234567',
    'url:tel:112',
    // As src/lib/sms-link.ts builds it for Android: "Help & come+50%", a line break and Cyrillic.
    'url:sms:+77011234567?body=Help%20%26%20come%2B50%25%0A%D0%9F%D0%BE%D0%BC%D0%BE%D0%B3%D0%B8%D1%82%D0%B5',
    'url:sms:+77011234567',
    'url:https://example.org/page',
    'url:file:///sdcard/Download/other.html',
    'url:about:blank',
    'url-no-app:tel:112',
    'back:history',
    'back:none',
    'file:pick',
    'file:cancel',
    'file:twice',
    'file:no-app',
  ];

  /** Translates classes.dex, compiles the stubs and runs every scenario, once; each test reads its part. */
  let run: Map<string, Record<string, unknown>> | Error | undefined;
  function runOnJvm(): Map<string, Record<string, unknown>> {
    if (run === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'aman-apk-jvm-'));
      try {
        writeFileSync(join(dir, 'classes.dex'), entry('classes.dex').data);
        // enjarify's launcher prefers the first python3 on PATH, which may lack Debian's enjarify module.
        const env = existsSync('/usr/bin/python3') && !process.env.PYTHON ? { ...process.env, PYTHON: '/usr/bin/python3' } : process.env;
        ok('enjarify', ['-f', '-o', join(dir, 'app.jar'), join(dir, 'classes.dex')], env);
        const sources = readdirSync(join(here, 'apk-jvm'), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.java'))
          .map((f) => join(here, 'apk-jvm', f));
        ok('javac', ['-nowarn', '-d', join(dir, 'classes'), '-cp', join(dir, 'app.jar'), ...sources]);
        // The JVM verifies these classes as it loads them: a type error in the smali fails here.
        const out = ok('java', ['-cp', `${join(dir, 'classes')}:${join(dir, 'app.jar')}`, 'kz.aman.app.Check', ...scenarios]);
        run = new Map(
          out.trim().split('\n').map((line) => {
            const r = JSON.parse(line) as Record<string, unknown>;
            return [r.scenario as string, r];
          }),
        );
      } catch (e) {
        run = e instanceof Error ? e : new Error(String(e));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (run instanceof Error) throw run;
    return run;
  }

  const result = (scenario: string) => {
    const r = runOnJvm().get(scenario);
    if (!r) throw new Error(`no result for ${scenario}`);
    return r;
  };

  test('onCreate: WebView settings, clients, and the page from the assets', () => {
    expect(result('create')).toMatchObject({
      contentView: 'android.webkit.WebView',
      client: 'kz.aman.app.AmanWebViewClient',
      chromeClient: 'kz.aman.app.AmanChromeClient',
      loaded: ['file:///android_asset/index.html'],
      settings: {
        javaScriptEnabled: true,
        domStorageEnabled: true,
        allowFileAccess: true,
        allowFileAccessFromFileURLs: false,
        allowUniversalAccessFromFileURLs: false,
        geolocationEnabled: false,
      },
      events: ['super.onCreate'],
    });
  });

  test("the app's own page stays inside; other files and page-made URLs go nowhere else", () => {
    expect(result('url:file:///android_asset/index.html#/sms')).toMatchObject({ returned: false, events: [] });
    expect(result('url:about:blank')).toMatchObject({ returned: false, events: [] });
    expect(result('url:file:///sdcard/Download/other.html')).toMatchObject({ returned: true, events: [] });
  });

  test('tel: opens the dialer', () => {
    for (const n of ['+77011234567', '112']) {
      expect(result(`url:tel:${n}`)).toEqual({
        scenario: `url:tel:${n}`,
        returned: true,
        events: [`startActivity action=android.intent.action.VIEW data=tel:${n}`],
      });
    }
  });

  test('sms: opens the messaging app, with the body also as sms_body, decoded once', () => {
    const link = 'sms:+77011234567?body=Help%20%26%20come%2B50%25%0A%D0%9F%D0%BE%D0%BC%D0%BE%D0%B3%D0%B8%D1%82%D0%B5';
    expect(result(`url:${link}`)).toMatchObject({
      returned: true,
      events: [`startActivity action=android.intent.action.VIEW data=${link} extra:sms_body=Help & come+50%\nПомогите`],
    });
    expect(result('url:sms:+77011234567')).toMatchObject({
      returned: true,
      events: ['startActivity action=android.intent.action.VIEW data=sms:+77011234567'],
    });
  });

  test('web links open in a browser', () => {
    expect(result('url:https://example.org/page')).toMatchObject({
      returned: true,
      events: ['startActivity action=android.intent.action.VIEW data=https://example.org/page'],
    });
  });

  test('no app for a link (a tablet without a dialer): no crash, the page stays', () => {
    expect(result('url-no-app:tel:112')).toMatchObject({ returned: true, events: [] });
  });

  test('Back goes back in the page, and leaves the app only at its first screen', () => {
    expect(result('back:history')).toMatchObject({ wentBack: 1, events: [] });
    expect(result('back:none')).toMatchObject({ wentBack: 0, events: ['super.onBackPressed'] });
  });

  test('file input (contact import): the system picker, and every request answered exactly once', () => {
    const picker = 'startActivityForResult 1 action=android.intent.action.GET_CONTENT type=*/* categories=android.intent.category.OPENABLE';
    const results = (s: string) => (result(s).events as string[]).filter((e) => e !== 'super.onActivityResult');
    expect(result('file:pick').returned).toBe(true);
    expect(results('file:pick')).toEqual([picker, 'first <- [content://picked/contacts.vcf]']);
    expect(results('file:cancel')).toEqual([picker, 'first <- null']);
    expect(results('file:twice')).toEqual([picker, 'first <- null', picker, 'second <- [content://picked/contacts.vcf]']);
    expect(results('file:no-app')).toEqual(['first <- null']);
  });
});

describe('dist-apk/aman-android.zip', () => {
  test('holds aman.apk alone, byte for byte', () => {
    const inside = readZip(built(ZIP));
    expect(inside.map((e) => e.name)).toEqual(['aman.apk']);
    expect(inside[0]!.data.equals(built(APK))).toBe(true);
  });

  test('a standard unzip reads it without error', () => {
    built(ZIP);
    const out = ok('unzip', ['-t', ZIP]);
    expect(out).toMatch(/testing: aman\.apk\s+OK/);
    expect(out).toContain('No errors detected');
  });
});
