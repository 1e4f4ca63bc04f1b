import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { matchKnown, sha256Hex, type KnownFile } from '../../lib/fingerprint';

/** Far larger than any copy of Aman: such a file is not one, and reading it could exhaust a cheap phone. */
const MAX_BYTES = 5 * 1024 * 1024;

type Result = { kind: 'match'; name: string } | { kind: 'mismatch' } | { kind: 'error' } | null;

/**
 * "Check a file": the receiver picks the copy they were given and learns whether it is exactly this
 * version's copy. The file never leaves the phone; only its fingerprint is computed.
 */
export function CheckFile(props: { known: readonly KnownFile[] }) {
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);
  const check = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setResult({ kind: 'mismatch' });
      return;
    }
    setBusy(true);
    try {
      const match = matchKnown(await sha256Hex(await file.arrayBuffer()), props.known);
      setResult(match ? { kind: 'match', name: match.name } : { kind: 'mismatch' });
    } catch {
      setResult({ kind: 'error' });
    }
    setBusy(false);
  };
  return (
    <section aria-labelledby="check-h">
      <h2 id="check-h">{t('share.checkTitle')}</h2>
      <p>{t('share.checkText')}</p>
      <label class="button file-button">
        {t('share.checkPick')}
        <input type="file" class="visually-hidden-file" onChange={(e) => void check(e)} disabled={busy} />
      </label>
      <div role="status" aria-live="polite" data-testid="check-result">
        {result?.kind === 'match' && <p class="ok">{t('share.checkMatch', { name: result.name, version: __APP_VERSION__ })}</p>}
        {result?.kind === 'mismatch' && <p class="error-summary">{t('share.checkMismatch')}</p>}
        {result?.kind === 'error' && <p class="error-summary">{t('share.checkError')}</p>}
      </div>
    </section>
  );
}
