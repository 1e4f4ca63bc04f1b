import { render } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useAutosave } from '../../src/app/useAutosave';

function Probe(props: { value: string | null; save: (v: string) => Promise<void> }) {
  useAutosave(props.value, props.save, 300);
  return null;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('saves once after typing pauses, not the restored value', () => {
  const save = vi.fn(async () => {});
  const { rerender } = render(<Probe value="restored" save={save} />);
  rerender(<Probe value="a" save={save} />);
  rerender(<Probe value="ab" save={save} />);
  vi.advanceTimersByTime(299);
  expect(save).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(save.mock.calls).toEqual([['ab']]);
});

test('leaving the screen within the pause still saves the last keystrokes', () => {
  const save = vi.fn(async () => {});
  const { rerender, unmount } = render(<Probe value="" save={save} />);
  rerender(<Probe value="badge 4521" save={save} />);
  unmount();
  expect(save.mock.calls).toEqual([['badge 4521']]);
});

test('the page being hidden (phone locked, app switched) saves at once', () => {
  const save = vi.fn(async () => {});
  const { rerender } = render(<Probe value="" save={save} />);
  rerender(<Probe value="Room 4" save={save} />);
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  expect(save.mock.calls).toEqual([['Room 4']]);
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

test('pagehide saves at once', () => {
  const save = vi.fn(async () => {});
  const { rerender } = render(<Probe value="" save={save} />);
  rerender(<Probe value="x" save={save} />);
  dispatchEvent(new Event('pagehide'));
  expect(save).toHaveBeenCalledWith('x');
});
