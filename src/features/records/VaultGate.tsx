import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useStore } from '../../app/useStore';
import { StorageFailure } from '../../lib/storage';
import { MIN_PASSPHRASE, normalizePassphrase } from '../../lib/vault';
import { forgetAll, refreshSession, session, setUpVault, unlock, VaultExists, WrongPassphrase } from './recordsStore';

type Problem = 'tooShort' | 'mismatch' | 'wrong' | 'exists' | 'storage';

/** The message for a failure: a wrong passphrase, or storage refusing (full disk, closed database). */
function problemText(p: Problem, storageKind: string): string {
  return p === 'storage' ? t(`storageError.${storageKind as 'unknown'}`) : t(`records.${p}`);
}

/**
 * Shows its children only while the records are open. Before that: choose a passphrase (first time), or
 * type it (later), with a way out for a forgotten one. A wrong passphrase is said plainly and changes
 * nothing; what was typed stays in the field so a slip can be fixed.
 */
export function VaultGate(props: { children: ComponentChildren }) {
  const s = useStore(session);
  useEffect(() => void refreshSession(), []);
  // WebCrypto exists only in secure contexts (https, localhost, file://): elsewhere nothing could be locked,
  // so nothing is kept.
  if (!globalThis.crypto?.subtle) return <p class="note">{t('records.noCrypto')}</p>;
  if (s.status === 'open') return <>{props.children}</>;
  if (s.status === 'loading') return <p class="loading">{t('common.loading')}</p>;
  return s.status === 'none' ? <SetUp /> : <Unlock />;
}

function usePassphraseForm() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [storageKind, setStorageKind] = useState('unknown');
  const [show, setShow] = useState(false);
  // Not focused on arrival: the screen's heading takes focus, so a screen reader first hears where it is.
  const field = useRef<HTMLInputElement>(null);
  const fail = (p: Problem, err?: unknown) => {
    if (err instanceof StorageFailure) setStorageKind(err.kind);
    setProblem(p);
    field.current?.focus();
  };
  const run = async (op: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await op();
    } catch (err) {
      if (err instanceof WrongPassphrase) fail('wrong');
      else if (err instanceof VaultExists) {
        fail('exists');
        await refreshSession();
      } else fail('storage', err);
    } finally {
      setBusy(false);
    }
  };
  const error = problem && (
    <p id="pass-error" class="field-error" role="alert">
      {problemText(problem, storageKind)}
    </p>
  );
  const showToggle = (
    <label class="check">
      <input type="checkbox" checked={show} onChange={(e) => setShow((e.target as HTMLInputElement).checked)} />{' '}
      {t('records.show')}
    </label>
  );
  return { busy, problem, fail, run, field, error, show, showToggle };
}

function SetUp() {
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const f = usePassphraseForm();
  const submit = (e: Event) => {
    e.preventDefault();
    if (normalizePassphrase(pass).length < MIN_PASSPHRASE) return f.fail('tooShort');
    if (pass !== repeat) return f.fail('mismatch');
    void f.run(() => setUpVault(pass));
  };
  return (
    // autocomplete off: a passphrase saved by the browser would open the records for whoever holds the phone.
    <form onSubmit={submit} noValidate autoComplete="off" aria-labelledby="setup-h" class="vault-form">
      <h2 id="setup-h">{t('records.setUpTitle')}</h2>
      <p>{t('records.setUpText')}</p>
      <label for="pass">{t('records.passphrase')}</label>
      <input
        id="pass"
        ref={f.field}
        type={f.show ? 'text' : 'password'}
        autoComplete="off"
        value={pass}
        onInput={(e) => setPass((e.target as HTMLInputElement).value)}
        aria-invalid={f.problem === 'tooShort' || f.problem === 'mismatch'}
        aria-describedby={f.problem ? 'pass-error pass-hint' : 'pass-hint'}
      />
      <p id="pass-hint" class="hint">
        {t('records.passphraseHint')}
      </p>
      <label for="pass2">{t('records.repeat')}</label>
      <input
        id="pass2"
        type={f.show ? 'text' : 'password'}
        autoComplete="off"
        value={repeat}
        onInput={(e) => setRepeat((e.target as HTMLInputElement).value)}
        aria-invalid={f.problem === 'mismatch'}
      />
      {f.showToggle}
      {f.error}
      <button type="submit" class="primary" disabled={f.busy}>
        {t('records.create')}
      </button>
      <p role="status" aria-live="polite">
        {f.busy && t('records.working')}
      </p>
    </form>
  );
}

function Unlock() {
  const [pass, setPass] = useState('');
  const [confirming, setConfirming] = useState(false);
  const f = usePassphraseForm();
  const submit = (e: Event) => {
    e.preventDefault();
    void f.run(() => unlock(pass));
  };
  return (
    <>
      <form onSubmit={submit} noValidate autoComplete="off" aria-labelledby="unlock-h" class="vault-form">
        <h2 id="unlock-h">{t('records.unlockTitle')}</h2>
        <label for="pass">{t('records.passphrase')}</label>
        <input
          id="pass"
          ref={f.field}
          type={f.show ? 'text' : 'password'}
          autoComplete="off"
          value={pass}
          onInput={(e) => setPass((e.target as HTMLInputElement).value)}
          aria-invalid={f.problem === 'wrong'}
          aria-describedby={f.problem ? 'pass-error' : undefined}
        />
        {f.showToggle}
        {f.error}
        <button type="submit" class="primary" disabled={f.busy}>
          {t('records.unlock')}
        </button>
        <p role="status" aria-live="polite">
          {f.busy && t('records.working')}
        </p>
      </form>
      <section aria-labelledby="forgot-h">
        <h2 id="forgot-h">{t('records.forgotTitle')}</h2>
        <p>{t('records.forgotText')}</p>
        {confirming ? (
          <div role="group" aria-labelledby="forgot-q" class="confirm">
            <p id="forgot-q">{t('records.confirmForgot')}</p>
            <button type="button" class="danger" onClick={() => void forgetAll()}>
              {t('records.yes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('records.no')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('records.forgot')}
          </button>
        )}
      </section>
    </>
  );
}
