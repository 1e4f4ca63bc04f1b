import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { switchToPersistent } from '../../lib/storage';
import { savePrefs } from '../../lib/prefs';
import { prefsStore } from '../../app/preferences';
import { storageNotice } from '../../app/storageNotice';
import { useStore } from '../../app/useStore';

/**
 * Only in the one-file copy opened in a browser: data stays in memory because every local HTML file shares
 * its storage. The person may still choose to keep it, knowing why; what was typed so far is kept.
 */
export function FileStore() {
  const prefs = useStore(prefsStore);
  const [busy, setBusy] = useState(false);
  const enable = async () => {
    setBusy(true);
    await switchToPersistent();
    const next = { ...prefsStore.get(), keepInFile: true };
    prefsStore.set(next);
    savePrefs(next);
    storageNotice.set(null);
    setBusy(false);
  };
  return (
    <section aria-labelledby="filestore-h">
      <h2 id="filestore-h">{t('fileStore.title')}</h2>
      <p>{t('fileStore.text')}</p>
      {prefs.keepInFile ? (
        <p role="status">{t('fileStore.on')}</p>
      ) : (
        <button type="button" onClick={() => void enable()} disabled={busy}>
          {t('fileStore.button')}
        </button>
      )}
    </section>
  );
}
