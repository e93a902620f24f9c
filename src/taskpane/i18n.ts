import { createContext, useContext } from "react";
import type { Measure } from "../domain/measures";
import { ORG_TYPE_NAMES, type OrgTypeOrAll } from "../domain/orgTypes";

import { type Lang, langOf, measureName } from "../domain/lang";

export type { Lang };

const EN = {
  appTitle: "School Safety Coverage",
  preview:
    "Standalone preview: no Excel here. Browse the data, the lagging territories and the audit, import a report, or download the workbook.",
  inExcel: "Connected to Excel.",
  periods: "Periods loaded",
  language: "Language",
  tabData: "Data",
  tabLoad: "Load",
  tabLagging: "Lagging",
  tabImport: "Import",
  tabAudit: "Audit",
  measures: "Measures",
  orgTypes: "Organisation types",
  loadButton: "Load into workbook",
  loading: "Loading…",
  loaded: "Loaded. Sheets:",
  created: "created",
  updated: "updated",
  download: "Download workbook (.xlsx)",
  pivot: "Build a PivotTable",
  charts: "Redraw the charts",
  pivotNote:
    "The pivot sums Covered and Total by territory and type; coverage is Covered ÷ Total (Excel pivots built by add-ins have no calculated fields).",
  chartsNote: "Charts are on the Summary sheet: red bars are below the target.",
  editedTitle: "You edited figures in the Coverage table",
  editedBody: "Reloading would replace them with the report's figures:",
  replace: "Replace my edits",
  keep: "Keep my edits (cancel)",
  measure: "Measure",
  orgType: "Type",
  threshold: "Target (%)",
  nationalDefault: "Default: the national coverage",
  apply: "Apply to workbook",
  reset: "Back to national",
  applied: "Target written to the Settings sheet: the highlights follow.",
  laggingCount: "territories below",
  laggingLine: "{n} territories below {target}%",
  noneLagging: "No territory is below the target.",
  importHint:
    "Paste the text of a quarterly report (from a PDF viewer too), or choose its file: PDF, Word .docx or .txt.",
  reportText: "Report text",
  chooseFile: "Choose a .pdf, .docx or .txt file",
  previewButton: "Preview",
  found: "Found",
  figures: "territory figures",
  period: "Period",
  noPeriod: "no period found",
  needsPeriod:
    'The report names no period, so it can\'t be added as one: add the sentence with its quarter ("По состоянию на 2 квартал 2023 года") and preview again.',
  issues: "Problems reading the text",
  noIssues: "The text reads cleanly.",
  issueError: "Error",
  issueWarning: "Warning",
  problemsCount: "problems",
  differencesFrom: "differences from {period}",
  differencesHeading: "Differences from {period}",
  contradictionsHeading: "Its own figures",
  changedFigures: "figures changed",
  statedChanges: "stated changes",
  statedMismatch: "stated change does not match",
  statedNotChecked:
    "The report's stated changes are against {period}, which is not loaded: they are not checked.",
  contradictions: "contradictions in its own figures",
  acceptErrors: "I have read the errors: add what could be read anyway",
  addPeriod: "Add as period",
  cancel: "Cancel",
  added: "Added. The EDU functions now answer for {period}.",
  replacesPeriod: "This replaces the loaded period {period}.",
  auditIntro: "Where the report's own figures disagree. Click one to select its row.",
  noFindings: "No contradictions: every figure adds up.",
  filter: "Filter",
  filterPlaceholder: "Алматы, school…",
  rowN: "row {n}",
  all: "All",
  territory: "Territory",
  covered: "Covered",
  total: "Total",
  coverage: "Coverage",
  stated: "Stated",
  outOf: "{covered} of {total}",
  rows: "rows",
  lambdaOk: "=COVERAGE(territory, type, measure) works in this workbook too.",
  lambdaNo: "=COVERAGE(…) is not available here:",
  errorTitle: "Something went wrong",
  workbookLanguage: "Workbook language",
  moversHeading: "Changes: who moved",
  gains: "Biggest gains",
  falls: "Biggest falls",
  stalled: "Stalled (below the national coverage, no gain)",
  sortByChange: "Sort by change since the previous period (▲▼ points)",
  checkButton: "Check workbook",
  checking: "Reading back from Excel…",
  checkOk: "Excel computed all {n} figures as the report.",
  checkMismatches: "figures differ from the report",
  checkExpected: "report",
  marksOk: "Highlights: all {n} rows as the report implies.",
  marksWrong: "rows highlighted otherwise than the report implies",
  marksUnavailable: "Highlights not read: this Excel lacks",
  copyDiagnostics: "Copy diagnostics",
  copied: "Copied.",
  copyManually: "Diagnostics: copy this text",
  mapTitle: "Coverage map: {measure}, {type}, {period}",
  mapTile: "{name}: {coverage} coverage",
  mapBelow: "below the target",
  mapAtTarget: "at or above the target",
  mapNoFigure: "no figure in the report",
  mapLegendBelow: "Red or amber frame with a corner: below the target (red: under half of it).",
  mapHintExcel:
    "Choose a territory to see its card below and select its rows in the Coverage table.",
  mapHintPreview:
    "Choose a territory to see its card below; from the card, its rows in the Data tab.",
  mapSelected: "{name}: {n} rows selected in the Coverage table.",
  mapSelectedFirst:
    "{name}: {n} of its {total} rows selected in the Coverage table, the first block only: this Excel selects one block at a time (several need ExcelApi 1.18).",
  mapNotInWorkbook:
    "{name}: the Coverage table has no rows for this measure, type and period. Load them first.",
  showingTerritory: "Rows of {name}: {measure}, {type}",
  showAllRows: "Show all rows",
  cardClose: "Close",
  cardNoFigure: "no figure",
  cardChangeNote: "Change is in percentage points.",
  cardShowRows: "Show its rows in the Data tab",
};

