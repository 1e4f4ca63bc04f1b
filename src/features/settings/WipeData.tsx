import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { cancelWipe, startWipe, wipeStore } from '../../app/wipe';
import { useStore } from '../../app/useStore';

export { WIPE_DELAY_S } from '../../app/wipe';

/** One tap starts a short countdown that can be cancelled; then every personal record is deleted. */
export function WipeData() {
  const state = useStore(wipeStore);
  const cancel = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'cancel' | 'start' | null>(null);
  // Start and Cancel replace each other: keep focus on whichever is there now.
  useEffect(() => {
    if (refocus.current === 'cancel') cancel.current?.focus();
    if (refocus.current === 'start') startButton.current?.focus();
    refocus.current = null;
  }, [state.kind]);
  return (
    <section aria-labelledby="wipe-h" class="wipe">
      <h2 id="wipe-h">{t('wipe.title')}</h2>
      <p>{t('wipe.text')}</p>
      <p class="hint">{t('wipe.cannot')}</p>
      {state.kind === 'counting' ? (
        <button
          type="button"
          ref={cancel}
          class="primary"
          onClick={() => {
            refocus.current = 'start';
            cancelWipe();
          }}
        >
          {t('wipe.cancel')}
        </button>
      ) : (
        <button
          type="button"
          ref={startButton}
          class="danger"
          disabled={state.kind === 'wiping'}
          onClick={() => {
            refocus.current = 'cancel';
            startWipe();
          }}
        >
          {t('wipe.button')}
        </button>
      )}
      <p role="status" aria-live="assertive" data-testid="wipe-status">
        {state.kind === 'counting' && t('wipe.countdown', { count: state.left })}
        {state.kind === 'done' && t('wipe.done')}
        {state.kind === 'cancelled' && t('wipe.cancelled')}
        {state.kind === 'failed' && t('wipe.failed')}
      </p>
    </section>
  );
}
