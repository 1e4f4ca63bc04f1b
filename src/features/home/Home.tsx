import { ensureScreenStrings, t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { CallLink } from '../contacts/CallLink';
import { FIRST_CALLS } from '../../lib/numbers';
import { useStore } from '../../app/useStore';
import { prefsStore } from '../../app/preferences';
import { loadScreenStyles } from '../../app/screens';


/**
 * Where home leads, in order: the situations a frightened person most needs first, straight into their
 * guide, then everything else.
 */
const ENTRIES = [
  { href: '#/guides/phone-check', label: 'home.phone', icon: 'phone' },
  { href: '#/guides/detained', label: 'home.detained', icon: 'hand' },
  { href: '#/guides/court', label: 'home.court', icon: 'court' },
  { href: '#/guides', label: 'home.allGuides', icon: 'book' },
  { href: '#/contacts', label: 'home.contacts', icon: 'users' },
  { href: '#/sms', label: 'home.sms', icon: 'message' },
  { href: '#/records', label: 'home.records', icon: 'pen' },
  { href: '#/share', label: 'home.share', icon: 'share' },
] as const;

/**
 * The first screen, built for an emergency: one-tap calls before anything else, then the way to the
 * guidance. Part of the main bundle, so keep it small.
 */
export default function Home() {
  // Only a saved alert needs storage and the SMS helpers: then load them after the first paint, into a
  // place reserved for them so nothing below moves. Without an alert, home loads nothing more.
  const { hasAlert } = useStore(prefsStore);
  const [Alert, setAlert] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!hasAlert) return;
    Promise.all([import('../sms/HomeAlert'), ensureScreenStrings(), loadScreenStyles()]).then(
      ([m]) => setAlert(() => m.default),
      () => {},
    );
  }, [hasAlert]);
  return (
    <Screen title={t('home.title')} class="home">
      <section aria-labelledby="calls-h">
        <h2 id="calls-h">{t('home.callTitle')}</h2>
        <ul class="calls">
          {FIRST_CALLS.map((n) => (
            <li key={n}>
              <CallLink number={n} label={t(`home.n${n}` as 'home.n112')} big />
            </li>
          ))}
        </ul>
        <p class="hint">
          <Icon name="info" /> {t('home.callHint')}
        </p>
      </section>
      {hasAlert ? (
        <section aria-labelledby="alert-home-h" class="home-alert">
          <h2 id="alert-home-h">{t('home.alertTitle')}</h2>
          {Alert ? <Alert /> : <p class="loading">{t('common.loading')}</p>}
        </section>
      ) : (
        <p>
          <a href="#/sms">{t('home.alertSetUp')}</a>
        </p>
      )}
      <section aria-labelledby="guides-h">
        <h2 id="guides-h">{t('home.sectionsTitle')}</h2>
        <ul class="entries">
          {ENTRIES.map((e) => (
            <li key={e.href}>
              <a class="entry" href={e.href}>
                <Icon name={e.icon} />
                <span>{t(e.label)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Screen>
  );
}
