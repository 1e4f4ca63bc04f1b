import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { loadGuide } from './data';
import { pickVoice, speechChunks } from './speech';
import type { Guide } from './types';

type Playing = 'stopped' | 'playing' | 'paused';

/** Voices arrive asynchronously in Chromium; wait for them without blocking the page. */
function useVoices(): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    const synth = window.speechSynthesis;
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

/**
 * Play, pause and stop for a guide, with the phone's own speech synthesis (works offline where the voice is
 * installed). Hidden when the browser cannot speak or has no voice for the language; for Kazakh without a
 * Kazakh voice, the Russian guide is read with a Russian voice, and the control says so.
 */
export function ReadAloud({ guide }: { guide: Guide }) {
  const voices = useVoices();
  const [state, setState] = useState<Playing>('stopped');
  const run = useRef(0);
  // Stop speaking when leaving the guide.
  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  // `voices` first: it is null on the first render, which is also the one the build does without a window
  // (src/entry-prerender.tsx).
  if (!voices || !window.speechSynthesis) return null;
  const choice = pickVoice(voices, guide.lang);
  if (!choice) return null;

  const play = async () => {
    const synth = window.speechSynthesis;
    if (state === 'paused') {
      synth.resume();
      setState('playing');
      return;
    }
    synth.cancel();
    const id = ++run.current;
    const source = choice.readAs === guide.lang ? guide : await loadGuide(choice.readAs, guide.id);
    if (!source || id !== run.current) return;
    const chunks = speechChunks(source);
    chunks.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = choice.voice;
      u.lang = choice.voice.lang;
      if (i === chunks.length - 1) u.onend = () => id === run.current && setState('stopped');
      // A voice that fails (uninstalled, engine busy) must not leave the control stuck on "playing".
      u.onerror = () => {
        if (id !== run.current) return;
        run.current++;
        synth.cancel();
        setState('stopped');
      };
      synth.speak(u);
    });
    setState('playing');
  };
  const pause = () => {
    window.speechSynthesis.pause();
    setState('paused');
  };
  const stop = () => {
    run.current++;
    window.speechSynthesis.cancel();
    setState('stopped');
  };

  return (
    <div class="read-aloud" role="group" aria-label={t('read.label')}>
      {state === 'playing' ? (
        <button type="button" onClick={pause}>
          {t('read.pause')}
        </button>
      ) : (
        <button type="button" onClick={() => void play()}>
          {state === 'paused' ? t('read.resume') : t('read.play')}
        </button>
      )}
      {state !== 'stopped' && (
        <button type="button" onClick={stop}>
          {t('read.stop')}
        </button>
      )}
      {choice.readAs !== guide.lang && <p class="hint">{t('read.inRussian')}</p>}
    </div>
  );
}
