import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { wipeAllData } from '../../app/wipe';

/** Seconds to change one's mind: long enough to cancel a slip, short enough in danger. */
export const WIPE_DELAY_S = 5;

type State = { kind: 'idle' } | { kind: 'counting'; left: number } | { kind: 'done' } | { kind: 'cancelled' } | { kind: 'failed' };

/** One tap starts a short countdown that can be cancelled; then every personal record is deleted. */
export function WipeData() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const cancel = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Cancel replaces itself with the start button: keep focus there rather than on nothing.
  useEffect(() => {
    if (refocus.current && state.kind !== 'counting') startButton.current?.focus();
    refocus.current = false;
  }, [state.kind]);
  useEffect(() => {
    if (state.kind !== 'counting') return;
    if (state.left === 0) {
      wipeAllData().then(
        () => setState({ kind: 'done' }),
        () => setState({ kind: 'failed' }),
      );
      return;
    }
    const id = setTimeout(() => setState({ kind: 'counting', left: state.left - 1 }), 1000);
    return () => clearTimeout(id);
  }, [state]);
  const start = () => {
    setState({ kind: 'counting', left: WIPE_DELAY_S });
    // Cancel is the next thing a person may need: put focus there.
    requestAnimationFrame(() => cancel.current?.focus());
  };
  return (
    <section aria-labelledby="wipe-h" class="wipe">
      <h2 id="wipe-h">{t('wipe.title')}</h2>
      <p>{t('wipe.text')}</p>
      {state.kind === 'counting' ? (
        <button
          type="button"
          ref={cancel}
          class="primary"
          onClick={() => {
            refocus.current = true;
            setState({ kind: 'cancelled' });
          }}
        >
          {t('wipe.cancel')}
        </button>
      ) : (
        <button type="button" ref={startButton} class="danger" onClick={start}>
          {t('wipe.button')}
        </button>
      )}
      <p role="status" aria-live="assertive" data-testid="wipe-status">
        {state.kind === 'counting' && state.left > 0 && t('wipe.countdown', { count: state.left })}
        {state.kind === 'done' && t('wipe.done')}
        {state.kind === 'cancelled' && t('wipe.cancelled')}
        {state.kind === 'failed' && t('wipe.failed')}
      </p>
    </section>
  );
}
