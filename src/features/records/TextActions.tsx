import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { isAndroidWebView } from '../../lib/platform';

type Status = 'copied' | 'copyFailed' | 'shareFailed' | null;

/** Whether this browser can hand a text file to another app (Android Chrome's share sheet). */
function canShareText(): boolean {
  try {
    return (
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [new File([''], 'a.txt', { type: 'text/plain' })] })
    );
  } catch {
    return false;
  }
}

/**
 * What a person can do with a text that leaves the lock: copy it, share it as a file, save it, print it.
 * The file name is neutral ("letter.txt"), so a file list does not say what it holds. Inside the Android
 * app downloads, sharing and printing do nothing: only copying is offered there, with a hint.
 */
export function TextActions(props: { text: string; fileName: string }) {
  const [status, setStatus] = useState<Status>(null);
  const inApp = isAndroidWebView();
  const file = () => new File([props.text], props.fileName, { type: 'text/plain' });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ files: [file()] });
    } catch (e) {
      // Closing the share sheet is not an error worth a message.
      if ((e as Error).name !== 'AbortError') setStatus('shareFailed');
    }
  };
  const save = () => {
    const url = URL.createObjectURL(file());
    const a = document.createElement('a');
    a.href = url;
    a.download = props.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div class="no-print text-actions">
      <p class="note">{t('records.fileWarning')}</p>
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('records.copy')}
        </button>
        {!inApp && canShareText() && (
          <button type="button" onClick={() => void share()}>
            {t('records.shareFile')}
          </button>
        )}
        {!inApp && (
          <button type="button" onClick={save}>
            {t('records.saveFile')}
          </button>
        )}
        {!inApp && (
          <button type="button" onClick={() => window.print()}>
            {t('records.print')}
          </button>
        )}
      </div>
      {inApp && <p class="hint">{t('records.notInApp')}</p>}
      <p role="status" aria-live="polite">
        {status && t(`records.${status}`)}
      </p>
    </div>
  );
}
