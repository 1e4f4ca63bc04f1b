import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { groupFingerprint } from '../../lib/fingerprint';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import { CheckFile } from './CheckFile';
import { QrCode } from './QrCode';
import { IS_SINGLE_FILE, SHAREABLE, type Shareable } from './copies';
import { isAndroidWebView } from '../../lib/platform';

/** Reads a precached copy (works offline) as a File, for the Web Share API. */
async function asFile(f: Shareable): Promise<File> {
  const res = await fetch(f.name);
  if (!res.ok) throw new Error(`${f.name}: ${res.status}`);
  return new File([await res.arrayBuffer()], f.name, { type: f.type });
}

/**
 * Whether this browser can share this kind of file (Android Chrome: Bluetooth, Quick Share, messengers).
 * Asked per file: Chrome shares .html but refuses .zip, so the zip gets only "Save the file".
 */
function canShareFile(f: Shareable): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File([''], f.name, { type: f.type })] });
  } catch {
    return false;
  }
}

/**
 * Pass Aman on without internet: the one-file copy first (Bluetooth accepts HTML), then the Android app
 * in a zip; share through the phone or save the file; fingerprints to compare; a check for a received
 * file; step-by-step help; and a QR code of the web address while the internet still works.
 */
export default function Share() {
  // The APK itself is offered only inside its zip: Android's Bluetooth refuses .apk files.
  const files = SHAREABLE.filter((f) => f.name !== 'aman.apk');
  const [shareable, setShareable] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => setShareable(files.filter(canShareFile).map((f) => f.name)), []);

  const share = async (f: Shareable) => {
    try {
      await navigator.share({ files: [await asFile(f)], title: 'Aman' });
    } catch (e) {
      // The person closing the share sheet is not an error worth a message.
      if ((e as Error).name !== 'AbortError') setStatus(t('share.shareFailed'));
    }
  };

  return (
    <Screen title={t('share.title')}>
      <p>{t('share.intro')}</p>
      {IS_SINGLE_FILE ? (
        <p class="note">{isAndroidWebView() ? t('share.inApp') : t('share.thisIsTheFile')}</p>
      ) : files.length === 0 ? (
        <p class="note">{t('share.noCopies')}</p>
      ) : (
        <ul class="share-files">
          {files.map((f) => (
            <li key={f.name} class="share-file">
              <h2>{f.name.endsWith('.html') ? t('share.htmlTitle') : t('share.apkTitle')}</h2>
              <p>{f.name.endsWith('.html') ? t('share.htmlText') : t('share.apkText')}</p>
              <p class="hint">
                {f.name} · {t('share.size', { kb: Math.ceil(f.bytes / 1024) })}
              </p>
              <div class="actions">
                {shareable.includes(f.name) && (
                  <button type="button" class="primary" onClick={() => void share(f)}>
                    <Icon name="share" /> {t('share.share')}
                  </button>
                )}
                <a class="button" href={f.name} download={f.name}>
                  {t('share.save')}
                </a>
              </div>
              <p class="fingerprint-label">{t('share.fingerprint')}</p>
              <p class="fingerprint" lang="en" data-testid={`fp-${f.name}`}>
                {groupFingerprint(f.sha256).join(' ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>

      <h2>{t('share.howTitle')}</h2>
      {(['bluetooth', 'openHtml', 'installApk', 'iphone'] as const).map((k) => (
        <details key={k} class="how">
          <summary>{t(`share.how.${k}.title`)}</summary>
          <ol>
            {(t(`share.how.${k}.steps`, { returnObjects: true }) as string[]).map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      ))}

      {!IS_SINGLE_FILE && <CheckFile known={SHAREABLE} />}
      <QrCode />
    </Screen>
  );
}
