import { ensureScreenStrings, t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';
import { Icon } from '../../app/Icon';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { CallLink } from '../contacts/CallLink';
import { FIRST_CALLS } from '../../lib/numbers';
import { useStore } from '../../app/useStore';
import { prefsStore } from '../../app/preferences';


/** The situations a frightened person most needs, straight from the home screen. */
const FIRST_GUIDES = [
  { id: 'phone-check', label: 'home.phone', icon: 'phone' },
  { id: 'detained', label: 'home.detained', icon: 'hand' },
  { id: 'court', label: 'home.court', icon: 'court' },
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
    Promise.all([import('../sms/HomeAlert'), ensureScreenStrings()]).then(
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
          {FIRST_GUIDES.map((g) => (
            <li key={g.id}>
              <a class="entry" href={`#/guides/${g.id}`}>
                <Icon name={g.icon} />
                <span>{t(g.label)}</span>
              </a>
            </li>
          ))}
          <li>
            <a class="entry" href="#/guides">
              <Icon name="book" />
              <span>{t('home.allGuides')}</span>
            </a>
          </li>
          <li>
            <a class="entry" href="#/contacts">
              <Icon name="users" />
              <span>{t('home.contacts')}</span>
            </a>
          </li>
          <li>
            <a class="entry" href="#/sms">
              <Icon name="message" />
              <span>{t('home.sms')}</span>
            </a>
          </li>
          <li>
            <a class="entry" href="#/share">
              <Icon name="share" />
              <span>{t('home.share')}</span>
            </a>
          </li>
        </ul>
      </section>
    </Screen>
  );
}
