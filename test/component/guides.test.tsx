import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { en, kk } from './strings';
import GuidePage from '../../src/features/guides/GuidePage';
import GuideList from '../../src/features/guides/GuideList';
import OfficerCard from '../../src/features/guides/OfficerCard';
import PrintCard from '../../src/features/guides/PrintCard';
import { ReadAloud } from '../../src/features/guides/ReadAloud';
import { loadedGuide, loadGuides } from '../../src/features/guides/data';
import { loadScreen } from '../../src/app/screens';

beforeEach(async () => {
  await initI18n('en');
  await ensureScreenStrings();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('a guide shows its sections in order, with citations readable by screen readers', async () => {
  const guide = (await loadGuides('en')).find((g) => g.id === 'phone-check')!;
  const { container } = render(<GuidePage route={{ name: 'guide', id: 'phone-check' }} />);
  await screen.findByRole('heading', { level: 1, name: guide.title });
  const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  const expected = guide.sections.filter((s) => s.id !== 'card').map((s) => s.title);
  expect(h2).toEqual(expected);
  expect(h2[0]).toBe('In 30 seconds');
  // Every rights item carries a citation whose full name is in the page for screen readers.
  const rights = container.querySelector('.section-rights')!;
  for (const li of rights.querySelectorAll('li')) expect(li.querySelector('.cite .sr-only')?.textContent).toBeTruthy();
  expect(screen.getByText(en.guides.notAdvice, { exact: false })).toBeTruthy();
  expect(screen.getByRole('link', { name: en.card.open }).getAttribute('href')).toBe('#/guides/phone-check/card');
});

test('an unknown guide id shows not-found, not a blank page', async () => {
  render(<GuidePage route={{ name: 'guide', id: 'no-such-guide' }} />);
  await screen.findByRole('heading', { level: 1, name: en.notFound.title });
});

test('search forgives Kazakh endings, shows the match, and announces the count', async () => {
  await initI18n('kk');
  await ensureScreenStrings();
  render(<GuideList />);
  const input = await screen.findByLabelText(kk.guides.searchLabel);
  fireEvent.input(input, { target: { value: 'телефонымды' } });
  const hits = await screen.findAllByRole('listitem');
  const links = hits.map((h) => within(h).queryByRole('link')?.getAttribute('href')).filter(Boolean);
  expect(links.some((l) => l!.startsWith('#/guides/phone-check'))).toBe(true);
  expect(document.querySelector('mark')?.textContent?.toLowerCase()).toMatch(/^телефон/);
  await waitFor(() => expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(/нәтиже/), {
    timeout: 2000,
  });
});

test('a search with no match says so', async () => {
  render(<GuideList />);
  fireEvent.input(await screen.findByLabelText(en.guides.searchLabel), { target: { value: 'zzzqqq' } });
  await screen.findByText(en.guides.noResults);
});

test('the officer card shows Kazakh and Russian, each marked with its language, and English on request', async () => {
  const { container } = render(<OfficerCard route={{ name: 'card', id: 'detained' }} />);
  await screen.findByRole('heading', { level: 1, name: en.card.title });
  const parts = [...container.querySelectorAll('.card-part')].map((p) => p.getAttribute('lang'));
  expect(parts).toEqual(['kk', 'ru', 'en']);
  expect(container.querySelector('details .card-part')?.getAttribute('lang')).toBe('en');
});

test('a guide without a card has no card screen', async () => {
  render(<OfficerCard route={{ name: 'card', id: 'court' }} />);
  await screen.findByRole('heading', { level: 1, name: en.notFound.title });
});

test('the print card has both key guides, 112 and 102, blank lines, and prints', async () => {
  const print = vi.fn();
  vi.stubGlobal('print', print);
  const { container } = render(<PrintCard />);
  await screen.findByRole('heading', { level: 1, name: en.print.title });
  await waitFor(() => expect(container.querySelectorAll('.printable section')).toHaveLength(3));
  expect(container.querySelector('.print-numbers')?.textContent).toMatch(/112.*102/);
  expect(container.querySelectorAll('.blanks dd')).toHaveLength(3);
  fireEvent.click(screen.getByRole('button', { name: en.print.print }));
  expect(print).toHaveBeenCalled();
});

/** A fake speech engine: records what it was asked to say. */
function fakeSpeech(voices: { lang: string; name: string; localService?: boolean }[]) {
  const spoken: { text: string; lang: string }[] = [];
  const synth = {
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
    speak: vi.fn((u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang })),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      lang = '';
      onend: (() => void) | null = null;
      constructor(public text: string) {}
    },
  );
  return { synth, spoken };
}

test('read aloud is hidden where the browser cannot speak', async () => {
  vi.stubGlobal('speechSynthesis', undefined);
  const guide = (await loadGuides('en'))[0]!;
  const { container } = render(<ReadAloud guide={guide} />);
  expect(container.innerHTML).toBe('');
});

test('Kazakh guide with only a Russian voice: says so, and reads the Russian guide', async () => {
  await initI18n('kk');
  await ensureScreenStrings();
  const { synth, spoken } = fakeSpeech([{ lang: 'ru-RU', name: 'Russian', localService: true }]);
  const guide = (await loadGuides('kk')).find((g) => g.id === 'detained')!;
  const ruGuide = (await loadGuides('ru')).find((g) => g.id === 'detained')!;
  render(<ReadAloud guide={guide} />);
  expect(screen.getByText(kk.read.inRussian)).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: kk.read.play }));
  });
  await waitFor(() => expect(spoken.length).toBeGreaterThan(5));
  expect(spoken[0]).toEqual({ text: ruGuide.title, lang: 'ru-RU' });
  fireEvent.click(screen.getByRole('button', { name: kk.read.pause }));
  expect(synth.pause).toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: kk.read.stop }));
  expect(synth.cancel).toHaveBeenCalled();
  expect(screen.getByRole('button', { name: kk.read.play })).toBeTruthy();
});

test('inside the Android app, where printing does nothing, the print button is replaced by a hint', async () => {
  vi.stubGlobal('navigator', { ...navigator, userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A145F; wv) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36' });
  render(<PrintCard />);
  await screen.findByText(en.print.notInApp);
  expect(screen.queryByRole('button', { name: en.print.print })).toBeNull();
});

test('a link to an id that is no guide, even a name every object has, shows not-found', async () => {
  render(<GuidePage route={{ name: 'guide', id: 'constructor' }} />);
  await screen.findByRole('heading', { level: 1, name: en.notFound.title });
});

test('a linked guide loads with its screen, so the first render shows the text, not "Loading…"', async () => {
  const Screen = await loadScreen({ name: 'guide', id: 'court' }, 'en');
  expect(loadedGuide('en', 'court')?.id).toBe('court');
  render(<Screen route={{ name: 'guide', id: 'court' }} />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(loadedGuide('en', 'court')!.title);
  expect(document.querySelector('.loading')).toBeNull();
});
