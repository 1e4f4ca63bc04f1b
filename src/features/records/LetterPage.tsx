import { useEffect, useState } from 'preact/hooks';
import { currentLang, t } from '../../lib/i18n';
import { LANG_NAMES } from '../../lib/langs';
import { Screen } from '../../app/Screen';
import type { ScreenProps } from '../../app/screens';
import { StorageFailure } from '../../lib/storage';
import { useAutosave } from '../sms/useAutosave';
import type { Addressee, Incident, LetterLang } from './incident';
import { draftLetter } from './letter';
import { loadIncident, saveIncident } from './recordsStore';
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

const errorKind = (err: unknown) => (err instanceof StorageFailure ? err.kind : 'unknown');
/** The letter's language follows the interface where it can; English readers get Russian, editable. */
const defaultLang = (): LetterLang => (currentLang() === 'kk' ? 'kk' : 'ru');

function LetterEditor(props: { id: string }) {
  const [incident, setIncident] = useState<Incident | null>(null);
  const [load, setLoad] = useState<'loading' | 'ready' | 'missing' | { failed: string }>('loading');
  const [to, setTo] = useState<Addressee>('prosecutor');
  const [lang, setLang] = useState<LetterLang>(defaultLang);
  const [confirming, setConfirming] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
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
      (err) => setLoad({ failed: errorKind(err) }),
    );
  }, [props.id]);
  useAutosave(incident, (i) => saveIncident(i).then(() => setSaveError(null), (err) => setSaveError(errorKind(err))), 600);

  if (load === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (load === 'missing') return <p role="alert">{t('records.notFound')}</p>;
  if (typeof load === 'object') return <p role="alert">{t(`storageError.${load.failed as 'unknown'}`)}</p>;
  const i = incident!;
  const draft = (nextTo: Addressee, nextLang: LetterLang) =>
    setIncident({ ...i, letter: { to: nextTo, lang: nextLang, text: draftLetter(i, nextTo, nextLang, new Date()).text } });
  /** A choice changes the letter at once while the person has not edited it; otherwise "Write it again". */
  const choose = (nextTo: Addressee, nextLang: LetterLang) => {
    const untouched = i.letter && i.letter.text === draftLetter(i, to, lang, new Date()).text;
    setTo(nextTo);
    setLang(nextLang);
    if (untouched) draft(nextTo, nextLang);
  };

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
        {!i.letter ? (
          <button type="button" class="primary" onClick={() => draft(to, lang)}>
            {t('records.draft')}
          </button>
        ) : confirming ? (
          <div role="group" aria-labelledby="redraft-q" class="confirm">
            <p id="redraft-q">{t('records.confirmRedraft')}</p>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                draft(to, lang);
              }}
            >
              {t('records.redraft')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('records.no')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() =>
              i.letter!.text === draftLetter(i, to, lang, new Date()).text ? draft(to, lang) : setConfirming(true)
            }
          >
            {t('records.redraft')}
          </button>
        )}
      </div>
      {i.letter && (
        <>
          <label for="letter-text" class="no-print">
            {t('records.letterText')}
          </label>
          <textarea
            id="letter-text"
            class="letter no-print"
            lang={i.letter.lang}
            rows={18}
            value={i.letter.text}
            onInput={(e) => setIncident({ ...i, letter: { ...i.letter!, text: (e.target as HTMLTextAreaElement).value } })}
          />
          {saveError && (
            <p role="alert" class="field-error">
              {t(`storageError.${saveError as 'unknown'}`)}
            </p>
          )}
          <p class="hint no-print">{t('records.notAdvice')}</p>
          <TextActions text={i.letter.text} fileName="letter.txt" />
          <pre class="print-only" lang={i.letter.lang}>
            {i.letter.text}
          </pre>
        </>
      )}
    </>
  );
}
