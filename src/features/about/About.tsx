import { t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';

/** What Aman is, that it collects nothing, and which version this is. */
export default function About() {
  return (
    <Screen title={t('about.title')}>
      <p>{t('about.what')}</p>
      <p>{t('about.who')}</p>
      <p>
        <strong>{t('about.privacy')}</strong>
      </p>
      <p>{t('about.notAdvice')}</p>
      <p data-testid="version">{t('about.version', { version: __APP_VERSION__ })}</p>
    </Screen>
  );
}