export type Strings = typeof EN;

const RU: Strings = {
  appTitle: "Охват защиты организаций образования",
  preview:
    "Автономный просмотр: Excel не подключён. Данные, отстающие территории и проверку можно смотреть здесь, импортировать отчёт или скачать книгу.",
  inExcel: "Подключено к Excel.",
  periods: "Загружены периоды",
  language: "Язык",
  tabData: "Данные",
  tabLoad: "Загрузка",
  tabLagging: "Отстающие",
  tabImport: "Импорт",
  tabAudit: "Проверка",
  measures: "Меры",
  orgTypes: "Типы организаций",
  loadButton: "Загрузить в книгу",
  loading: "Загрузка…",
  loaded: "Готово. Листы:",
  created: "созданы",
  updated: "обновлены",
  download: "Скачать книгу (.xlsx)",
  pivot: "Построить сводную таблицу",
  charts: "Перерисовать диаграммы",
  pivotNote:
    "Сводная суммирует «Охвачено» и «Всего» по территориям и типам; охват = охвачено ÷ всего (вычисляемых полей у сводных из надстроек нет).",
  chartsNote: "Диаграммы — на листе Summary: красные столбцы ниже цели.",
  editedTitle: "Вы изменили цифры в таблице Coverage",
  editedBody: "Повторная загрузка заменит их цифрами отчёта:",
  replace: "Заменить мои правки",
  keep: "Оставить мои правки (отмена)",
  measure: "Мера",
  orgType: "Тип",
  threshold: "Цель (%)",
  nationalDefault: "По умолчанию — охват по стране",
  apply: "Применить к книге",
  reset: "Вернуть охват по стране",
  applied: "Цель записана на лист Settings: выделение обновилось.",
  laggingCount: "территорий ниже цели",
  laggingLine: "{n} территорий ниже цели {target}%",
  noneLagging: "Ни одна территория не ниже цели.",
  importHint:
    "Вставьте текст квартального отчёта (в том числе скопированный из PDF) или выберите файл: PDF, Word .docx или .txt.",
  reportText: "Текст отчёта",
  chooseFile: "Выбрать файл .pdf, .docx или .txt",
  previewButton: "Предпросмотр",
  found: "Найдено",
  figures: "показателей по территориям",
  period: "Период",
  noPeriod: "период не найден",
  needsPeriod:
    "В отчёте не указан период, поэтому его нельзя добавить: добавьте фразу с кварталом («По состоянию на 2 квартал 2023 года») и снова нажмите «Предпросмотр».",
  issues: "Проблемы при чтении текста",
  noIssues: "Текст прочитан без замечаний.",
  issueError: "Ошибка",
  issueWarning: "Предупреждение",
  problemsCount: "замечаний",
  differencesFrom: "отличий от {period}",
  differencesHeading: "Отличия от {period}",
  contradictionsHeading: "Собственные цифры отчёта",
  changedFigures: "показателей изменилось",
  statedChanges: "указанных изменений",
  statedMismatch: "указанное изменение не совпадает",
  statedNotChecked:
    "Указанные в отчёте изменения — относительно периода {period}, который не загружен: они не проверены.",
  contradictions: "противоречий в собственных цифрах",
  acceptErrors: "Я прочитал(а) ошибки: добавить то, что удалось прочитать",
  addPeriod: "Добавить как период",
  cancel: "Отмена",
  added: "Добавлено. Функции EDU теперь отвечают за {period}.",
  replacesPeriod: "Заменит загруженный период {period}.",
  auditIntro: "Где собственные цифры отчёта не сходятся. Нажмите, чтобы выделить строку.",
  noFindings: "Противоречий нет: все цифры сходятся.",
  filter: "Фильтр",
  filterPlaceholder: "Алматы, школа…",
  rowN: "строка {n}",
  all: "Все",
  territory: "Территория",
  covered: "Охвачено",
  total: "Всего",
  coverage: "Охват",
  stated: "В отчёте",
  outOf: "{covered} из {total}",
  rows: "строк",
  lambdaOk: "=COVERAGE(территория; тип; мера) тоже работает в этой книге.",
  lambdaNo: "=COVERAGE(…) здесь недоступна:",
  errorTitle: "Что-то пошло не так",
  workbookLanguage: "Язык книги",
  moversHeading: "Изменения: кто сдвинулся",
  gains: "Наибольший рост",
  falls: "Наибольшее снижение",
  stalled: "Застой (ниже охвата по стране, без роста)",
  sortByChange: "Сортировать по изменению с прошлого периода (▲▼ п.п.)",
  checkButton: "Проверить книгу",
  checking: "Читаю из Excel…",
  checkOk: "Excel вычислил все {n} показателей так же, как отчёт.",
  checkMismatches: "показателей расходятся с отчётом",
  checkExpected: "в отчёте",
  marksOk: "Выделение: все {n} строк так, как следует из отчёта.",
  marksWrong: "строк выделено не так, как следует из отчёта",
  marksUnavailable: "Выделение не прочитано: в этой версии Excel нет",
  copyDiagnostics: "Скопировать диагностику",
  copied: "Скопировано.",
  copyManually: "Диагностика: скопируйте этот текст",
  mapTitle: "Карта охвата: {measure}, {type}, {period}",
  mapTile: "{name}: охват {coverage}",
  mapBelow: "ниже цели",
  mapAtTarget: "не ниже цели",
  mapNoFigure: "в отчёте нет показателя",
  mapLegendBelow: "Красная или жёлтая рамка с уголком: ниже цели (красная — ниже её половины).",
  mapHintExcel:
    "Выберите территорию: ниже откроется её карточка, а в таблице Coverage выделятся её строки.",
  mapHintPreview:
    "Выберите территорию: ниже откроется её карточка, а из неё — её строки на вкладке «Данные».",
  mapSelected: "{name}: в таблице Coverage выделено строк: {n}.",
  mapSelectedFirst:
    "{name}: в таблице Coverage выделено строк: {n} из {total}, только первый блок: эта версия Excel выделяет один блок за раз (несколько — с ExcelApi 1.18).",
  mapNotInWorkbook:
    "{name}: в таблице Coverage нет строк по этой мере, типу и периоду. Сначала загрузите их.",
  showingTerritory: "Строки: {name}, {measure}, {type}",
  showAllRows: "Показать все строки",
  cardClose: "Закрыть",
  cardNoFigure: "нет данных",
  cardChangeNote: "Изменение — в процентных пунктах.",
  cardShowRows: "Показать её строки на вкладке «Данные»",
};

