import { t } from '../lib/i18n';
import { useStore } from './useStore';
import { dismissOfflineReady, postponeUpdate, swStore, updateNow } from './sw';
import { storageNotice, dismissStorageNotice } from './storageNotice';
import { languageFailed } from './preferences';

/**
 * Short messages about the app itself: saved for offline use, an update waiting, data kept only in memory.
 * The region is polite and always present, so screen readers announce a notice when it appears.
 */
export function Notices() {
  const sw = useStore(swStore);
  const memoryOnly = useStore(storageNotice);
  const langFailed = useStore(languageFailed);
  return (
    <div class="notices" role="status" aria-live="polite">
      {sw.justBecameReady && (
        <div class="notice notice-ok">
          <p>{t('notice.offlineReady')}</p>
          <button type="button" onClick={dismissOfflineReady}>
            {t('notice.close')}
          </button>
        </div>
      )}
      {sw.updateWaiting && (
        <div class="notice">
          <p>{t('notice.updateReady')}</p>
          <div class="notice-actions">
            <button type="button" class="primary" onClick={updateNow}>
              {t('notice.update')}
            </button>
            <button type="button" onClick={postponeUpdate}>
              {t('notice.later')}
            </button>
          </div>
        </div>
      )}
      {langFailed && (
        <div class="notice notice-warn">
          <p>{t('notice.loadFailed')}</p>
          <button type="button" onClick={() => languageFailed.set(false)}>
            {t('notice.close')}
          </button>
        </div>
      )}
      {memoryOnly && (
        <div class="notice notice-warn">
          <p>{memoryOnly === 'file' ? t('notice.fileMemory') : t('notice.memoryOnly')}</p>
          <button type="button" onClick={dismissStorageNotice}>
            {t('notice.close')}
          </button>
        </div>
      )}
    </div>
  );
}
