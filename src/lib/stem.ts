/**
 * A light, forgiving stemmer for search in Kazakh, Russian and English. Pure, tiny, no dictionaries.
 *
 * Approach
 * - Every word is first normalised: NFC, lower case, `ё`→`е`, and, in a word that mixes Cyrillic and
 *   Latin letters, the Latin look-alikes become Cyrillic (people without a Kazakh keyboard type Latin `i`
 *   for `і`).
 * - Russian: strip ONE inflectional ending, the longest that fits, keeping at least 3 letters. A reflexive
 *   `-ся`/`-сь` may go with it ("задержаться" → "задержа"). The short past and present verb endings
 *   (-л, -ла, -ли, -ет, -ешь…) are stripped only after `а`/`я`, as in Snowball, so that "стола" → "стол",
 *   not "сто", while "задержали" → "задержа".
 * - Kazakh is agglutinative (root + verb form + plural + possessive + case), so endings are stripped
 *   repeatedly from the end: one case ending, then one possessive, one plural, one verbal-noun/participle
 *   ending, each the longest that fits and each keeping at least 3 letters ("құқықтарымды" → "құқық").
 *   Endings that are also common word endings are guarded: `-на/-нда/-нан/-н/-ма/-ңа` only after the
 *   possessive `ы`/`і` ("телефонында", "телефонын"), `-ны/-ның` only after a vowel or м/н/ң, `-сы/-сі`
 *   only after a vowel ("қаласы"). A final voiced `ғ/г/б` left after stripping is devoiced
 *   (`құқығы` → `құқығ` → `құқық`), undoing the alternation before vowel suffixes.
 * - English: a minimal Porter-like trim of -'s, -ies/-ied, -ing, -ed, -es, -s, -ly and a final -e, undoing a
 *   doubled consonant ("stopped" → "stop"), keeping at least 3 letters.
 *
 * Limits (the search forgives many of them by also matching when one stem is a prefix of the other)
 * - No dictionary, so over- and under-stemming happen: "жақсы" → "жақс"; "машинам" (my car) keeps its -м;
 *   "права" and "правило" both give "прав". Stem changes are not joined: Russian друг/друзья, идти/шёл,
 *   English detain/detention, seek/sought, use/using.
 * - Russian verb forms meet only roughly: "задержать" → "задержа" and "задержание" → "задержан" meet through
 *   the prefix rule, but "имеет" and "иметь" ("име") do not.
 * - Kazakh verbs: only -у, -ған/-ген/-қан/-кен, -атын/-етін, -йды/-йді and the past -ды/-ді are known;
 *   personal endings (-мын, -сың), converbs (-ып, -іп), the negative -ма/-ме and derivational suffixes
 *   (-шы, -лық) stay on. "ұстаңыз" (keep!) and "ұстау" (detain) share a stem, as they share a root.
 * - Kazakh typed with Russian letters (қ→к, ұ→у, і→и) is not folded: "кукык" does not find "құқық".
 * - Lengths are counted in UTF-16 units; every Kazakh, Russian and English letter is one unit.
 */

export type StemLang = 'kk' | 'ru' | 'en';

/** Minimum letters a stem keeps, in every language. */
const MIN_STEM = 3;

const MARK = /\p{M}/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;
/** Latin letters that look like Cyrillic ones, for words typed with a mixed keyboard. */
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  h: 'һ',
};

/** Lower-cases a word for matching: NFC, `ё`→`е`, and Latin look-alikes inside a Cyrillic word. */
export function normalizeWord(word: string): string {
  // NFC only changes text with combining marks (a decomposed "ё"); skipping it otherwise saves time.
  let w = (MARK.test(word) ? word.normalize('NFC') : word).toLowerCase().replace(/ё/g, 'е');
  if (LATIN.test(w) && CYRILLIC.test(w)) w = w.replace(/[acekimopthxy]/g, (ch) => LOOKALIKE[ch] ?? ch);
  return w;
}

/** A suffix rule: the ending, and (optionally) the letters allowed just before it. */
interface Rule {
  end: string;
  after?: string;
}

/** Rules grouped by their last letter, each group longest first, so the first rule that fits is the longest. */
type Rules = Map<string, Rule[]>;

function rules(list: (string | Rule)[]): Rules {
  const byLast: Rules = new Map();
  for (const r of list.map((x) => (typeof x === 'string' ? { end: x } : x))) {
    const last = r.end[r.end.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), r]);
  }
  for (const group of byLast.values()) group.sort((a, b) => b.end.length - a.end.length);
  return byLast;
}

/** Strips the longest fitting ending, or returns null when none fits with MIN_STEM letters left. */
function stripOne(word: string, list: Rules): string | null {
  for (const r of list.get(word[word.length - 1]!) ?? []) {
    if (word.length - r.end.length < MIN_STEM || !word.endsWith(r.end)) continue;
    const rest = word.slice(0, word.length - r.end.length);
    if (r.after && !r.after.includes(rest[rest.length - 1]!)) continue;
    return rest;
  }
  return null;
}

// --- Russian -------------------------------------------------------------------------------------------

