import { useEffect, useState } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import { LANG_NAMES } from '../../lib/langs';
import { Screen } from '../../app/Screen';
import type { ScreenProps } from '../../app/screens';
import { storageErrorKey, type StorageErrorKey } from '../../app/storageError';
import { useAutosave } from '../../app/useAutosave';
import { Confirm } from '../../app/Confirm';
import type { Addressee, Incident, LetterLang } from './incident';
import { draftLetter } from './letter';
import { loadIncident, onBeforeLock, saveIncident } from './recordsStore';
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

type Load = 'loading' | 'ready' | 'missing' | { failed: StorageErrorKey };

function LetterEditor(props: { id: string }) {
  const [incident, setIncident] = useState<Incident | null>(null);
  const [load, setLoad] = useState<Load>('loading');
  const [to, setTo] = useState<Addressee>('prosecutor');
  const [lang, setLang] = useState<LetterLang>(defaultLang);
  const [saveError, setSaveError] = useState<StorageErrorKey | null>(null);
  useEffect(() => {
    loadIncident(props.id).then(
      (i) => {
        setIncident(i);
        if (i?.letter) {
          setTo(i.letter.to);
          setLang(i.letter.lang);
        }
        setLoad(i ? 'ready' : 'missing');
      },
      (err) => setLoad({ failed: storageErrorKey(err) }),
    );
  }, [props.id]);
  const autosave = useAutosave(
    incident,
    (i) => saveIncident(i).then(() => setSaveError(null), (err) => setSaveError(storageErrorKey(err))),
    600,
  );
  useEffect(() => onBeforeLock(autosave.flush), []);

  if (load === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (load === 'missing') return <p role="alert">{t('records.notFound')}</p>;
  if (typeof load === 'object') return <p role="alert">{t(load.failed)}</p>;
  const i = incident!;
  const letter = i.letter;
  const draft = (nextTo: Addressee, nextLang: LetterLang) =>
    setIncident({
      ...i,
      letter: { to: nextTo, lang: nextLang, text: draftLetter(i, nextTo, nextLang, new Date()).text, edited: false },
    });
  /** A choice rewrites a letter the person has not edited at once; an edited one waits for "Write it again". */
  const choose = (nextTo: Addressee, nextLang: LetterLang) => {
    setTo(nextTo);
    setLang(nextLang);
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
              setIncident({ ...i, letter: { ...letter, text: (e.target as HTMLTextAreaElement).value, edited: true } })
            }
          />
          {saveError && (
            <p role="alert" class="field-error">
              {t(saveError)}
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
