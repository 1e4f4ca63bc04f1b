import { useState } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import { LANG_NAMES } from '../../lib/langs';
import { Screen } from '../../app/Screen';
import type { ScreenProps } from '../../app/screens';
import { Confirm } from '../../app/Confirm';
import type { Addressee, LetterLang } from './incident';
import { draftLetter } from './letter';
import { useIncident } from './useIncident';
import { TextActions } from './TextActions';
import { VaultGate } from './VaultGate';

/** A complaint drafted from one record: choose the addressee and language, then edit, copy, share, print. */
export default function LetterPage(props: ScreenProps) {
  const id = props.route.name === 'letter' ? props.route.id : '';
  return (
    <Screen title={t('records.letterTitle')}>
      <p>
        <a href={`#/records/${id}`}>{t('records.textTitle')}</a>
      </p>
      <VaultGate>
        <LetterEditor id={id} />
      </VaultGate>
    </Screen>
  );
}

/** The letter's language follows the interface where it can; English readers get Russian, editable. */
const defaultLang = (): LetterLang => (currentLang() === 'kk' ? 'kk' : 'ru');

function LetterEditor(props: { id: string }) {
  const { load, change, saveState } = useIncident(props.id);
  // What the person picked on this screen; until then, what the stored letter was written for.
  const [choice, setChoice] = useState<{ to: Addressee; lang: LetterLang } | null>(null);

  if (load === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (load === 'missing') return <p role="alert">{t('records.notFound')}</p>;
  if ('failed' in load) return <p role="alert">{t(load.failed)}</p>;
  const i = load.ready;
  const letter = i.letter;
  const to = choice?.to ?? letter?.to ?? 'prosecutor';
  const lang = choice?.lang ?? letter?.lang ?? defaultLang();
  const draft = (nextTo: Addressee, nextLang: LetterLang) =>
    change({
      ...i,
      letter: { to: nextTo, lang: nextLang, text: draftLetter(i, nextTo, nextLang, new Date()).text, edited: false },
    });
  /** A choice rewrites a letter the person has not edited at once; an edited one waits for "Write it again". */
  const choose = (nextTo: Addressee, nextLang: LetterLang) => {
    setChoice({ to: nextTo, lang: nextLang });
    if (letter && !letter.edited) draft(nextTo, nextLang);
  };
  const stale = letter && (letter.to !== to || letter.lang !== lang);

  return (
    <>
      <p class="no-print">{t('records.letterIntro')}</p>
      <div class="no-print letter-options">
        <fieldset>
          <legend>{t('records.to')}</legend>
          {(['prosecutor', 'ombudsman'] as const).map((a) => (
            <label key={a} class="check">
              <input type="radio" name="to" checked={to === a} onChange={() => choose(a, lang)} />{' '}
              {t(a === 'prosecutor' ? 'records.toProsecutor' : 'records.toOmbudsman')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('records.letterLang')}</legend>
          {(['kk', 'ru'] as const).map((l) => (
            <label key={l} class="check" lang={l}>
              <input type="radio" name="letter-lang" checked={lang === l} onChange={() => choose(to, l)} /> {LANG_NAMES[l]}
            </label>
          ))}
        </fieldset>
        {stale && (
          <p class="note" role="status">
            {t('records.choiceNotApplied')}
          </p>
        )}
        {!letter ? (
          <button type="button" class="primary" onClick={() => draft(to, lang)}>
            {t('records.draft')}
          </button>
        ) : letter.edited ? (
          <Confirm
            tone=""
            label={t('records.redraft')}
            question={t('records.confirmRedraft')}
            yes={t('records.redraft')}
            no={t('records.no')}
            onYes={() => draft(to, lang)}
          />
        ) : (
          <button type="button" onClick={() => draft(to, lang)}>
            {t('records.redraft')}
          </button>
        )}
      </div>
      {letter && (
        <>
          <label for="letter-text" class="no-print">
            {t('records.letterText')}
          </label>
          <textarea
            id="letter-text"
            class="letter no-print"
            lang={letter.lang}
            rows={18}
            value={letter.text}
            onInput={(e) =>
              change({ ...i, letter: { ...letter, text: (e.target as HTMLTextAreaElement).value, edited: true } })
            }
          />
          {saveState && typeof saveState === 'object' && (
            <p role="alert" class="field-error">
              {t(saveState.failed)}
            </p>
          )}
          <p class="hint no-print">{t('records.notAdvice')}</p>
          <TextActions text={letter.text} fileName="letter.txt" />
          <pre class="print-only" lang={letter.lang}>
            {letter.text}
          </pre>
        </>
      )}
    </>
  );
}
