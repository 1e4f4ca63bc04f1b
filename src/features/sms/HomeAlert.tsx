import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Contact } from '../../lib/contact';
import { Icon } from '../../app/Icon';
import { listContacts } from '../contacts/contactsStore';
import { finalMessage, linksFor, recipientsOf, withCurrentTime } from './message';
import { loadAlert, type SmsSetup } from './smsStore';

/**
 * The alert on the home screen: one tap opens the SMS app with the prepared message (time filled in now)
 * for each recipient. Loaded after the first paint so it never delays the emergency numbers.
 */
export default function HomeAlert() {
  const [state, setState] = useState<{ alert: SmsSetup | null; contacts: Contact[] } | null>(null);
  useEffect(() => {
    Promise.all([loadAlert(), listContacts()]).then(
      ([alert, contacts]) => setState({ alert, contacts }),
      () => setState({ alert: null, contacts: [] }),
    );
  }, []);
  if (!state) return null;
  if (!state.alert) {
    return (
      <p>
        <a href="#/sms">{t('home.alertSetUp')}</a>
      </p>
    );
  }
  const setup = withCurrentTime(state.alert);
  const body = finalMessage(setup);
  const recipients = recipientsOf(setup, state.contacts);
  const { links, perRecipient } = linksFor(recipients, body);
  return (
    <section aria-labelledby="alert-home-h" class="home-alert">
      <h2 id="alert-home-h">{t('home.alertTitle')}</h2>
      <p class="message">{body}</p>
      <ul class="send-links">
        {links.map((href, i) => (
          <li key={href}>
            <a class="button primary alert-link" href={href}>
              <Icon name="alert" />{' '}
              {perRecipient || recipients.length === 1 ? t('home.alertSend', { name: recipients[i]!.label }) : t('sms.send')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
