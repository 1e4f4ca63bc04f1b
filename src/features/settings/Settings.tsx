import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LANGS, LANG_NAMES, type Lang } from '../../lib/langs';
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../../lib/prefs';
import { Screen } from '../../app/Screen';
import { useStore } from '../../app/useStore';
import { prefsStore, setDisplay, setLanguage } from '../../app/preferences';
import { swStore } from '../../app/sw';
import { repairOfflineCopy } from '../../app/swRepair';
import { openUserStorage } from '../../app/userStorage';
import { useOnline } from './useOnline';
import { usePersistence } from './usePersistence';
import { WipeData } from './WipeData';
import { FileStore } from './FileStore';
import { isAndroidWebView } from '../../lib/platform';

/** Language, text size, colours, and the state of offline use and storage. */
export default function Settings() {
  const prefs = useStore(prefsStore);
  const sw = useStore(swStore);
  const online = useOnline();
  const persistence = usePersistence();
  const [storageMode, setStorageMode] = useState<'idb' | 'memory' | null>(null);
  const [repairFailed, setRepairFailed] = useState(false);
  useEffect(() => {
    void openUserStorage().then((s) => setStorageMode(s.mode));
  }, []);
  const lang = (prefs.lang ?? document.documentElement.lang) as Lang;

  return (
    <Screen title={t('settings.title')}>
      <fieldset class="choices">
        <legend>{t('settings.language')}</legend>
        {LANGS.map((l) => (
          <label key={l} lang={l}>
            <input
              type="radio"
              name="lang"
              checked={lang === l}
              onChange={() => void setLanguage(l)}
            />
            {LANG_NAMES[l]}
          </label>
        ))}
      </fieldset>

      <fieldset class="choices">
        <legend>{t('settings.textSize')}</legend>
        {TEXT_SIZES.map((size: TextSize) => (
          <label key={size}>
            <input
              type="radio"
              name="size"
              checked={prefs.textSize === size}
              onChange={() => setDisplay({ textSize: size })}
            />
            {t('settings.textSizeValue', { value: size })}
          </label>
        ))}
      </fieldset>

      <fieldset class="choices">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme: Theme) => (
          <label key={theme}>
            <input
              type="radio"
              name="theme"
              checked={prefs.theme === theme}
              onChange={() => setDisplay({ theme })}
            />
            {t(`settings.themes.${theme}`)}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="offline-h">
        <h2 id="offline-h">{t('settings.offline')}</h2>
        <p data-testid="offline-status">
          {sw.support === 'file'
            ? t('settings.offlineSingleFile')
            : sw.support === 'unsupported'
            ? t('settings.offlineUnsupported')
            : sw.offlineReady
              ? t('settings.offlineReady')
              : t('settings.offlineNotYet')}
        </p>
        <p>{online ? t('settings.online') : t('settings.offlineNow')}</p>
      </section>

      <section aria-labelledby="persist-h">
        <h2 id="persist-h">{t('settings.persist')}</h2>
        <p data-testid="persist-status">
          {persistence.state === 'yes'
            ? t('settings.persistYes')
            : persistence.state === 'no'
              ? t('settings.persistNo')
              : t('settings.persistUnknown')}
        </p>
        {persistence.state === 'no' && (
          <button type="button" onClick={persistence.ask}>
            {t('settings.persistAsk')}
          </button>
        )}
      </section>

      {sw.support === 'supported' && online && (
        <section aria-labelledby="repair-h">
          <h2 id="repair-h">{t('repair.title')}</h2>
          <p>{t('repair.text')}</p>
          <button type="button" onClick={() => repairOfflineCopy().catch(() => setRepairFailed(true))}>
            {t('repair.button')}
          </button>
          <p role="status">{repairFailed && t('repair.failed')}</p>
        </section>
      )}

      {__IS_SINGLE_FILE__ && !isAndroidWebView() && <FileStore />}

      <WipeData />

      <section aria-labelledby="storage-h">
        <h2 id="storage-h">{t('settings.storage')}</h2>
        {storageMode && (
          <p>{storageMode === 'idb' ? t('settings.storageIdb') : t('settings.storageMemory')}</p>
        )}
      </section>
    </Screen>
  );
}
