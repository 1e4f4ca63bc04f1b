/**
 * Pure helpers for reading a guide aloud with the browser's speech synthesis: what to say, in pieces, and
 * which voice to use.
 */
import { inlineText } from '../../lib/search';
import { spokenDigits } from '../../lib/numbers';
import type { Block, Guide, Inline, Lang } from './types';

/** Citations spoken by their full names (a short code means nothing aloud), numbers digit by digit. */
function forSpeech(n: Inline): Inline {
  if (typeof n !== 'object') return n;
  if ('full' in n) return n.full;
  if ('tel' in n) return spokenDigits(n.tel);
  if ('b' in n) return { b: n.b.map(forSpeech) };
  if ('href' in n) return { href: n.href, c: n.c.map(forSpeech) };
  return n;
}

/** Plain text of a block, ready to be spoken. */
function blockText(block: Block): string[] {
  const spoken = (c: Inline[]) => inlineText(c.map(forSpeech));
  if (block.t === 'ul' || block.t === 'ol') return block.items.map(spoken);
  return [spoken(block.c)];
}

/**
 * The guide as a list of short utterances (title, then each section's heading and items), without the
 * officer card. Short pieces because some engines stop reading long texts after about 15 seconds.
 */
export function speechChunks(guide: Guide): string[] {
  const out = [guide.title];
  for (const section of guide.sections) {
    if (section.id === 'card') continue;
    out.push(section.title);
    for (const block of section.blocks) out.push(...blockText(block));
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/**
 * Picks a voice installed on the phone for a language. Only on-device voices: a network voice would send
 * the guide's text (and so what the person is reading) to a speech service, and fails offline anyway.
 * Kazakh voices are rare: where there is none, a Russian voice reads the Russian guide (`readAs: 'ru'`).
 */
export function pickVoice<V extends VoiceLike>(voices: V[], lang: Lang): { voice: V; readAs: Lang } | null {
  const find = (l: string) => {
    const matching = voices.filter(
      (v) => v.localService === true && v.lang.toLowerCase().replace('_', '-').split('-')[0] === l,
    );
    return matching.find((v) => v.default) ?? matching[0];
  };
  const own = find(lang);
  if (own) return { voice: own, readAs: lang };
  if (lang === 'kk') {
    const ru = find('ru');
    if (ru) return { voice: ru, readAs: 'ru' };
  }
  return null;
}
