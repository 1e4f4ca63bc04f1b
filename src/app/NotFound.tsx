import { t } from '../lib/i18n';
import { Screen } from './Screen';

/** Shown for any hash path Aman does not know, with a way home. */
export default function NotFound() {
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <a class="button" href="#/">
          {t('notFound.home')}
        </a>
      </p>
    </Screen>
  );
}
