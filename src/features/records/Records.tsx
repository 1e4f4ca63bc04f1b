import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';
import { storageErrorKey, type StorageErrorKey } from '../../app/storageError';
import { INCIDENT_KINDS, newIncident, type Incident, type IncidentKind } from './incident';
import { listIncidents, lock, newId, saveIncident } from './recordsStore';
import { showDateTime } from './recordText';
import { VaultGate } from './VaultGate';

/**
 * Incident records: behind the passphrase, a one-tap start for each kind of incident (the time is filled
 * in at once, the rest can wait), then the records kept so far, newest first.
 */
export default function Records() {
  return (
    <Screen title={t('records.title')}>
      <p>{t('records.intro')}</p>
      <VaultGate>
        <RecordList />
      </VaultGate>
    </Screen>
  );
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; incidents: Incident[]; unreadable: number }
  | { status: 'failed'; key: StorageErrorKey };

function RecordList() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [failed, setFailed] = useState<StorageErrorKey | null>(null);
  const [starting, setStarting] = useState(false);
  useEffect(() => {
    listIncidents().then(
      (r) => setState({ status: 'ready', ...r }),
      (err) => setState({ status: 'failed', key: storageErrorKey(err) }),
    );
  }, []);

  /** One record per tap: the buttons wait while it is sealed, so a double tap does not make two. */
  const start = async (kind: IncidentKind) => {
    const incident = newIncident(kind, new Date(), newId());
    setStarting(true);
    try {
      await saveIncident(incident);
      location.hash = `#/records/${incident.id}`;
    } catch (err) {
      setFailed(storageErrorKey(err));
      setStarting(false);
    }
  };

  return (
    <>
      <section aria-labelledby="new-h">
        <h2 id="new-h">{t('records.newTitle')}</h2>
        <ul class="kinds">
          {INCIDENT_KINDS.map((k) => (
            <li key={k}>
              <button type="button" class="entry" disabled={starting} onClick={() => void start(k)}>
                {t(`records.kinds.${k}`)}
              </button>
            </li>
          ))}
        </ul>
        {failed && (
          <p class="field-error" role="alert">
            {t(failed)}
          </p>
        )}
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">{t('records.listTitle')}</h2>
        {state.status === 'loading' && <p class="loading">{t('common.loading')}</p>}
        {state.status === 'failed' && <p role="alert">{t(state.key)}</p>}
        {state.status === 'ready' && (
          <>
            {state.incidents.length === 0 && <p>{t('records.empty')}</p>}
            <ul class="records">
              {state.incidents.map((i) => (
                <li key={i.id}>
                  <a href={`#/records/${i.id}`}>
                    <strong>{t(`records.kinds.${i.kind}`)}</strong>
                    {i.when && <span> · {showDateTime(i.when)}</span>}
                    {i.place.trim() && <span> · {i.place.trim().slice(0, 60)}</span>}
                  </a>
                </li>
              ))}
            </ul>
            {state.unreadable > 0 && <p class="note">{t('records.unreadable', { count: state.unreadable })}</p>}
          </>
        )}
        <p>
          <button type="button" onClick={lock}>
            {t('records.lock')}
          </button>
        </p>
      </section>
    </>
  );
}
