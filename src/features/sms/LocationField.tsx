import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formatLocation } from '../../lib/compose';

type Problem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/**
 * "Add my location": GPS works without internet. Never added unless the person asks; each failure gets
 * its own plain message and the rest of the message is untouched.
 */
export function LocationField(props: { value: string | undefined; onChange: (value: string | undefined) => void }) {
  const [finding, setFinding] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Adding swaps "add" for "remove" (and back): keep focus on whichever button is now there.
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current) button.current?.focus();
    hadFocus.current = false;
  }, [props.value]);
  const remember = () => (hadFocus.current = document.activeElement === button.current);
  const find = () => {
    if (finding) return;
    setProblem(null);
    if (!navigator.geolocation) {
      setProblem('unsupported');
      return;
    }
    setFinding(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setFinding(false);
        remember();
        props.onChange(
          formatLocation(pos.coords.latitude, pos.coords.longitude, pos.coords.accuracy, t('sms.location.metres')),
        );
      },
      (err) => {
        setFinding(false);
        setProblem(err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable');
      },
      // A fresh fix from the GPS chip itself; 30 s is enough outdoors, and a minute-old fix is fine.
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 },
    );
  };
  return (
    <div class="location">
      {props.value ? (
        <p>
          {t('sms.fields.location')}: <span data-testid="location">{props.value}</span>{' '}
          <button
            type="button"
            ref={button}
            onClick={() => {
              remember();
              props.onChange(undefined);
            }}
          >
            {t('sms.location.remove')}
          </button>
        </p>
      ) : (
        <button type="button" ref={button} onClick={find} aria-disabled={finding}>
          {finding ? t('sms.location.adding') : t('sms.location.add')}
        </button>
      )}
      <div role="status" aria-live="polite">
        {problem && <p class="field-error">{t(`sms.location.${problem}`)}</p>}
      </div>
    </div>
  );
}
