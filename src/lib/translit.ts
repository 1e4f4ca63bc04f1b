/**
 * Kazakh and Russian Cyrillic to Latin that fits the GSM-7 alphabet.
 *
 * Why: one Cyrillic letter switches an SMS to UCS-2, which holds 70 characters instead of 160. A
 * transliterated alert is often one SMS instead of three, and reaches old phones intact.
 *
 * The scheme aims at what a Kazakh or Russian speaker reads at a glance, in plain ASCII:
 * - Russian: the common passport-like scheme: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ы y, э e,
 *   ю yu, я ya, й y, ё yo; ъ and ь are dropped.
 * - Kazakh letters: ә ae, ғ gh, қ q, ң ng, ө oe, ұ u, ү ue, һ h, і i. Two-letter forms for ә ө ү keep
 *   them apart from а о ұ, and q / gh keep қ ғ apart from к г, as informal Kazakh Latin does.
 *   (The 2021 official alphabet's ä ö ü ñ are GSM-7 too and would be one septet shorter; we keep ASCII.)
 * - A few letters of neighbouring languages met in Kazakhstan (Ukrainian є ї ґ, Uzbek and Belarusian ў,
 *   Tatar and Uyghur җ, Uzbek and Tajik ҳ, Tajik ҷ ӣ ӯ), so a name in them does not force UCS-2.
 * - Case is kept: Ж → Zh in a word written normally, ZH when the word is in capitals (ЖАНАР → ZHANAR).
 * - Typography that phones and editors insert is mapped to its plain form (quotes, dashes, ellipsis,
 *   no-break and thin spaces, №); invisible characters that would silently force UCS-2 (soft hyphen,
 *   zero-width space, byte-order mark, word joiner, leftover combining accents such as Russian stress
 *   marks, and control characters) are dropped; a tab becomes a space and ` becomes '.
 * Anything else (emoji, other scripts) is left as it is: the composer then reports it via nonGsmChars.
 */

/** Lower-case Cyrillic letter → Latin. Upper case is derived so the two can never drift apart. */
const LETTERS: Readonly<Record<string, string>> = {
  // Russian
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh
  ә: 'ae', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'oe', ұ: 'u', ү: 'ue', һ: 'h', і: 'i',
  // Neighbouring languages
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'u', җ: 'zh', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** Typographic and invisible characters → their plain GSM-7 form ('' drops the character). */
const TYPOGRAPHY: Readonly<Record<string, string>> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‟': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '`': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '…': '...',
  '№': 'No',
  '±': '+/-',
  '×': 'x',
  '°': ' deg',
  '\t': ' ',
  '\u00a0': ' ', // no-break space: Russian typography puts it after № and before dashes
  '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ',
  '\u00ad': '', // soft hyphen
  '\u200b': '', // zero-width space
  '\u2060': '', // word joiner
  '\ufeff': '', // byte-order mark left by copy and paste
};

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase();
}

/**
 * Whether the capital at `i` stands in an all-capitals word: the next letter is a capital too, or the
 * word ends here after a capital (so ЖЖ → ZHZH and МЫЖ → MYZH, but Жанар → Zhanar and Ж. → Zh.).
 */
function inCapitals(s: string, i: number): boolean {
  const next = s[i + 1];
  if (isUpperLetter(next)) return true;
  if (isLowerLetter(next)) return false;
  return isUpperLetter(s[i - 1]);
}

/** C0 controls other than LF, CR and form feed, and DEL: never meant in a message, and not GSM-7. */
function isDroppedControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x09) || code === 0x7f;
}

/** Turns Kazakh and Russian Cyrillic (and common typography) into GSM-7-safe Latin; see the module doc. */
export function transliterate(text: string): string {
  // NFC first: text pasted from some sources carries й or ё as base letter + combining mark.
  const s = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin !== undefined) {
      if (ch === lower || latin.length === 0) out += latin;
      else if (latin.length === 1 || inCapitals(s, i)) out += latin.toUpperCase();
      else out += latin.charAt(0).toUpperCase() + latin.slice(1);
      continue;
    }
    const plain = TYPOGRAPHY[ch];
    if (plain !== undefined) {
      out += plain;
      continue;
    }
    const code = ch.charCodeAt(0);
    // Combining diacritics left after NFC (stress marks in Russian texts) would force UCS-2 unseen.
    if ((code >= 0x0300 && code <= 0x036f) || isDroppedControl(code)) continue;
    out += ch;
  }
  return out;
}
