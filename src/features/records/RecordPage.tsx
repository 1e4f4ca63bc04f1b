import { t } from '../../lib/i18n';
import { Screen } from '../../app/Screen';
import type { ScreenProps } from '../../app/screens';
import { storageErrorKey } from '../../app/storageError';
import { Confirm } from '../../app/Confirm';
import { ANSWERS, INCIDENT_KINDS, MAX_FIELD, QUESTIONS, TEXT_FIELDS, type Incident, type TextField } from './incident';
import { deleteIncident } from './recordsStore';
import { useIncident } from './useIncident';
import { recordText } from './recordText';
import { TextActions } from './TextActions';
import { VaultGate } from './VaultGate';

/** One incident record: the form (saved, sealed, as the person types), the letter, and the export. */
export default function RecordPage(props: ScreenProps) {
  const id = props.route.name === 'record' ? props.route.id : '';
  return (
    <Screen title={t('records.textTitle')}>
      <p>
        <a href="#/records">{t('records.back')}</a>
      </p>
      <VaultGate>
        <Editor id={id} />
      </VaultGate>
    </Screen>
  );
}

function Editor(props: { id: string }) {
  const { load, change, saveState, setSaveState, cancelSave } = useIncident(props.id);
  if (load === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (load === 'missing') return <p role="alert">{t('records.notFound')}</p>;
  if ('failed' in load) return <p role="alert">{t(load.failed)}</p>;
  const i = load.ready;
  const set = (patch: Partial<Incident>) => change({ ...i, ...patch });
  const text = recordText(i, (key) => t(key as 'records.kind'));

  const remove = async () => {
    // A save still waiting would write the record back after it is gone.
    cancelSave();
    try {
      await deleteIncident(i.id);
      location.hash = '#/records';
    } catch (err) {
      setSaveState({ failed: storageErrorKey(err) });
    }
  };

  return (
    <>
      <form class="record-form no-print" onSubmit={(e) => e.preventDefault()} autoComplete="off">
        <fieldset>
          <legend>{t('records.kind')}</legend>
          {INCIDENT_KINDS.map((k) => (
            <label key={k} class="check">
              <input type="radio" name="kind" value={k} checked={i.kind === k} onChange={() => set({ kind: k })} />{' '}
              {t(`records.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <label for="r-when">{t('records.when')}</label>
        <input id="r-when" type="datetime-local" value={i.when} onInput={(e) => set({ when: (e.target as HTMLInputElement).value })} />
        <label for="r-until">{t('records.until')}</label>
        <input id="r-until" type="datetime-local" value={i.until} onInput={(e) => set({ until: (e.target as HTMLInputElement).value })} />
        {TEXT_FIELDS.slice(0, 2).map((f) => (
          <FieldBox key={f} field={f} value={i[f]} onInput={(v) => set({ [f]: v })} />
        ))}
        {QUESTIONS[i.kind].map((q) => (
          <fieldset key={q}>
            <legend>{t(`records.questions.${q}`)}</legend>
            {ANSWERS.map((a) => (
              <label key={a} class="check">
                <input type="radio" name={q} value={a} checked={i[q] === a} onChange={() => set({ [q]: a })} />{' '}
                {t(`records.answers.${a}`)}
              </label>
            ))}
          </fieldset>
        ))}
        {TEXT_FIELDS.slice(2).map((f) => (
          <FieldBox key={f} field={f} value={i[f]} onInput={(v) => set({ [f]: v })} />
        ))}
        <p role="status" aria-live="polite" class="save-state">
          {typeof saveState === 'string' && t(`records.${saveState}`)}
        </p>
        {saveState && typeof saveState !== 'string' && (
          <p role="alert" class="field-error">
            {t(saveState.failed)}
          </p>
        )}
      </form>
      <section aria-labelledby="letter-h" class="no-print">
        <h2 id="letter-h">{t('records.letterTitle')}</h2>
        <p>
          <a class="button primary" href={`#/records/${i.id}/letter`}>
            {t('records.letterOpen')}
          </a>
        </p>
      </section>
      <section aria-labelledby="export-h">
        <h2 id="export-h" class="no-print">
          {t('records.exportTitle')}
        </h2>
        <p class="no-print">{t('records.exportText')}</p>
        <TextActions text={text} fileName="record.txt" />
        <pre class="print-only">{text}</pre>
      </section>
      <section aria-labelledby="delete-h" class="no-print">
        <h2 id="delete-h">{t('records.delete')}</h2>
        <Confirm
          label={t('records.delete')}
          question={t('records.confirmDelete')}
          yes={t('records.yes')}
          no={t('records.no')}
          onYes={() => void remove()}
        />
      </section>
    </>
  );
}

function FieldBox(props: { field: TextField; value: string; onInput: (v: string) => void }) {
  const id = `r-${props.field}`;
  const hintKey = props.field === 'officers' ? 'records.officersHint' : props.field === 'notes' ? 'records.notesHint' : null;
  const hint = hintKey ? `${id}-hint` : undefined;
  return (
    <>
      <label for={id}>{t(`records.${props.field}`)}</label>
      {hintKey && (
        <p id={hint} class="hint">
          {t(hintKey)}
        </p>
      )}
      <textarea
        id={id}
        rows={props.field === 'place' ? 2 : 3}
        maxLength={MAX_FIELD}
        value={props.value}
        aria-describedby={hint}
        onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)}
      />
    </>
  );
}
