/** The pane's texts in Kazakh, the state language. */
import { periodName } from "../../domain/lang";
import { counted, formatNumber } from "../../domain/numbers";
import type { Strings } from "./en";

export const KK: Strings = {
  appTitle: "Білім беру ұйымдарын қорғаумен қамту",
  preview:
    "Автономды қарау: Excel қосылмаған. Деректерді, артта қалған аумақтарды және тексеруді осы жерде қарауға, есепті импорттауға немесе жұмыс кітабын жүктеп алуға болады.",
  inExcel: "Excel-ге қосылды.",
  periods: "Жүктелген кезеңдер",
  language: "Тіл",
  tabData: "Деректер",
  tabLoad: "Жүктеу",
  tabLagging: "Артта қалғандар",
  tabImport: "Импорттау",
  tabAudit: "Тексеру",
  measures: "Шаралар",
  orgTypes: "Ұйым түрлері",
  loadButton: "Жұмыс кітабына жүктеу",
  loading: "Жүктелуде…",
  loaded: "Дайын. Парақтар:",
  created: "жасалды",
  updated: "жаңартылды",
  download: "Жұмыс кітабын жүктеп алу (.xlsx)",
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
  apply: "Жұмыс кітабына қолдану",
  reset: "Ел бойынша қамтуға қайтару",
  applied: "Мақсат Settings парағына жазылды: ерекшелеу жаңартылды.",
  laggingCount: (p) => `${counted("kk", p.n, { other: "аумақ" })} мақсаттан төмен`,
  laggingLine: (p) => `${counted("kk", p.n, { other: "аумақ" })} мақсаттан төмен (${p.target})`,
  noneLagging: "Мақсаттан төмен аумақ жоқ.",
  importHint:
    "Тоқсандық есептің мәтінін қойыңыз (PDF-тен көшірілгенін де) немесе оның файлын таңдаңыз: PDF, Word .docx немесе .txt.",
  reportText: "Есеп мәтіні",
  chooseFile: ".pdf, .docx немесе .txt файлын таңдау",
  previewButton: "Алдын ала қарау",
  importSummary: (p) =>
    `Табылды: ${counted("kk", p.figures, { other: "аумақтық көрсеткіш" })}; Кезең: ${p.period}; мәселелер: ${formatNumber("kk", p.problems)}${p.differences}.`,
  notAReport:
    "Бұл мәтінде есеп көрсеткіштері жоқ: бірде-бір жолы шара тақырыбының астындағы аумақ және оның сандары («г. Алматы (96 из 100) – 96%») ретінде оқылмайды. Бұл министрліктің тоқсандық есебі екенін тексеріңіз.",
  period: "Кезең",
  noPeriod: "кезең табылмады",
  needsPeriod:
    "Есепте кезең көрсетілмеген, сондықтан оны қосу мүмкін емес: тоқсаны жазылған сөйлемді қосыңыз («По состоянию на 2 квартал 2023 года») және «Алдын ала қарау» түймесін қайта басыңыз.",
  issues: "Мәтінді оқудағы мәселелер",
  noIssues: "Мәтін еш мәселесіз оқылды.",
  issueError: "Қате",
  issueWarning: "Ескерту",
  differencesFrom: (p) => `${p.period} кезеңінен айырмашылықтар`,
  differencesHeading: (p) => `${p.period} кезеңінен айырмашылықтар`,
  contradictionsHeading: "Есептің өз сандары",
  changesLine: (p) =>
    `${counted("kk", p.changed, { other: "көрсеткіш" })} өзгерді; есепте ${counted("kk", p.stated, { other: "өзгеріс" })} көрсетілген, оның ${formatNumber("kk", p.mismatched)} сәйкес келмейді.`,
  differencesFromLoaded: (p) =>
    `Жүктелген ${p.period} кезеңінен айырмашылықтар (бұл есеп оны алмастырады)`,
  statedNotChecked: (p) =>
    `Есепте көрсетілген өзгерістер ${p.period} кезеңіне қатысты, ал ол жүктелмеген: олар тексерілмеді.`,
  contradictions: (p) => `${counted("kk", p.n, { other: "ішкі қайшылық" })}`,
  acceptErrors: "Қателерді оқыдым: оқылған бөлігін бәрібір қосу",
  addPeriod: "Кезең ретінде қосу",
  cancel: "Болдырмау",
  added: (p) => `Қосылды. EDU функциялары енді ${p.period} кезеңі бойынша жауап береді.`,
  replacesPeriod: (p) => `Жүктелген ${p.period} кезеңін алмастырады.`,
  auditIntro:
    "Есептің өз сандары бір-біріне сәйкес келмейтін жерлер. Жолын белгілеу үшін біреуін басыңыз.",
  noFindings: "Қайшылық жоқ: барлық сандар сәйкес келеді.",
  filter: "Сүзгі",
  filterPlaceholder: "Алматы, мектеп…",
  rowN: (p) => `${p.n}-жол`,
  all: "Барлық шаралар",
  territory: "Аумақ",
  covered: "Қамтылғаны",
  total: "Барлығы",
  coverage: "Қамту",
  stated: "Есепте",
  outOf: (p) => `${p.total} ішінен ${p.covered}`,
  rowCount: (p) => counted("kk", p.n, { other: "жол" }),
  lambdaOk: "=COVERAGE(аумақ; түр; шара) осы жұмыс кітабында да жұмыс істейді.",
  lambdaNo: "=COVERAGE(…) мұнда қолжетімсіз:",
  errorTitle: "Қате орын алды",
  workbookLanguage: "Жұмыс кітабының тілі",
  moversHeading: "Өзгерістер: қай аумақтардың көрсеткіші өзгерді",
  gains: "Ең үлкен өсім",
  falls: "Ең үлкен төмендеу",
  stalled: "Тоқырау (ел бойынша қамтудан төмен, өсім жоқ)",
  sortByChange: "Алдыңғы кезеңнен бергі өзгеріс бойынша сұрыптау (▲▼ пайыздық тармақ)",
  checkButton: "Жұмыс кітабын тексеру",
  checking: "Excel-ден оқылуда…",
  checkOk: (p) =>
    `Excel шығарған барлық ${formatNumber("kk", p.n)} көрсеткіш есеппен сәйкес келеді.`,
  checkMismatches: (p) =>
    `Есеппен сәйкес келмейтін көрсеткіштер: ${formatNumber("kk", p.n)} (барлығы ${formatNumber("kk", p.of)})`,
  checkMismatchList: "Есеппен сәйкес келмейтін көрсеткіштер",
  checkExpected: "есепте",
  marksOk: (p) => `Ерекшелеу: барлық ${formatNumber("kk", p.n)} жол есепке сәйкес ерекшеленген.`,
  marksWrong: (p) => `${formatNumber("kk", p.n)} жол есепке сәйкес ерекшеленбеген`,
  marksUnavailable: "Ерекшелеу оқылмады: Excel-дің бұл нұсқасында мына мүмкіндік жоқ:",
  checkRowsUnread: (p) =>
    `Кестенің ${formatNumber("kk", p.n)} жолы Excel-ден оқылмады, сондықтан тексерілмеді.`,
  checkColumnsMissing: (p) =>
    `Тексерілмеді: кестеде қондырма тақырып берген бағандар жоқ (${p.columns}).`,
  copyDiagnostics: "Диагностиканы көшіру",
  copied: "Көшірілді.",
  copyManually: "Диагностика: осы мәтінді көшіріңіз",
  mapTitle: (p) => `Қамту картасы: ${p.measure}, ${p.type}, ${p.period}`,
  mapTile: (p) => `${p.name}: қамту ${p.coverage}`,
  mapBelow: "мақсаттан төмен",
  mapAtTarget: "мақсаттан төмен емес",
  mapNoFigure: "есепте көрсеткіш жоқ",
  mapLegendBelow:
    "Бұрышында белгісі бар қызыл не сары жиек: мақсаттан төмен (қызыл — оның жартысынан да төмен).",
  mapHintExcel:
    "Аумақты таңдаңыз: төменде оның карточкасы ашылады, ал жолдары Coverage кестесінде белгіленеді.",
  mapHintPreview:
    "Аумақты таңдаңыз: төменде оның карточкасы ашылады, одан оның жолдарын «Деректер» қойындысында көруге болады.",
  mapSelected: (p) => `${p.name}: Coverage кестесінде ${formatNumber("kk", p.n)} жол белгіленді.`,
  mapSelectedFirst: (p) =>
    `${p.name}: Coverage кестесіндегі ${formatNumber("kk", p.total)} жолдың ${formatNumber("kk", p.n)} жолы ғана белгіленді, тек бірінші блок: Excel-дің бұл нұсқасы бір уақытта бір блокты белгілейді (бірнешеуі үшін ExcelApi 1.18 керек).`,
  mapNotInWorkbook: (p) =>
    `${p.name}: Coverage кестесінде осы шара, түр және кезең бойынша жол жоқ. Алдымен оларды жүктеңіз.`,
  showingTerritory: (p) => `${p.name} жолдары: ${p.measure}, ${p.type}`,
  showAllRows: "Барлық жолдарды көрсету",
  cardClose: "Жабу",
  cardNoFigure: "дерек жоқ",
  cardChangeNote: "Өзгерісі пайыздық тармақпен берілген.",
  cardShowRows: "Оның жолдарын «Деректер» қойындысында көрсету",
  nationalTitle: (p) => `Қазақстан бойынша, ${p.period}`,
  nationalCovered: (p) =>
    `${formatNumber("kk", p.total)} ұйымның ${formatNumber("kk", p.covered)} ұйымы қамтылған`,
  nationalChange: (p) =>
    `${periodName(p.period, "kk")} кезеңімен салыстырғанда ${p.points} пайыздық тармақ`,
  nationalFirst:
    "Бір кезең жүктелген: алдыңғы кезеңмен салыстырғандағы өзгеріс келесі тоқсан импортталғанда көрінеді.",
  filterHint:
    "Сөздерді кез келген ретпен және үш тілдің кез келгенімен жазуға болады: аумақ, түр, шара.",
  type: "Түрі",
  readingFile: "Файл оқылып жатыр…",
  addedPreview: (p) =>
    `${p.period} кезеңі осы беттің деректеріне қосылды: оны «Деректер», «Артта қалғандар» және «Тексеру» қойындылары көрсетеді, ал браузер оны келесі кіргенге дейін сақтайды. Excel-де импортталған есеп жұмыс кітабында сақталады, EDU функциялары ол бойынша жауап береді.`,
  auditIntroPreview:
    "Есептің өз сандары бір-біріне сәйкес келмейтін жерлер. Жолдарын «Деректер» қойындысынан көру үшін біреуін таңдаңыз.",
  readLanguages: "Оқылды",
  readRussian: "орысша мәтін",
  readKazakh: "қазақша мәтін",
  readBoth: "орысша және қазақша мәтіндер",
  readSameFigures: "сандары бірдей",
  readDifferingFigures: "олардың арасында сәйкес келмейтін сандар",
  footnotesHeading: "Сілтемелер",
  footnoteFigures: "белгіленген сандар",
};