const KK: Strings = {
  appTitle: "Білім беру ұйымдарын қорғаумен қамту",
  preview:
    "Автономды қарау: Excel қосылмаған. Деректерді, артта қалған аумақтарды және тексеруді осы жерде қарауға, есепті импорттауға немесе кітапты жүктеп алуға болады.",
  inExcel: "Excel-ге қосылды.",
  periods: "Жүктелген кезеңдер",
  language: "Тіл",
  tabData: "Деректер",
  tabLoad: "Жүктеу",
  tabLagging: "Артта қалғандар",
  tabImport: "Импорт",
  tabAudit: "Тексеру",
  measures: "Шаралар",
  orgTypes: "Ұйым түрлері",
  loadButton: "Кітапқа жүктеу",
  loading: "Жүктелуде…",
  loaded: "Дайын. Парақтар:",
  created: "жасалды",
  updated: "жаңартылды",
  download: "Кітапты жүктеп алу (.xlsx)",
  pivot: "Жиынтық кесте құру",
  charts: "Диаграммаларды қайта салу",
  pivotNote:
    "Жиынтық кесте «Қамтылғаны» мен «Барлығы» мәндерін аумақтар мен түрлер бойынша қосады; қамту = қамтылғаны ÷ барлығы (қондырмалар құратын жиынтық кестелерде есептелетін өрістер жоқ).",
  chartsNote: "Диаграммалар Summary парағында: қызыл бағандар мақсаттан төмен.",
  editedTitle: "Сіз Coverage кестесіндегі сандарды өзгерттіңіз",
  editedBody: "Қайта жүктеу оларды есептегі сандармен алмастырады:",
  replace: "Түзетулерімді алмастыру",
  keep: "Түзетулерімді сақтау (болдырмау)",
  measure: "Шара",
  orgType: "Түрі",
  threshold: "Мақсат (%)",
  nationalDefault: "Әдепкі мән — ел бойынша қамту",
  apply: "Кітапқа қолдану",
  reset: "Ел бойынша қамтуға қайтару",
  applied: "Мақсат Settings парағына жазылды: ерекшелеу жаңартылды.",
  laggingCount: "аумақ мақсаттан төмен",
  laggingLine: "{n} аумақ мақсаттан төмен ({target}%)",
  noneLagging: "Мақсаттан төмен аумақ жоқ.",
  importHint:
    "Тоқсандық есептің мәтінін қойыңыз (PDF-тен көшірілгенін де) немесе оның файлын таңдаңыз: PDF, Word .docx немесе .txt.",
  reportText: "Есеп мәтіні",
  chooseFile: ".pdf, .docx немесе .txt файлын таңдау",
  previewButton: "Алдын ала қарау",
  found: "Табылды",
  figures: "аумақтық көрсеткіш",
  period: "Кезең",
  noPeriod: "кезең табылмады",
  needsPeriod:
    "Есепте кезең көрсетілмеген, сондықтан оны қосу мүмкін емес: тоқсаны жазылған сөйлемді қосыңыз («По состоянию на 2 квартал 2023 года») және «Алдын ала қарау» түймесін қайта басыңыз.",
  issues: "Мәтінді оқудағы мәселелер",
  noIssues: "Мәтін еш мәселесіз оқылды.",
  issueError: "Қате",
  issueWarning: "Ескерту",
  problemsCount: "мәселелер",
  differencesFrom: "{period} кезеңінен айырмашылықтар",
  differencesHeading: "{period} кезеңінен айырмашылықтар",
  contradictionsHeading: "Есептің өз сандары",
  changedFigures: "көрсеткіш өзгерді",
  statedChanges: "көрсетілген өзгеріс",
  statedMismatch: "көрсетілген өзгеріс сәйкес келмейді",
  statedNotChecked:
    "Есепте көрсетілген өзгерістер {period} кезеңіне қатысты, ал ол жүктелмеген: олар тексерілмеді.",
  contradictions: "ішкі қайшылық",
  acceptErrors: "Қателерді оқыдым: оқылған бөлігін бәрібір қосу",
  addPeriod: "Кезең ретінде қосу",
  cancel: "Болдырмау",
  added: "Қосылды. EDU функциялары енді {period} кезеңі бойынша жауап береді.",
  replacesPeriod: "Жүктелген {period} кезеңін алмастырады.",
  auditIntro:
    "Есептің өз сандары бір-біріне сәйкес келмейтін жерлер. Жолын белгілеу үшін біреуін басыңыз.",
  noFindings: "Қайшылық жоқ: барлық сандар сәйкес келеді.",
  filter: "Сүзгі",
  filterPlaceholder: "Алматы, мектеп…",
  rowN: "{n}-жол",
  all: "Барлық шаралар",
  territory: "Аумақ",
  covered: "Қамтылғаны",
  total: "Барлығы",
  coverage: "Қамту",
  stated: "Есепте",
  outOf: "{total} ішінен {covered}",
  rows: "жол",
  lambdaOk: "=COVERAGE(аумақ; түр; шара) осы кітапта да жұмыс істейді.",
  lambdaNo: "=COVERAGE(…) мұнда қолжетімсіз:",
  errorTitle: "Бірдеңе дұрыс болмады",
  workbookLanguage: "Кітап тілі",
  moversHeading: "Өзгерістер: қай аумақтар жылжыды",
  gains: "Ең үлкен өсім",
  falls: "Ең үлкен төмендеу",
  stalled: "Тоқырау (ел бойынша қамтудан төмен, өсім жоқ)",
  sortByChange: "Алдыңғы кезеңнен бергі өзгеріс бойынша сұрыптау (▲▼ пайыздық тармақ)",
  checkButton: "Кітапты тексеру",
  checking: "Excel-ден оқылуда…",
  checkOk: "Excel барлық {n} көрсеткішті есептегідей есептеді.",
  checkMismatches: "көрсеткіш есеппен сәйкес келмейді",
  checkExpected: "есепте",
  marksOk: "Ерекшелеу: барлық {n} жол есептен шығатындай ерекшеленген.",
  marksWrong: "жол есептен шығатыннан басқаша ерекшеленген",
  marksUnavailable: "Ерекшелеу оқылмады: Excel-дің бұл нұсқасында мына мүмкіндік жоқ:",
  copyDiagnostics: "Диагностиканы көшіру",
  copied: "Көшірілді.",
  copyManually: "Диагностика: осы мәтінді көшіріңіз",
  mapTitle: "Қамту картасы: {measure}, {type}, {period}",
  mapTile: "{name}: қамту {coverage}",
  mapBelow: "мақсаттан төмен",
  mapAtTarget: "мақсаттан төмен емес",
  mapNoFigure: "есепте көрсеткіш жоқ",
  mapLegendBelow:
    "Бұрышында белгісі бар қызыл не сары жиек: мақсаттан төмен (қызыл — оның жартысынан да төмен).",
  mapHintExcel:
    "Аумақты таңдаңыз: төменде оның карточкасы ашылады, ал жолдары Coverage кестесінде белгіленеді.",
  mapHintPreview:
    "Аумақты таңдаңыз: төменде оның карточкасы ашылады, одан оның жолдарын «Деректер» қойындысында көруге болады.",
  mapSelected: "{name}: Coverage кестесінде {n} жол белгіленді.",
  mapSelectedFirst:
    "{name}: Coverage кестесінде {total} жолдың {n} жолы белгіленді, тек бірінші блок: бұл Excel бір уақытта бір блокты белгілейді (бірнешеуі үшін ExcelApi 1.18 керек).",
  mapNotInWorkbook:
    "{name}: Coverage кестесінде осы шара, түр және кезең бойынша жол жоқ. Алдымен оларды жүктеңіз.",
  showingTerritory: "{name} жолдары: {measure}, {type}",
  showAllRows: "Барлық жолдарды көрсету",
  cardClose: "Жабу",
  cardNoFigure: "дерек жоқ",
  cardChangeNote: "Өзгерісі пайыздық тармақпен берілген.",
  cardShowRows: "Оның жолдарын «Деректер» қойындысында көрсету",
};

