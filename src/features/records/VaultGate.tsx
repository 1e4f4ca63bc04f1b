import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useStore } from '../../app/useStore';
import { Confirm } from '../../app/Confirm';
import { storageErrorKey, type StorageErrorKey } from '../../app/storageError';
import { MIN_PASSPHRASE, normalizePassphrase } from '../../lib/vault';
import { forgetAll, refreshSession, session, setUpVault, unlock, VaultExists, WrongPassphrase } from './recordsStore';

type Problem = 'records.tooShort' | 'records.mismatch' | 'records.wrong' | 'records.exists' | StorageErrorKey;

/**
 * Password managers ignore autocomplete="off" on password fields, so that is not relied on: these
 * attributes ask the common ones (LastPass, 1Password, Bitwarden) not to offer saving, and keyboards not
 * to learn the passphrase when it is shown as text. A saved passphrase would open the records for whoever
 * holds the phone.
 */
const PASSPHRASE_FIELD = {
  autoComplete: 'off',
  spellcheck: false,
  autoCapitalize: 'none',
  autoCorrect: 'off',
  'data-lpignore': 'true',
  'data-1p-ignore': 'true',
  'data-bwignore': 'true',
} as const;

/**
 * Shows its children only while the records are open. Before that: choose a passphrase (first time), or
 * type it (later), with a way out for a forgotten one. A wrong passphrase is said plainly and changes
 * nothing; what was typed stays in the field so a slip can be fixed.
 */
export function VaultGate(props: { children: ComponentChildren }) {
  const s = useStore(session);
  const [failed, setFailed] = useState<StorageErrorKey | null>(null);
  useEffect(() => {
    refreshSession().catch((err) => setFailed(storageErrorKey(err)));
  }, []);
  // Opening or locking replaces what had focus (the form, or the records): start again from the heading.
  const was = useRef(s.status);
  useEffect(() => {
    if (was.current !== 'loading' && was.current !== s.status) document.querySelector<HTMLElement>('h1')?.focus();
    was.current = s.status;
  }, [s.status]);
  // WebCrypto exists only in secure contexts (https, localhost, file://): elsewhere nothing could be locked,
  // so nothing is kept.
  if (!globalThis.crypto?.subtle) return <p class="note">{t('records.noCrypto')}</p>;
  if (failed) return <p role="alert">{t(failed)}</p>;
  if (s.status === 'open') return <>{props.children}</>;
  if (s.status === 'loading') return <p class="loading">{t('common.loading')}</p>;
  return s.status === 'none' ? <SetUp /> : <Unlock notice={s.notice} />;
}

function usePassphraseForm(initial: Problem | null = null) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(initial);
  const [show, setShow] = useState(false);
  // Not focused on arrival: the screen's heading takes focus, so a screen reader first hears where it is.
  const field = useRef<HTMLInputElement>(null);
  const fail = (p: Problem) => {
    setProblem(p);
    field.current?.focus();
  };
  const run = async (op: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await op();
    } catch (err) {
      // VaultExists: the session now asks for the existing passphrase, and says why.
      if (err instanceof VaultExists) return;
      fail(err instanceof WrongPassphrase ? 'records.wrong' : storageErrorKey(err));
    } finally {
      setBusy(false);
    }
  };
  const error = problem && (
    <p id="pass-error" class="field-error" role="alert">
      {t(problem)}
    </p>
  );
  /** What ends both forms: show the passphrase, the problem if any, the button, and "opening…". */
  const footer = (submitLabel: string) => (
    <>
      <label class="check">
        <input type="checkbox" checked={show} onChange={(e) => setShow((e.target as HTMLInputElement).checked)} />{' '}
        {t('records.show')}
      </label>
      {error}
      <button type="submit" class="primary" disabled={busy}>
        {submitLabel}
      </button>
      <p role="status" aria-live="polite">
        {busy && t('records.working')}
      </p>
    </>
  );
  return { problem, fail, run, field, show, footer };
}

/** A passphrase input: hidden or shown as text, never remembered by the browser or keyboard. */
function PassphraseInput(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  show: boolean;
  invalid: boolean;
  describedBy?: string;
  inputRef?: { current: HTMLInputElement | null };
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        type={props.show ? 'text' : 'password'}
        {...PASSPHRASE_FIELD}
        value={props.value}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
      />
    </>
  );
}

function SetUp() {
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const f = usePassphraseForm();
  const submit = (e: Event) => {
    e.preventDefault();
    if (normalizePassphrase(pass).length < MIN_PASSPHRASE) return f.fail('records.tooShort');
    if (pass !== repeat) return f.fail('records.mismatch');
    void f.run(() => setUpVault(pass));
  };
  return (
    <form onSubmit={submit} noValidate autoComplete="off" aria-labelledby="setup-h" class="vault-form">
      <h2 id="setup-h">{t('records.setUpTitle')}</h2>
      <p>{t('records.setUpText')}</p>
      <PassphraseInput
        id="pass"
        inputRef={f.field}
        label={t('records.passphrase')}
        value={pass}
        onInput={setPass}
        show={f.show}
        invalid={f.problem === 'records.tooShort' || f.problem === 'records.mismatch'}
        describedBy={f.problem ? 'pass-error pass-hint' : 'pass-hint'}
      />
      <p id="pass-hint" class="hint">
        {t('records.passphraseHint')}
      </p>
      <PassphraseInput
        id="pass2"
        label={t('records.repeat')}
        value={repeat}
        onInput={setRepeat}
        show={f.show}
        invalid={f.problem === 'records.mismatch'}
      />
      {f.footer(t('records.create'))}
    </form>
  );
}

function Unlock(props: { notice?: 'exists' }) {
  const [pass, setPass] = useState('');
  const f = usePassphraseForm(props.notice ? 'records.exists' : null);
  const [forgetFailed, setForgetFailed] = useState<StorageErrorKey | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    void f.run(() => unlock(pass));
  };
  return (
    <>
      <form onSubmit={submit} noValidate autoComplete="off" aria-labelledby="unlock-h" class="vault-form">
        <h2 id="unlock-h">{t('records.unlockTitle')}</h2>
        <PassphraseInput
          id="pass"
          inputRef={f.field}
          label={t('records.passphrase')}
          value={pass}
          onInput={setPass}
          show={f.show}
          invalid={f.problem === 'records.wrong'}
          describedBy={f.problem ? 'pass-error' : undefined}
        />
        {f.footer(t('records.unlock'))}
      </form>
      <section aria-labelledby="forgot-h">
        <h2 id="forgot-h">{t('records.forgotTitle')}</h2>
        <p>{t('records.forgotText')}</p>
        <Confirm
          label={t('records.forgot')}
          question={t('records.confirmForgot')}
          yes={t('records.yes')}
          no={t('records.no')}
          onYes={() => forgetAll().catch((err) => setForgetFailed(storageErrorKey(err)))}
        />
        {forgetFailed && (
          <p role="alert" class="field-error">
            {t(forgetFailed)}
          </p>
        )}
      </section>
    </>
  );
}
