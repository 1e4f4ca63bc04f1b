import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { measureSms, nonGsmChars } from '../../lib/sms';

/** Wait for typing to pause before announcing, so a screen reader is not interrupted on every key. */
const ANNOUNCE_DELAY_MS = 800;

/**
 * Encoding, number of SMS and characters left in the current one, live as the person types, and the
 * characters that made the message expensive. Announced politely once typing pauses.
 */
export function Counter({ text }: { text: string }) {
  const m = measureSms(text);
  const segments = t('sms.segments', { count: m.segments });
  const remaining = t('sms.remaining', { count: m.remaining });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setAnnounced(`${segments}. ${remaining}.`), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(id);
  }, [segments, remaining]);
  // Worth pointing out only when a few stray characters (an emoji, a curly quote) force the short
  // encoding; in a Cyrillic message every letter does, and listing them is noise.
  const culprits = m.encoding === 'UCS-2' ? [...new Set(nonGsmChars(text))] : [];
  const expensive = culprits.length <= 3 ? culprits : [];
  return (
    <div class="counter">
      <p class="counter-main" data-testid="sms-count">
        <strong>{segments}</strong> · {remaining}
      </p>
      <p class="hint">{m.encoding === 'GSM-7' ? t('sms.gsm') : t('sms.ucs')}</p>
      {expensive.length > 0 && <p class="hint">{t('sms.expensive', { chars: expensive.join(' ') })}</p>}
      <p class="sr-only" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
