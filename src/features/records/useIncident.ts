import { useEffect, useState } from 'preact/hooks';
import { storageErrorKey, type StorageErrorKey } from '../../app/storageError';
import { useAutosave } from '../../app/useAutosave';
import type { Incident } from './incident';
import { loadIncident, onBeforeLock, saveIncident } from './recordsStore';

export type IncidentLoad = 'loading' | 'missing' | { failed: StorageErrorKey } | { ready: Incident };
/** How the last save went: kept on the phone, kept only until the page closes, or why it failed. */
export type SaveState = 'saved' | 'savedMemory' | { failed: StorageErrorKey } | null;

/**
 * One record for a screen that edits it: loaded once, saved (sealed) a short pause after each change and
 * before the records lock, so what was typed is never lost to a lock. `cancel` drops a pending save (before
 * deleting the record).
 */
export function useIncident(id: string) {
  const [load, setLoad] = useState<IncidentLoad>('loading');
  const [saveState, setSaveState] = useState<SaveState>(null);
  useEffect(() => {
    loadIncident(id).then(
      (i) => setLoad(i ? { ready: i } : 'missing'),
      (err) => setLoad({ failed: storageErrorKey(err) }),
    );
  }, [id]);
  const incident = typeof load === 'object' && 'ready' in load ? load.ready : null;
  const autosave = useAutosave(
    incident,
    (i) =>
      saveIncident(i).then(
        (mode) => setSaveState(mode === 'memory' ? 'savedMemory' : 'saved'),
        (err) => setSaveState({ failed: storageErrorKey(err) }),
      ),
    600,
  );
  // The key is gone once the records lock: seal what is pending first.
  useEffect(() => onBeforeLock(autosave.flush), []);
  return {
    load,
    /** Replaces the record on screen; it is saved after a short pause. */
    change: (next: Incident) => setLoad({ ready: next }),
    saveState,
    setSaveState,
    cancelSave: autosave.cancel,
  };
}
