import { useEffect, useState } from 'preact/hooks';
import { currentLang, loadLanguage, t } from '../../lib/i18n';
import type { Contact } from '../../lib/contact';
import { Icon } from '../../app/Icon';
import { listContacts } from '../contacts/contactsStore';
import { finalMessage, linksFor, recipientsOf, withCurrentTime } from './message';
import { loadAlert, type SmsSetup } from './smsStore';

/** How often the shown message refreshes its time while the home screen stays open. */
const REFRESH_MS = 30_000;

/**
 * The alert on the home screen: one tap opens the SMS app with the prepared message for each recipient.
 * The time in the message is the time of the tap, not of when the screen was drawn: home may stay open
 * for hours.
 */
export default function HomeAlert() {
  const [state, setState] = useState<{ alert: SmsSetup; contacts: Contact[] } | null | 'none'>(null);
  const [, setNow] = useState(0);
  useEffect(() => {
    Promise.all([loadAlert(currentLang()), listContacts()])
      .then(async ([alert, contacts]) => {
        if (!alert) return setState('none');
        await loadLanguage(alert.lang);
        setState({ alert, contacts });
      })
      .catch(() => setState('none'));
    const id = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(id);
  }, []);
  if (state === null) return null;
  if (state === 'none') {
    return (
      <p>
        <a href="#/sms">{t('home.alertSetUp')}</a>
      </p>
    );
  }
  const compose = () => {
    const setup = withCurrentTime(state.alert);
    return linksFor(recipientsOf(setup, state.contacts), finalMessage(setup));
  };
  const { links } = compose();
  // A contact deleted after the alert was set up silently drops out of it: say so, before it is needed.
  const missing = state.alert.contacts.filter((id) => !state.contacts.some((c) => c.id === id)).length;
  return (
    <>
      {missing > 0 && (
        <p class="note">
          <Icon name="alert" /> <a href="#/sms">{t('sms.alert.alertMissing', { count: missing })}</a>
        </p>
      )}
      <p class="message">{finalMessage(withCurrentTime(state.alert))}</p>
      <ul class="send-links">
        {links.map((link, i) => (
          <li key={link.to?.phone ?? i}>
            <a
              class="button primary alert-link"
              href={link.href}
              // Rebuilt at the tap so the time in the message is now (the default action reads href after this).
              onClick={(e) => ((e.currentTarget as HTMLAnchorElement).href = compose().links[i]?.href ?? link.href)}
            >
              <Icon name="alert" /> {link.to ? t('home.alertSend', { name: link.to.label }) : t('sms.send')}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
