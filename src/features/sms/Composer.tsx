import { useCallback, useEffect, useState } from 'preact/hooks';
import { currentLang, isLanguageLoaded, loadLanguage, t } from '../../lib/i18n';
import { LANGS, LANG_NAMES, type Lang } from '../../lib/langs';
import { FIELDS, TEMPLATES, TEMPLATE_FIELDS, formatTime, type FieldId, type TemplateId } from '../../lib/compose';
import { measureSms } from '../../lib/sms';
import { transliterate } from '../../lib/translit';
import { hashParams } from '../../app/router';
import { Screen } from '../../app/Screen';
import { useContacts } from '../contacts/useContacts';
import { storageErrorKey } from '../../app/storageError';
import { Counter } from './Counter';
import { LocationField } from './LocationField';
import { RecipientPicker } from './RecipientPicker';
import { SendActions } from './SendActions';
import { plainMessage, recipientsOf } from './message';
import { clearAlert, emptySetup, loadAlert, loadDraft, saveAlert, saveDraft, type SmsSetup } from './smsStore';
import { useAutosave } from '../../app/useAutosave';

/** Saving on every key would be wasteful; this is short enough that nothing typed is ever lost. */
const SAVE_DELAY_MS = 300;

/**
 * The SMS composer: a template, details, free text, recipients, an exact live counter, an optional switch
 * to Latin letters, and links that open the SMS app. The draft is saved as the person types and restored.
 */