const RU_AFTER_A = 'ая';
const RU_RULES = rules([
  // nouns
  ...['а', 'я', 'о', 'е', 'ь', 'ы', 'и', 'у', 'ю', 'й'],
  ...['ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев'],
  ...['ие', 'ия', 'ии', 'ию', 'ий', 'ием', 'ией', 'иям', 'иях', 'иями'],
  ...['ье', 'ья', 'ью', 'ьи', 'ьем', 'ьям', 'ьях', 'ьями'],
  // adjectives and participles
  ...['ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ыми', 'ими', 'ую', 'юю'],
  ...['ых', 'их'],
  // verbs
  ...['ть', 'ти', 'ешь', 'ишь', 'ете', 'ите', 'ует', 'уют', 'ит', 'ят', 'ют', 'ут', 'ить', 'ыть', 'еть'],
  ...['ил', 'ила', 'ило', 'или', 'ыл', 'ыла', 'ыло', 'ыли', 'ейте', 'уйте'],
  ...['л', 'ла', 'ло', 'ли', 'ет', 'йте'].map((end) => ({ end, after: RU_AFTER_A })),
]);

function stemRu(w: string): string {
  // A reflexive ending goes together with the verb ending before it: "-ться", "-лись", "-ешься".
  if (/[аеиоуыюяьтл]с[яь]$/.test(w) && w.length - 2 >= MIN_STEM + 1) w = w.slice(0, -2);
  return stripOne(w, RU_RULES) ?? w;
}

// --- Kazakh --------------------------------------------------------------------------------------------

/** Letters that end a Kazakh stem taking `н`-initial endings (-ны, -ның): vowels (not the first-syllable-only
 * о, ө, ұ, ү, so "телефоны" is телефон+ы) and м, н, ң. */
const KK_N_AFTER = 'аәеиэыіяюмнң';
const KK_VOWELS = 'аәеиоөуұүыіэюя';
/** The 3rd person possessive, after which `н`-initial case endings attach ("телефонында", "телефонын"). */
const KK_POSS3 = 'ыі';

/**
 * Kazakh endings by slot, outermost first: a word is root + verb form + plural + possessive + case, and
 * each slot is stripped at most once, so a root that happens to end like a suffix ("тергеу") is not eaten.
 */
const KK_SLOTS: Rules[] = [
  // case (and a few finite forms that sit in the same place)
  rules([
    ...['дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'ды', 'ді', 'ты', 'ті'],
    ...['да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен'],
    ...['ның', 'нің', 'ны', 'ні'].map((end) => ({ end, after: KK_N_AFTER })),
    ...['на', 'не', 'нда', 'нде', 'нан', 'нен', 'н', 'ма', 'ме', 'ңа', 'ңе'].map((end) => ({ end, after: KK_POSS3 })),
    // "without", present tense 3rd person
    ...['сыз', 'сіз', 'йды', 'йді'],
  ]),
  // possessive
  rules([
    ...['ым', 'ім', 'ың', 'ің', 'ы', 'і', 'ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз'],
    ...['ыңдар', 'іңдер'],
    ...['сы', 'сі'].map((end) => ({ end, after: KK_VOWELS })),
  ]),
  // plural
  rules(['лар', 'лер', 'дар', 'дер', 'тар', 'тер']),
  // verbal noun and participles
  rules(['у', 'ған', 'ген', 'қан', 'кен', 'атын', 'етін', 'йтын', 'йтін']),
];
const KK_DEVOICE: Record<string, string> = { ғ: 'қ', г: 'к', б: 'п' };

function stemKk(w: string): string {
  let stripped = false;
  for (const slot of KK_SLOTS) {
    const next = stripOne(w, slot);
    if (next === null) continue;
    w = next;
    stripped = true;
  }
  const last = w[w.length - 1]!;
  return stripped && KK_DEVOICE[last] ? w.slice(0, -1) + KK_DEVOICE[last] : w;
}

// --- English -------------------------------------------------------------------------------------------

const EN_VOWEL = /[aeiouy]/;

function stemEn(w: string): string {
  w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  const keep = (rest: string) => rest.length >= MIN_STEM && EN_VOWEL.test(rest);
  let m: RegExpMatchArray | null;
  if ((m = w.match(/^(.+)i(?:es|ed)$/)) && keep(m[1]! + 'y')) return m[1]! + 'y';
  if ((m = w.match(/^(.+?)(?:ing|ed)$/)) && keep(m[1]!) && !w.endsWith('eed')) {
    const rest = m[1]!;
    // "stopped" → "stop", but "called" and "passed" keep their double letter.
    return /([^aeiouylsz])\1$/.test(rest) ? rest.slice(0, -1) : trimE(rest);
  }
  if ((m = w.match(/^(.+(?:s|x|z|ch|sh))es$/)) && keep(m[1]!)) return m[1]!;
  if ((m = w.match(/^(.+[^isu])s$/)) && keep(m[1]!)) return trimE(m[1]!);
  if ((m = w.match(/^(.+)ly$/)) && m[1]!.length >= MIN_STEM + 1) return trimE(m[1]!);
  return trimE(w);
}

/** Drops a silent final "e" so "phone", "phones" and "phoning" meet ("free" and "see" keep theirs). */
function trimE(w: string): string {
  return w.length > MIN_STEM && /[^e]e$/.test(w) ? w.slice(0, -1) : w;
}

/** The search stem of one word in the given language (see the file comment for rules and limits). */
export function stem(word: string, lang: StemLang): string {
  const w = normalizeWord(word);
  if (w.length <= MIN_STEM) return w;
  switch (lang) {
    case 'ru':
      return stemRu(w);
    case 'kk':
      return stemKk(w);
    case 'en':
      return stemEn(w);
  }
}
