import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { App } from '../../src/app/App';
import { initI18n } from '../../src/lib/i18n';
import { en, ru } from './strings';

beforeEach(async () => {
  localStorage.clear();
  location.hash = '';
  await initI18n('en');
  document.documentElement.lang = 'en';
});

test('home puts one-tap calls to 112, 102 and 103 first', async () => {
  render(<App lang="en" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.home.title);
  const calls = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
  expect(calls.map((a) => a.getAttribute('href'))).toEqual(['tel:112', 'tel:102', 'tel:103']);
  // The name holds the visible number (voice control) and the digits one by one (screen readers).
  expect(calls[0]!.getAttribute('aria-label')).toContain('112');
  expect(calls[0]!.getAttribute('aria-label')).toContain('(1 1 2)');
});

test('hash navigation opens settings, and an unknown path shows not-found with a way home', async () => {
  render(<App lang="en" />);
  location.hash = '#/settings';
  await screen.findByRole('heading', { level: 1, name: en.settings.title });
  location.hash = '#/nowhere';
  await screen.findByRole('heading', { level: 1, name: en.notFound.title });
  expect(screen.getByRole('link', { name: en.notFound.home }).getAttribute('href')).toBe('#/');
});

test('the language switch changes every string and <html lang>, and is remembered', async () => {
  render(<App lang="en" />);
  fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
  await screen.findByRole('heading', { level: 1, name: ru.home.title });
  expect(document.documentElement.lang).toBe('ru');
  expect(JSON.parse(localStorage.getItem('aman.prefs')!).lang).toBe('ru');
  expect(screen.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true');
});

test('theme and text size apply to the document and persist', async () => {
  render(<App lang="en" />);
  location.hash = '#/settings';
  await screen.findByRole('heading', { level: 1, name: en.settings.title });
  fireEvent.click(screen.getByLabelText(en.settings.themes.contrast));
  expect(document.documentElement.dataset.theme).toBe('contrast');
  fireEvent.click(screen.getByLabelText('200%'));
  expect(document.documentElement.style.fontSize).toBe('200%');
  await waitFor(() => expect(JSON.parse(localStorage.getItem('aman.prefs')!)).toMatchObject({ theme: 'contrast', textSize: 200 }));
});

test('the skip link moves focus to the main content without changing the route', async () => {
  render(<App lang="en" />);
  fireEvent.click(screen.getByText(en.app.skip));
  expect(document.activeElement?.id).toBe('main');
  expect(location.hash).toBe('');
});