export default function Composer() {
  const { contacts } = useContacts();
  const [setup, setSetup] = useState<SmsSetup | null>(null);
  const [langReady, setLangReady] = useState<Lang | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [alertState, setAlertState] = useState<'none' | 'saved' | 'cleared' | 'exists'>('none');
  // If the stored draft could not be read, saving would overwrite it: autosave stays off.
  const [canSave, setCanSave] = useState(true);

  // Restore the draft (or start one in the interface language); `?to=<contact id>` preselects a recipient.
  useEffect(() => {
    const to = hashParams(location.hash).get('to');
    const start = (draft: SmsSetup | null) => {
      const base = draft ?? emptySetup(currentLang());
      setSetup(to && !base.contacts.includes(to) ? { ...base, contacts: [...base.contacts, to] } : base);
    };
    loadDraft(currentLang()).then(start, (e) => {
      setCanSave(false);
      setSaveError(storageErrorKey(e));
      start(null);
    });
    loadAlert(currentLang()).then((a) => a && setAlertState('exists'), () => {});
  }, []);

  // The message may be in another language than the interface: its strings must be loaded before
  // composing. A restored draft's language that cannot load falls back to the interface's.
  const lang = setup?.lang;
  useEffect(() => {
    if (!lang) return;
    if (isLanguageLoaded(lang)) setLangReady(lang);
    else
      loadLanguage(lang).then(
        () => setLangReady(lang),
        () => {
          setSaveError('notice.loadFailed');
          setSetup((s) => (s ? { ...s, lang: currentLang() } : s));
        },
      );
  }, [lang]);
  /** Switches the message language only once its strings are loaded, so the screen never waits forever. */
  const chooseLang = (l: Lang) =>
    loadLanguage(l).then(
      () => setSetup((s) => (s ? { ...s, lang: l } : s)),
      () => setSaveError('notice.loadFailed'),
    );

  useAutosave(
    canSave ? setup : null,
    (value) =>
      saveDraft(value).then(
        () => setSaveError(null),
        (e) => setSaveError(storageErrorKey(e)),
      ),
    SAVE_DELAY_MS,
  );

  // Always from the latest state: a GPS answer can arrive long after the person typed more.
  const update = useCallback((change: Partial<SmsSetup>) => setSetup((s) => (s ? { ...s, ...change } : s)), []);
  const setField = useCallback(
    (id: FieldId, value: string | undefined) => setSetup((s) => (s ? { ...s, fields: { ...s.fields, [id]: value } } : s)),
    [],
  );

  if (!setup || !contacts || langReady !== setup.lang) return <p class="loading">{t('common.loading')}</p>;

  const plain = plainMessage(setup);
  const latin = transliterate(plain);
  const body = setup.translit ? latin : plain;
  const before = measureSms(plain).segments;
  const after = measureSms(latin).segments;
  const recipients = recipientsOf(setup, contacts);
  const shownFields = TEMPLATE_FIELDS[setup.template];

  return (
    <Screen title={t('sms.title')}>
      <p class="hint">{t('sms.hint')}</p>
      {saveError && (
        <p role="alert" class="error-summary">
          {t(saveError as 'storageError.unknown')}
        </p>
      )}
      <fieldset class="choices">
        <legend>{t('sms.template')}</legend>
        {TEMPLATES.map((id: TemplateId) => (
          <label key={id}>
            <input type="radio" name="template" checked={setup.template === id} onChange={() => update({ template: id })} />
            {t(`sms.templates.${id}`)}
          </label>
        ))}
      </fieldset>

      <fieldset class="choices inline-choices">
        <legend>{t('sms.language')}</legend>
        {LANGS.map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name="sms-lang" checked={setup.lang === l} onChange={() => void chooseLang(l)} />
            {LANG_NAMES[l]}
          </label>
        ))}
      </fieldset>

      <fieldset class="choices fields">
        <legend>{t('sms.details')}</legend>
        {FIELDS.filter((id) => id !== 'location' && shownFields.includes(id)).map((id) => (
          <div key={id} class="field">
            <label for={`f-${id}`}>{t(`sms.fields.${id}`)}</label>
            {id === 'officer' && (
              <p id="f-officer-hint" class="hint">
                {t('sms.officerHint')}
              </p>
            )}
            <div class="inline-form">
              <input
                id={`f-${id}`}
                type="text"
                autoComplete="off"
                value={setup.fields[id] ?? ''}
                aria-describedby={id === 'officer' ? 'f-officer-hint' : undefined}
                onInput={(e) => setField(id, (e.target as HTMLInputElement).value)}
              />
              {id === 'time' && (
                <button type="button" onClick={() => setField('time', formatTime(new Date()))}>
                  {t('sms.now')}
                </button>
              )}
            </div>
          </div>
        ))}
        <LocationField value={setup.fields.location} onChange={(v) => setField('location', v)} />
        <label for="f-text">{t('sms.text')}</label>
        <textarea id="f-text" rows={3} autoComplete="off" value={setup.text} onInput={(e) => update({ text: (e.target as HTMLTextAreaElement).value })} />
      </fieldset>

      <RecipientPicker
        contacts={contacts}
        chosen={setup.contacts}
        numbers={setup.numbers}
        onChange={(chosen, numbers) => update({ contacts: chosen, numbers })}
      />

      <section aria-labelledby="preview-h" class="preview">
        <h2 id="preview-h">{t('sms.preview')}</h2>
        <p class="message" data-testid="sms-body" lang={setup.translit ? undefined : setup.lang}>
          {body}
        </p>
        <Counter text={body} />
        {(before !== after || setup.translit) && (
          <label class="check">
            <input type="checkbox" checked={setup.translit} onChange={(e) => update({ translit: (e.target as HTMLInputElement).checked })} />
            {t('sms.translit', { before, after })}
          </label>
        )}
        <SendActions body={body} recipients={recipients} />
      </section>

      <section aria-labelledby="alert-h">
        <h2 id="alert-h">{t('sms.alert.title')}</h2>
        <p class="hint">{t('sms.alert.explain')}</p>
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              saveAlert(setup).then(
                () => setAlertState('saved'),
                (e) => setSaveError(storageErrorKey(e)),
              )
            }
          >
            {t('sms.alert.save')}
          </button>
          {(alertState === 'saved' || alertState === 'exists') && (
            <button
              type="button"
              onClick={() =>
                clearAlert().then(
                  () => setAlertState('cleared'),
                  (e) => setSaveError(storageErrorKey(e)),
                )
              }
            >
              {t('sms.alert.clear')}
            </button>
          )}
        </div>
        <p role="status" aria-live="polite">
          {alertState === 'saved' && t('sms.alert.saved')}
          {alertState === 'cleared' && t('sms.alert.cleared')}
        </p>
      </section>
    </Screen>
  );
}
