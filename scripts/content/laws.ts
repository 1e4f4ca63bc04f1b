/**
 * The sources a guide may cite as `[[key ref]]`, their names in each language, and the articles we may cite.
 *
 * The article lists are the whitelist: only numbers that appear in `shared/legal-facts.md` or
 * `shared/seeds/README.md` are here, so a guide cannot cite an article nobody has checked. To cite a new
 * article, add it to legal-facts.md first (with its source), then here.
 */
import type { Citation, Lang } from '../../src/features/guides/types.ts';

type Names = Record<Lang, { short: string; full: string }>;

/**
 * What an article's numbered subdivisions are called: codes have parts (часть / бөлік); the Constitution,
 * ordinary laws and treaties have points (пункт / тармақ, "paragraph" in English).
 */
type Subdivision = 'part' | 'point';

/** How a source is cited: by article, by report chapter, by seed file number, or as a whole document. */
type Source =
  | { kind: 'article'; sub: Subdivision; articles: readonly string[]; names: Names }
  | { kind: 'chapter'; names: Names; chapters: Record<Lang, readonly string[]> }
  | { kind: 'seed'; docs: Record<string, Names> }
  | { kind: 'whole'; names: Names };

const code = (articles: string[], names: Names): Source => ({ kind: 'article', sub: 'part', articles, names });
const law = (articles: string[], names: Names): Source => ({ kind: 'article', sub: 'point', articles, names });
const whole = (names: Names): Source => ({ kind: 'whole', names });

/**
 * Kazakh `short` names of article-cited sources are written as they stand before "N-бабы"
 * (genitive where Kazakh needs it: "Конституцияның 21-бабы", "ҚР ҚПК 254-бабы").
 */
