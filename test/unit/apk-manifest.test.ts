import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { escapeAndroidString, escapeXml, renderManifest, renderStrings, renderTemplate } from '../../scripts/apk/manifest';

const template = readFileSync(new URL('../../scripts/apk/AndroidManifest.xml', import.meta.url), 'utf8');
// Comments stripped: they may name what the markup must not contain.
const manifest = renderManifest(template, { versionCode: 1_002_003, versionName: '1.2.3' }).replace(/<!--[\s\S]*?-->/g, '');
/** The value of one android: attribute on the first element named `element`. */
const attr = (element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*?android:${name}="([^"]*)"`).exec(manifest)?.[1];

describe('the manifest template', () => {
  test('fills the version and leaves no placeholder', () => {
    expect(manifest).toMatch(/\bpackage="kz\.aman\.app"/);
    expect(attr('manifest', 'versionCode')).toBe('1002003');
    expect(attr('manifest', 'versionName')).toBe('1.2.3');
    expect(manifest).not.toMatch(/\{\{|\}\}/);
  });

  test('asks for no permission at all', () => {
    expect(manifest).not.toMatch(/<uses-permission|<permission\b/);
  });

  test('SDK levels, no backup, no cleartext', () => {
    expect(attr('uses-sdk', 'minSdkVersion')).toBe('21');
    expect(attr('uses-sdk', 'targetSdkVersion')).toBe('34');
    expect(attr('application', 'allowBackup')).toBe('false');
    expect(attr('application', 'usesCleartextTraffic')).toBe('false');
    expect(attr('application', 'label')).toBe('@string/app_name');
  });

  test('one exported launcher Activity, the one the smali defines', () => {
    expect(manifest.match(/<activity\b/g)).toHaveLength(1);
    expect(attr('activity', 'name')).toBe('.MainActivity');
    expect(attr('activity', 'exported')).toBe('true');
    expect(manifest).toContain('android.intent.action.MAIN');
    expect(manifest).toContain('android.intent.category.LAUNCHER');
    const smali = readFileSync(new URL('../../scripts/apk/smali/kz/aman/app/MainActivity.smali', import.meta.url), 'utf8');
    expect(smali).toMatch(/^\.class public Lkz\/aman\/app\/MainActivity;$/m);
  });

  test('escapes what it fills in', () => {
    expect(renderManifest('<m v="{{versionName}}" c="{{versionCode}}"/>', { versionCode: 1, versionName: '1"<&' })).toBe(
      '<m v="1&quot;&lt;&amp;" c="1"/>',
    );
  });
});

describe('renderTemplate', () => {
  test('a placeholder without a value, or a value without a placeholder, is an error', () => {
    expect(() => renderTemplate('{{a}} {{b}}', { a: 1 })).toThrow(/no value for \{\{b\}\}/);
    expect(() => renderTemplate('{{a}}', { a: 1, b: 2 })).toThrow(/no placeholder for b/);
  });

  test('the same placeholder may appear twice', () => {
    expect(renderTemplate('{{a}}-{{ a }}', { a: 'x' })).toBe('x-x');
  });
});

describe('strings.xml', () => {
  test('app_name', () => {
    expect(renderStrings({ app_name: 'Aman' })).toContain('<string name="app_name">Aman</string>');
  });

  test('escapes for XML and for aapt', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    // aapt reads \' \" \\ as escapes and a leading @ or ? as a resource reference.
    expect(escapeAndroidString(`Aman's "app"`)).toBe('Aman\\&apos;s \\&quot;app\\&quot;');
    expect(escapeAndroidString('@home')).toBe('\\@home');
    expect(escapeAndroidString('a\\b\nc')).toBe('a\\\\b\\nc');
  });

  test('refuses a name aapt would reject', () => {
    expect(() => renderStrings({ 'app-name': 'Aman' })).toThrow(/resource name/);
  });
});