export const STRINGS: Record<Lang, Strings> = { en: EN, ru: RU, kk: KK };

/** Fills `{name}` placeholders: format("all {n} figures", { n: 3 }). */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}

/** Each language by its own name, in the order the language choices list them (the state language first). */
export const LANGUAGE_NAMES: ReadonlyArray<[Lang, string]> = [
  ["kk", "Қазақша"],
  ["ru", "Русский"],
  ["en", "English"],
];

/** A language's own name: "Қазақша", "Русский", "English". */
export function languageName(lang: Lang): string {
  return LANGUAGE_NAMES.find(([l]) => l === lang)![1];
}

export const LangContext = createContext<Lang>("en");

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

/** The pane's language, for text rendered outside these strings (the parser's issues). */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The pane's first language: Office's (or the browser's): Kazakh (kk-KZ), Russian, else English. */
export const initialLang = langOf;

/** Short names for a narrow table's cells: a measure's one word, a type's. */
export const SHORT: Record<
  Lang,
  { measure: Record<Measure, string>; orgType: Record<OrgTypeOrAll, string> }
> = {
  en: {
    measure: { video: "video", guard: "guard", panic: "panic", turnstile: "turnstile" },
    orgType: { kindergarten: "kg", school: "school", college: "college", all: "all" },
  },
  ru: {
    measure: { video: "ЦОУ", guard: "охрана", panic: "кнопка", turnstile: "турникет" },
    orgType: { kindergarten: "д/с", school: "школа", college: "колледж", all: "все" },
  },
  kk: {
    measure: { video: "ЖБО", guard: "күзет", panic: "түйме", turnstile: "турникет" },
    orgType: {
      kindergarten: "балабақша",
      school: "мектеп",
      college: "колледж",
      all: "барлық түрлер",
    },
  },
};

/** Measure and type names in the pane's language (territory names stay as the report writes them). */
export function useNames() {
  const lang = useContext(LangContext);
  return {
    /** A measure's name (an id it does not know, as it is: a figure read back from the workbook). */
    measure: (m: Measure | string) => measureName(m, lang),
    orgType: (o: OrgTypeOrAll | string) =>
      (ORG_TYPE_NAMES as Partial<Record<string, Record<Lang, string>>>)[o]?.[lang] ?? o,
    shortMeasure: (m: Measure) => SHORT[lang].measure[m],
    shortOrgType: (o: OrgTypeOrAll) => SHORT[lang].orgType[o],
  };
}
