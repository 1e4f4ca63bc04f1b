import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { bodyHazards } from '../../lib/sms-link';
import { Icon } from '../../app/Icon';
import { currentPlatform, linksFor, type Recipient } from './message';

/**
 * Opens the SMS app with the message ready: one link, or one per recipient where the phone would drop
 * recipients. The person always presses Send; a "copy" fallback covers phones where links fail.
 */
export function SendActions(props: { body: string; recipients: Recipient[] }) {
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const platform = currentPlatform();
  const { links, perRecipient } = linksFor(props.recipients, props.body, platform);
  const hazards = bodyHazards(props.body, platform);
  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(props.body);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  return (
    <div class="send">
      {props.recipients.length === 0 && <p class="hint">{t('sms.noRecipients')}</p>}
      {perRecipient && <p class="hint">{t('sms.perRecipient')}</p>}
      {hazards.map((h) => (
        <p key={h} class="note">
          {t(`sms.hazards.${h}`)}
        </p>
      ))}
      <ul class="send-links">
        {links.map((link) => (
          <li key={link.href}>
            <a class="button primary" href={link.href} data-testid="sms-link">
              <Icon name="message" /> {perRecipient && link.to ? t('sms.sendTo', { name: link.to.label }) : t('sms.send')}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void doCopy()}>
        {t('sms.copy')}
      </button>
      <p role="status" aria-live="polite">
        {copy && t(`sms.${copy}`)}
      </p>
    </div>
  );
}
