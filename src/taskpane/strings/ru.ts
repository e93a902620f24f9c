/** The pane's texts in Russian. */
import { counted, formatNumber, plural } from "../../domain/numbers";
import type { Strings } from "./en";

export const RU: Strings = {
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
  laggingCount: (p) =>
    `${counted("ru", p.n, { one: "территория", few: "территории", many: "территорий", other: "территории" })} ниже цели`,
  laggingLine: (p) =>
    `${counted("ru", p.n, { one: "территория", few: "территории", many: "территорий", other: "территории" })} ниже цели ${p.target}`,
  noneLagging: "Ни одна территория не ниже цели.",
  importHint:
    "Вставьте текст квартального отчёта (в том числе скопированный из PDF) или выберите файл: PDF, Word .docx или .txt.",
  reportText: "Текст отчёта",
  chooseFile: "Выбрать файл .pdf, .docx или .txt",
  previewButton: "Предпросмотр",
  importSummary: (p) =>
    `Найдено: ${counted("ru", p.figures, { one: "показатель по территориям", few: "показателя по территориям", many: "показателей по территориям", other: "показателя по территориям" })}; Период: ${p.period}; замечаний: ${formatNumber("ru", p.problems)}${p.differences}.`,
  notAReport:
    "В этом тексте нет показателей отчёта: ни одна строка не читается как территория с её цифрами («г. Алматы (96 из 100) – 96%») под заголовком меры. Проверьте, что это квартальный отчёт министерства.",
  period: "Период",
  noPeriod: "период не найден",
  needsPeriod:
    "В отчёте не указан период, поэтому его нельзя добавить: добавьте фразу с кварталом («По состоянию на 2 квартал 2023 года») и снова нажмите «Предпросмотр».",
  issues: "Проблемы при чтении текста",
  noIssues: "Текст прочитан без замечаний.",
  issueError: "Ошибка",
  issueWarning: "Предупреждение",
  differencesFrom: (p) => `отличия от ${p.period}`,
  differencesHeading: (p) => `Отличия от ${p.period}`,
  contradictionsHeading: "Собственные цифры отчёта",
  changesLine: (p) =>
    `${plural("ru", p.changed, { one: "Изменился", few: "Изменились", many: "Изменилось", other: "Изменились" })} ${counted("ru", p.changed, { one: "показатель", few: "показателя", many: "показателей", other: "показателя" })}; в отчёте ${plural("ru", p.stated, { one: "указано", other: "указано" })} ${counted("ru", p.stated, { one: "изменение", few: "изменения", many: "изменений", other: "изменения" })}, не ${plural("ru", p.mismatched, { one: "совпадает", other: "совпадают" })} ${formatNumber("ru", p.mismatched)}.`,
  differencesFromLoaded: (p) =>
    `Отличия от загруженного периода ${p.period}, который этот отчёт заменит`,
  statedNotChecked: (p) =>
    `Указанные в отчёте изменения — относительно периода ${p.period}, который не загружен: они не проверены.`,
  contradictions: (p) =>
    `${counted("ru", p.n, { one: "противоречие", few: "противоречия", many: "противоречий", other: "противоречия" })} в собственных цифрах`,
  acceptErrors: "Я прочитал(а) ошибки: добавить то, что удалось прочитать",
  addPeriod: "Добавить как период",
  cancel: "Отмена",
  added: (p) => `Добавлено. Функции EDU теперь отвечают за ${p.period}.`,
  replacesPeriod: (p) => `Заменит загруженный период ${p.period}.`,
  auditIntro: "Где собственные цифры отчёта не сходятся. Нажмите, чтобы выделить строку.",
  noFindings: "Противоречий нет: все цифры сходятся.",
  filter: "Фильтр",
  filterPlaceholder: "Алматы, школа…",
  rowN: (p) => `строка ${p.n}`,
  all: "Все",
  territory: "Территория",
  covered: "Охвачено",
  total: "Всего",
  coverage: "Охват",
  stated: "В отчёте",
  outOf: (p) => `${p.covered} из ${p.total}`,
  rowCount: (p) =>
    counted("ru", p.n, { one: "строка", few: "строки", many: "строк", other: "строки" }),
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
  checkOk: (p) =>
    `Excel вычислил все ${counted("ru", p.n, { one: "показатель", few: "показателя", many: "показателей", other: "показателя" })} так же, как в отчёте.`,
  checkMismatches: (p) =>
    `${plural("ru", p.n, { one: "Расходится", other: "Расходятся" })} с отчётом ${counted("ru", p.n, { one: "показатель", few: "показателя", many: "показателей", other: "показателя" })} (из ${formatNumber("ru", p.of)})`,
  checkMismatchList: "Показатели, расходящиеся с отчётом",
  checkExpected: "в отчёте",
  marksOk: (p) =>
    `Выделение: все ${counted("ru", p.n, { one: "строка", few: "строки", many: "строк", other: "строки" })} выделены так, как следует из отчёта.`,
  marksWrong: (p) =>
    `${counted("ru", p.n, { one: "строка выделена", few: "строки выделены", many: "строк выделено", other: "строки выделены" })} не так, как следует из отчёта`,
  marksUnavailable: "Выделение не прочитано: в этой версии Excel нет",
  checkRowsUnread: (p) =>
    `${counted("ru", p.n, { one: "строка таблицы не прочитана", few: "строки таблицы не прочитаны", many: "строк таблицы не прочитано", other: "строки таблицы не прочитаны" })} из Excel и не ${plural("ru", p.n, { one: "проверена", other: "проверены" })}.`,
  checkColumnsMissing: (p) =>
    `Не проверено: в таблице нет столбцов с заголовками надстройки (${p.columns}).`,
  copyDiagnostics: "Скопировать диагностику",
  copied: "Скопировано.",
  copyManually: "Диагностика: скопируйте этот текст",
  mapTitle: (p) => `Карта охвата: ${p.measure}, ${p.type}, ${p.period}`,
  mapTile: (p) => `${p.name}: охват ${p.coverage}`,
  mapBelow: "ниже цели",
  mapAtTarget: "не ниже цели",
  mapNoFigure: "в отчёте нет показателя",
  mapLegendBelow: "Красная или жёлтая рамка с уголком: ниже цели (красная — ниже её половины).",
  mapHintExcel:
    "Выберите территорию: ниже откроется её карточка, а в таблице Coverage выделятся её строки.",
  mapHintPreview:
    "Выберите территорию: ниже откроется её карточка, а из неё — её строки на вкладке «Данные».",
  mapSelected: (p) =>
    `${p.name}: в таблице Coverage ${plural("ru", p.n, { one: "выделена", other: "выделено", few: "выделены" })} ${counted("ru", p.n, { one: "строка", few: "строки", many: "строк", other: "строки" })}.`,
  mapSelectedFirst: (p) =>
    `${p.name}: в таблице Coverage выделено ${p.n} из ${counted("ru", p.total, { one: "строки", other: "строк" })}, только первый блок: эта версия Excel выделяет один блок за раз (несколько — с ExcelApi 1.18).`,
  mapNotInWorkbook: (p) =>
    `${p.name}: в таблице Coverage нет строк по этой мере, типу и периоду. Сначала загрузите их.`,
  showingTerritory: (p) => `Строки: ${p.name}, ${p.measure}, ${p.type}`,
  showAllRows: "Показать все строки",
  cardClose: "Закрыть",
  cardNoFigure: "нет данных",
  cardChangeNote: "Изменение — в процентных пунктах.",
  cardShowRows: "Показать её строки на вкладке «Данные»",
  nationalTitle: (p) => `По Казахстану, ${p.period}`,
  nationalCovered: (p) =>
    `${formatNumber("ru", p.covered)} из ${formatNumber("ru", p.total)} ${plural("ru", p.total, { one: "организации", other: "организаций" })}`,
  // The period's id ("2023-Q1") in the genitive: "с 1 квартала 2023 года".
  nationalChange: (p) =>
    `${p.points} п. п. с ${p.period.replace(/^(\d{4})-Q([1-4])$/, "$2 квартала $1 года")}`,
  nationalFirst:
    "Загружен один период: изменение к предыдущему появится, когда будет импортирован следующий квартал.",
  filterHint: "Слова в любом порядке и на любом из трёх языков: территория, тип, мера.",
  type: "Тип",
  readingFile: "Файл читается…",
  opening: "Открывается…",
  addedPreview: (p) =>
    `Период ${p.period} добавлен к данным этой страницы: его показывают вкладки «Данные», «Отстающие» и «Проверка», а браузер сохранит его до следующего посещения. В Excel импорт сохраняется в книге, и функции EDU отвечают за него.`,
  auditIntroPreview:
    "Где собственные цифры отчёта не сходятся. Выберите расхождение, чтобы увидеть его строки на вкладке «Данные».",
  readLanguages: "Прочитано",
  readRussian: "русский текст",
  readKazakh: "казахский текст",
  readBoth: "русский и казахский тексты",
  readSameFigures: "одни и те же цифры",
  readDifferingFigures: "цифр, которые в них расходятся",
  footnotesHeading: "Сноски",
  footnoteFigures: "отмеченных цифр",
  reportHeading: "Написать отчёт",
  reportIntro:
    "Квартальный отчёт в формулировках министерства; каждая цифра вычислена по загруженным данным: доли, итоги и изменения.",
  reportPeriod: "Квартал",
  reportCompare: "Сравнить с",
  reportNoCompare: "без сравнения",
  reportLanguage: "Язык отчёта",
  writtenText: "Текст написанного отчёта",
  reportDocx: "Скачать .docx",
  reportCopy: "Копировать текст",
  reportEdited: (p) =>
    `${plural("ru", p.n, { one: "Записан", other: "Записаны" })} как в таблице книги (с вашими правками): ${counted("ru", p.n, { one: "показатель", few: "показателя", many: "показателей", other: "показателя" })}.`,
  reportReread: "Перечитать книгу",
  reportCopied: "Скопировано.",
  reportDifferences:
    "В данных эти цифры различаются между мерами; отчёт приводит каждую так, как её даёт мера:",
  reportDifference: (p) => `${p.territory}, ${p.type}: ${p.totals}`,
  notRestored: (why) => `Книгу не удалось полностью вернуть в прежнее состояние: ${why}`,
  excelErrors: {
    tooLarge: () =>
      "Excel отклонил слишком большой запрос. Загружайте меньше мер или типов за раз, затем загрузите снова.",
    needsNewerExcel: (d) =>
      `В этой версии Excel нет функции, нужной надстройке (${d}). Обновите Office или откройте книгу в Excel в Интернете.`,
    alreadyExists: (d) =>
      `Лист, таблица или имя с таким названием уже есть (${d}). Переименуйте своё и повторите.`,
    gone: (d) => `То, что записала надстройка, удалено (${d}). Загрузите данные в книгу снова.`,
    busy: (d) => `Excel занят (${d}): подождите немного и повторите.`,
    editing: () =>
      "Excel ждёт, пока вы закончите редактировать ячейку. Завершите ввод (Enter или Esc) и повторите.",
    other: (d) => `${d} Больше ничего не изменено; повторите или перезапустите панель.`,
  },
};