export const LAWS = {
  const: law(['12', '18', '19', '20', '21', '28', '34', '85', '94', '96'], {
    en: { short: 'Constitution', full: 'Constitution of the Republic of Kazakhstan (2026)' },
    ru: { short: 'Конституция', full: 'Конституция Республики Казахстан (2026)' },
    kk: { short: 'Конституцияның', full: 'Қазақстан Республикасының Конституциясы (2026)' },
  }),
  cpc: code(
    ['16', '19', '27', '28', '29', '30', '45', '64', '67', '68', '105', '106', '128', '129', '131', '133', '135',
      '219', '220', '231', '232', '243', '244', '245', '252', '254', '255'],
    {
      en: { short: 'CPC', full: 'Criminal Procedure Code of Kazakhstan' },
      ru: { short: 'УПК РК', full: 'Уголовно-процессуальный кодекс Республики Казахстан' },
      kk: { short: 'ҚР ҚПК', full: 'Қазақстан Республикасының Қылмыстық-процестік кодексі' },
    },
  ),
  aoc: code(['10', '21', '438', '478', '488', '738', '744', '749', '750', '786', '787', '788', '789', '791'], {
    en: { short: 'AOC', full: 'Administrative Offences Code of Kazakhstan' },
    ru: { short: 'КоАП РК', full: 'Кодекс Республики Казахстан об административных правонарушениях' },
    kk: { short: 'ҚР ӘҚБтК', full: 'Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексі' },
  }),
  cc: code(['174', '399'], {
    en: { short: 'Criminal Code', full: 'Criminal Code of Kazakhstan' },
    ru: { short: 'УК РК', full: 'Уголовный кодекс Республики Казахстан' },
    kk: { short: 'ҚР ҚК', full: 'Қазақстан Республикасының Қылмыстық кодексі' },
  }),
  sel: law(['14-1', '15', '17'], {
    en: { short: 'State of Emergency Law', full: 'Law of Kazakhstan “On the State of Emergency” (8 February 2003 No. 387-II)' },
    ru: {
      short: 'Закон «О чрезвычайном положении»',
      full: 'Закон Республики Казахстан «О чрезвычайном положении» от 8 февраля 2003 года № 387-II',
    },
    kk: {
      short: '«Төтенше жағдай туралы» Заңның',
      full: '«Төтенше жағдай туралы» Қазақстан Республикасының 2003 жылғы 8 ақпандағы № 387-II Заңы',
    },
  }),
  pdl: law(['1', '7'], {
    en: {
      short: 'Personal Data Law',
      full: 'Law of Kazakhstan “On Personal Data and Their Protection” (21 May 2013 No. 94-V)',
    },
    ru: {
      short: 'Закон о персональных данных',
      full: 'Закон Республики Казахстан «О персональных данных и их защите» от 21 мая 2013 года № 94-V',
    },
    kk: {
      short: '«Дербес деректер және оларды қорғау туралы» Заңның',
      full: '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы',
    },
  }),
  elect: law(['8'], {
    en: { short: 'Elections Law', full: 'Constitutional Law of Kazakhstan “On Elections in the Republic of Kazakhstan”' },
    ru: { short: 'Закон о выборах', full: 'Конституционный закон Республики Казахстан «О выборах в Республике Казахстан»' },
    kk: {
      short: '«Сайлау туралы» Конституциялық заңның',
      full: '«Қазақстан Республикасындағы сайлау туралы» Қазақстан Республикасының Конституциялық заңы',
    },
  }),
  comm: law(['41-1'], {
    en: { short: 'Communications Law', full: 'Law of Kazakhstan “On Communications”' },
    ru: { short: 'Закон «О связи»', full: 'Закон Республики Казахстан «О связи»' },
    kk: { short: '«Байланыс туралы» Заңның', full: '«Байланыс туралы» Қазақстан Республикасының Заңы' },
  }),
  inf: law(['30-1'], {
    en: { short: 'Informatization Law', full: 'Law of Kazakhstan “On Informatization”' },
    ru: { short: 'Закон «Об информатизации»', full: 'Закон Республики Казахстан «Об информатизации»' },
    kk: { short: '«Ақпараттандыру туралы» Заңның', full: '«Ақпараттандыру туралы» Қазақстан Республикасының Заңы' },
  }),
  osa: law(['15'], {
    en: { short: 'Operational-Search Activity Law', full: 'Law of Kazakhstan “On Operational-Search Activity”' },
    ru: { short: 'Закон об ОРД', full: 'Закон Республики Казахстан «Об оперативно-розыскной деятельности»' },
    kk: {
      short: '«Жедел-іздестіру қызметі туралы» Заңның',
      full: '«Жедел-іздестіру қызметі туралы» Қазақстан Республикасының Заңы',
    },
  }),
  apc: code(['63'], {
    en: { short: 'Administrative Procedural Code', full: 'Administrative Procedural Code of Kazakhstan' },
    ru: { short: 'АППК РК', full: 'Административный процедурно-процессуальный кодекс Республики Казахстан' },
    kk: { short: 'ҚР ӘПК', full: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі' },
  }),
  civpc: code(['273'], {
    en: { short: 'Civil Procedure Code', full: 'Civil Procedure Code of Kazakhstan' },
    ru: { short: 'ГПК РК', full: 'Гражданский процессуальный кодекс Республики Казахстан' },
    kk: { short: 'ҚР АПК', full: 'Қазақстан Республикасының Азаматтық процестік кодексі' },
  }),
  pal: whole({
    en: {
      short: 'Law on Peaceful Assemblies',
      full: 'Law of Kazakhstan “On the Procedure for Organising and Holding Peaceful Assemblies in the Republic of Kazakhstan” (25 May 2020 No. 333-VI)',
    },
    ru: {
      short: 'Закон о мирных собраниях',
      full: 'Закон Республики Казахстан «О порядке организации и проведения мирных собраний в Республике Казахстан» от 25 мая 2020 года № 333-VI',
    },
    kk: {
      short: 'Бейбіт жиналыстар туралы заң',
      full: '«Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы» Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы',
    },
  }),
  ala: whole({
    en: { short: 'Law on Advocacy and Legal Aid', full: 'Law of Kazakhstan “On Advocacy and Legal Aid” (5 July 2018 No. 176-VI)' },
    ru: {
      short: 'Закон об адвокатской деятельности',
      full: 'Закон Республики Казахстан «Об адвокатской деятельности и юридической помощи» от 5 июля 2018 года № 176-VI',
    },
    kk: {
      short: 'Адвокаттық қызмет туралы заң',
      full: '«Адвокаттық қызмет және заң көмегі туралы» Қазақстан Республикасының 2018 жылғы 5 шілдедегі № 176-VI Заңы',
    },
  }),
  omb: whole({
    en: {
      short: 'Law on the Human Rights Commissioner',
      full: 'Constitutional Law of Kazakhstan “On the Commissioner for Human Rights in the Republic of Kazakhstan” (5 November 2022 No. 154-VII)',
    },
    ru: {
      short: 'Закон об Уполномоченном по правам человека',
      full: 'Конституционный закон Республики Казахстан «Об Уполномоченном по правам человека в Республике Казахстан» от 5 ноября 2022 года № 154-VII',
    },
    kk: {
      short: 'Адам құқықтары жөніндегі уәкіл туралы заң',
      full: '«Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл туралы» Қазақстан Республикасының 2022 жылғы 5 қарашадағы № 154-VII Конституциялық заңы',
    },
  }),
  iccpr: law(['9', '14', '17', '19'], {
    en: { short: 'ICCPR', full: 'International Covenant on Civil and Political Rights' },
    ru: { short: 'МПГПП', full: 'Международный пакт о гражданских и политических правах' },
    kk: { short: 'АСҚХП', full: 'Азаматтық және саяси құқықтар туралы халықаралық пакт' },
  }),
  hrc: whole({
    en: {
      short: 'UN Human Rights Council resolution 47/16',
      full: 'UN Human Rights Council resolution 47/16 on human rights on the Internet (2021)',
    },
    ru: {
      short: 'Резолюция СПЧ ООН 47/16',
      full: 'Резолюция 47/16 Совета ООН по правам человека о правах человека в интернете (2021)',
    },
    kk: {
      short: 'БҰҰ Адам құқықтары кеңесінің 47/16 қарары',
      full: 'БҰҰ Адам құқықтары жөніндегі кеңесінің интернеттегі адам құқықтары туралы 47/16 қарары (2021)',
    },
  }),
  siracusa: whole({
    en: {
      short: 'Siracusa Principles',
      full: 'Siracusa Principles on the Limitation and Derogation Provisions in the ICCPR (E/CN.4/1985/4)',
    },
    ru: {
      short: 'Сиракузские принципы',
      full: 'Сиракузские принципы толкования ограничений и отступлений от положений Международного пакта о гражданских и политических правах (E/CN.4/1985/4)',
    },
    kk: {
      short: 'Сиракуза қағидаттары',
      full: 'Азаматтық және саяси құқықтар туралы халықаралық пактідегі шектеу және шегіну ережелері жөніндегі Сиракуза қағидаттары (E/CN.4/1985/4)',
    },
  }),
  report: {
    kind: 'chapter',
    names: {
      en: { short: 'Shutdown 2022 report', full: '“Qazaqstan Shutdown 2022” special report' },
      ru: { short: 'Доклад «Qazaqstan Shutdown 2022»', full: 'Специальный доклад «Qazaqstan Shutdown 2022»' },
      kk: { short: '«Qazaqstan Shutdown 2022» баяндамасы', full: '«Qazaqstan Shutdown 2022» арнайы баяндамасы' },
    },
    // Chapter titles from shared/seeds/README.md, in the report's order.
    chapters: {
      en: ['Internet shutdown', 'Online freedom of expression', 'E-participation and petitions',
        'Access to information', 'Digital inclusion', 'Right to a fair trial', 'Privacy and personal data',
        'Phone checks during the state of emergency', 'Business, internet and human rights'],
      ru: ['Отключение интернета', 'Свобода выражения мнений в интернете', 'Электронное участие и петиции',
        'Доступ к информации', 'Цифровая инклюзия', 'Право на справедливый суд',
        'Неприкосновенность частной жизни и персональные данные',
        'Проверка телефонов во время чрезвычайного положения', 'Бизнес, интернет и права человека'],
      kk: ['Интернетті өшіру', 'Онлайн сөз бостандығы', 'Электрондық қатысу және петициялар',
        'Ақпаратқа қолжетімділік', 'Цифрлық инклюзия', 'Әділ сотқа құқық',
        'Жеке өмірге қол сұғылмаушылық және дербес деректер', 'Төтенше жағдай кезінде телефондарды тексеру',
        'Бизнес, интернет және адам құқықтары'],
    },
  },
  seed: {
    kind: 'seed',
    docs: {
      '000': {
        en: {
          short: 'Kazinform, 14 January 2026',
          full: 'Kazinform, 14 January 2026: an MP calls for strict regulation of covert surveillance devices',
        },
        ru: {
          short: 'Казинформ, 14 января 2026',
          full: 'Казинформ, 14 января 2026 года: депутат потребовал строго регулировать рынок скрытых устройств слежки',
        },
        kk: {
          short: 'Kazinform, 2026 жылғы 14 қаңтар',
          full: 'Kazinform, 2026 жылғы 14 қаңтар: депутат жасырын тыңшылық құрылғылар нарығын қатаң реттеуді талап етті',
        },
      },
      '001': {
        en: {
          short: 'Prosecutor General on the “security certificate”',
          full: 'The Prosecutor General’s Office on the “security certificate” (Qaznet Trust Network) operators asked people to install',
        },
        ru: {
          short: 'Генпрокуратура о «сертификате безопасности»',
          full: 'Генеральная прокуратура о «сертификате безопасности» (Qaznet Trust Network), который операторы просили установить',
        },
        kk: {
          short: 'Бас прокуратура «қауіпсіздік сертификаты» туралы',
          full: 'Бас прокуратура байланыс операторлары орнатуды ұсынған «қауіпсіздік сертификаты» (Qaznet Trust Network) туралы',
        },
      },
      '002': {
        en: {
          short: 'Government reply on polling-station video, 13 January 2023',
          full: 'Government reply of 13 January 2023 to MPs on video monitoring of polling stations',
        },
        ru: {
          short: 'Ответ Правительства о видеонаблюдении на участках, 13 января 2023',
          full: 'Ответ Правительства депутатам от 13 января 2023 года о видеомониторинге избирательных участков',
        },
        kk: {
          short: 'Үкіметтің сайлау учаскелеріндегі бейнебақылау туралы жауабы, 2023 жылғы 13 қаңтар',
          full: 'Үкіметтің депутаттарға сайлау учаскелеріндегі бейнемониторинг туралы 2023 жылғы 13 қаңтардағы жауабы',
        },
      },
      '003': {
        en: {
          short: 'Atameken: biometrics in kindergartens, 2 April 2025',
          full: 'Atameken, 2 April 2025: prosecutors find a kindergarten biometric attendance system unlawful',
        },
        ru: {
          short: '«Атамекен»: биометрия в детских садах, 2 апреля 2025',
          full: '«Атамекен», 2 апреля 2025 года: прокуратура признала незаконной биометрическую систему учёта в детских садах',
        },
        kk: {
          short: '«Атамекен»: балабақшалардағы биометрия, 2025 жылғы 2 сәуір',
          full: '«Атамекен», 2025 жылғы 2 сәуір: прокуратура балабақшалардағы биометриялық бақылау жүйесін заңсыз деп тапты',
        },
      },
    },
  },
} satisfies Record<string, Source>;

export type LawKey = keyof typeof LAWS;

/** Citation keys in the order of locales/README.md. */
export const LAW_KEYS = Object.keys(LAWS) as LawKey[];

const isLawKey = (key: string): key is LawKey => Object.hasOwn(LAWS, key);

/** "254", "41-1", "254(1)", "14-1(10)": an article, optionally hyphenated, with an optional part or point. */
const ARTICLE_REF = /^([1-9]\d{0,3}(?:-[1-9]\d{0,2})?)(?:\(([1-9]\d{0,2})\))?$/;

/** Splits an article reference, or returns null when it is malformed. */
export function parseArticleRef(ref: string): { article: string; part?: string } | null {
  const m = ARTICLE_REF.exec(ref);
  if (!m) return null;
  return m[2] ? { article: m[1]!, part: m[2] } : { article: m[1]! };
}

/** Why `[[key ref]]` may not be cited, or null when it may. */
export function checkCitation(key: string, ref: string | undefined): string | null {
  const shown = `[[${ref === undefined ? key : `${key} ${ref}`}]]`;
  if (!isLawKey(key)) return `${shown}: unknown source "${key}"; known: ${LAW_KEYS.join(', ')}`;
  const src: Source = LAWS[key];
  switch (src.kind) {
    case 'whole':
      return ref === undefined ? null : `${shown}: "${key}" is cited as a whole document, without an article`;
    case 'chapter':
      return ref !== undefined && /^[1-9]$/.test(ref) && Number(ref) <= src.chapters.en.length
        ? null
        : `${shown}: the report is cited by chapter, 1-${src.chapters.en.length}, e.g. [[report 8]]`;
    case 'seed':
      return ref !== undefined && Object.hasOwn(src.docs, ref)
        ? null
        : `${shown}: seed documents are ${Object.keys(src.docs).join(', ')} (the report is [[report N]])`;
    case 'article': {
      if (ref === undefined) return `${shown}: "${key}" needs an article, e.g. [[${key} ${src.articles[0]}]]`;
      const parsed = parseArticleRef(ref);
      if (!parsed) return `${shown}: malformed article reference "${ref}"; write 254, 254(1) or 41-1`;
      if (!src.articles.includes(parsed.article)) {
        return `${shown}: article ${parsed.article} of "${key}" is not in the verified list ` +
          `(scripts/content/laws.ts, from shared/legal-facts.md)`;
      }
      return null;
    }
  }
}

const PART_WORDS: Record<Subdivision, Record<Lang, { short: string; full: string }>> = {
  part: { en: { short: '', full: 'part' }, ru: { short: 'ч.', full: 'часть' }, kk: { short: 'бөлігі', full: 'бөлік' } },
  point: { en: { short: '', full: 'paragraph' }, ru: { short: 'п.', full: 'пункт' }, kk: { short: 'тармағы', full: 'тармақ' } },
};

function articleCitation(names: Names, sub: Subdivision, lang: Lang, article: string, part?: string) {
  const n = names[lang];
  const w = PART_WORDS[sub][lang];
  switch (lang) {
    case 'en':
      return {
        cite: `${n.short} art. ${article}${part ? `(${part})` : ''}`,
        full: `${n.full}, article ${article}${part ? `, ${w.full} ${part}` : ''}`,
      };
    case 'ru':
      return {
        cite: `${n.short}, ст. ${article}${part ? ` ${w.short} ${part}` : ''}`,
        full: `${n.full}, статья ${article}${part ? `, ${w.full} ${part}` : ''}`,
      };
    case 'kk':
      return {
        cite: `${n.short} ${article}-бабы${part ? ` ${part}-${w.short}` : ''}`,
        full: `${n.full}, ${article}-бап${part ? `, ${part}-${w.full}` : ''}`,
      };
  }
}

function chapterCitation(src: Extract<Source, { kind: 'chapter' }>, lang: Lang, n: string) {
  const names = src.names[lang];
  const title = src.chapters[lang][Number(n) - 1] ?? '';
  switch (lang) {
    case 'en':
      return { cite: `${names.short}, ch. ${n}`, full: `${names.full}, chapter ${n}: ${title}` };
    case 'ru':
      return { cite: `${names.short}, гл. ${n}`, full: `${names.full}, глава ${n}: ${title}` };
    case 'kk':
      return { cite: `${names.short}, ${n}-тарау`, full: `${names.full}, ${n}-тарау: ${title}` };
  }
}

/**
 * The citation as the reader sees it in `lang`. Falls back to the raw key for anything
 * `checkCitation` rejects, so the parser never fails here; the validator reports the problem.
 */
export function renderCitation(key: string, ref: string | undefined, lang: Lang): Citation {
  const raw = ref === undefined ? key : `${key} ${ref}`;
  const shown = (r: { cite: string; full: string }): Citation => ({ ...r, key: raw });
  if (checkCitation(key, ref) !== null || !isLawKey(key)) return shown({ cite: raw, full: raw });
  const src: Source = LAWS[key];
  switch (src.kind) {
    case 'whole':
      return shown({ cite: src.names[lang].short, full: src.names[lang].full });
    case 'chapter':
      return shown(chapterCitation(src, lang, ref!));
    case 'seed':
      return shown({ cite: src.docs[ref!]![lang].short, full: src.docs[ref!]![lang].full });
    case 'article': {
      const { article, part } = parseArticleRef(ref!)!;
      return shown(articleCitation(src.names, src.sub, lang, article, part));
    }
  }
}
