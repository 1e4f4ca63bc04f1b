import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { en } from './strings';

const html = new TextEncoder().encode('<!doctype html><title>Aman</title>');
const zip = new TextEncoder().encode('PK fake zip');
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

vi.mock('../../src/features/share/copies', () => ({
  IS_SINGLE_FILE: false,
  SHAREABLE: [
    { name: 'aman.html', type: 'text/html', bytes: html.length, sha256: hex(html) },
    { name: 'aman-android.zip', type: 'application/zip', bytes: zip.length, sha256: hex(zip) },
    { name: 'aman.apk', type: 'application/vnd.android.package-archive', bytes: 1, sha256: 'ab' },
  ],
}));
const { default: Share } = await import('../../src/features/share/Share');

beforeEach(async () => {
  await initI18n('en');
  await ensureScreenStrings();
});
afterEach(() => vi.unstubAllGlobals());

test('offers the one-file copy first, then the APK zip (never the bare .apk), with grouped fingerprints', async () => {
  render(<Share />);
  const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
  expect(headings.slice(0, 2)).toEqual([en.share.htmlTitle, en.share.apkTitle]);
  expect(screen.queryByText(/aman\.apk ·/)).toBeNull();
  expect(screen.getByTestId('fp-aman.html').textContent).toBe(hex(html).toUpperCase().match(/.{4}/g)!.join(' '));
  const saves = screen.getAllByRole('link', { name: en.share.save }).map((a) => a.getAttribute('href'));
  expect(saves).toEqual(['aman.html', 'aman-android.zip']);
});

test('Send hands the real files to the Web Share API', async () => {
  const shared: File[][] = [];
  vi.stubGlobal('navigator', {
    ...navigator,
    // As Chrome on Android: HTML can be shared, zip files cannot.
    canShare: (d: { files: File[] }) => d.files.every((f) => f.name.endsWith('.html')),
    share: vi.fn(async (data: { files: File[] }) => void shared.push(data.files)),
  });
  vi.stubGlobal('fetch', vi.fn(async (name: string) => new Response(name === 'aman.html' ? html : zip)));
  render(<Share />);
  const buttons = await screen.findAllByRole('button', { name: en.share.share });
  // Only the HTML copy offers Send; the zip offers Save only.
  expect(buttons).toHaveLength(1);
  fireEvent.click(buttons[0]!);
  await waitFor(() => expect(shared).toHaveLength(1));
  const file = shared[0]![0]!;
  expect(file.name).toBe('aman.html');
  expect(file.type).toBe('text/html');
  expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([...html]);
});

test('checking a file: the exact copy matches, a tampered one does not', async () => {
  render(<Share />);
  const input = (await screen.findByLabelText(en.share.checkPick)) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([html], 'aman.html')] } });
  await waitFor(() => expect(screen.getByTestId('check-result').textContent).toMatch(/exactly aman\.html/));
  const tampered = new Uint8Array([...html, 32]);
  fireEvent.change(input, { target: { files: [new File([tampered], 'aman.html')] } });
  await waitFor(() => expect(screen.getByTestId('check-result').textContent).toBe(en.share.checkMismatch));
});

test('step-by-step help for each way of passing Aman on', async () => {
  render(<Share />);
  for (const k of ['bluetooth', 'openHtml', 'installApk', 'iphone'] as const) {
    expect(await screen.findByText(en.share.how[k].title)).toBeTruthy();
  }
});
