import { useCallback, useEffect, useState } from 'preact/hooks';

type State = 'yes' | 'no' | 'unknown';

/** Whether the browser promised to keep Aman's storage under pressure, and a way to ask for it. */
export function usePersistence(): { state: State; ask: () => void } {
  const [state, setState] = useState<State>('unknown');
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    void storage.persisted().then((p) => setState(p ? 'yes' : 'no'));
  }, []);
  const ask = useCallback(() => {
    void navigator.storage?.persist?.().then((p) => setState(p ? 'yes' : 'no'));
  }, []);
  return { state, ask };
}
