/**
 * Every text a user reads in the workbook, in each language: titles, notes, table and block
 * headers, the legend, the Check and Status columns' answers, the defined names' comments, the
 * pivot's note, the Map sheet's texts and the slicers' captions. The planners take their text only
 * from here.
 *
 * What is not text here, and so the same in every language: sheet names (SHEETS, VIEW_SHEETS),
 * table names, defined names, functions, and the ids written in cells that formulas match on
 * (measure ids, organisation type ids, ISO territory ids). The report's own words (territory
 * names, the audit's findings) are written as the data core gives them, except that a Kazakh
 * workbook names every territory it knows by its official Kazakh name (territoryNames.ts).
 *
 * Table headers are table column names, which structured references name: unique without case,
 * none equal to another column's header in any other language (so a reload from any language to
 * any other can rename them in place, one by one), and those that formulas name free of the characters a structured reference
 * would escape (' [ ] #); test/workbook/labels.test.ts checks all three.
 */
import { measureName, orgTypeName } from "../domain/lang";
import type { Level } from "../domain/measures";
import { ORG_TYPE_NAMES, type OrgType } from "../domain/orgTypes";
import type { AuditKey, CoverageKey, WorkbookLang } from "./layout";

export interface WorkbookLabels {
  /** The data table's headers (its column names). */
  coverageColumns: Record<CoverageKey, string>;
  /** What the Level column says. */
  level: Record<Level, string>;
  /** The Check column's answers. */
  /** The Check column's answers, and how Check workbook names the ranges it compares. */
  check: {
    ok: string;
    differs: string;
    view: (sheet: string) => string;
    summary: string;
    highlight: string;
  };
  /** Organisation types as column headers read them (Summary, views). */
  orgTypes: Record<OrgType, string>;
  /** "All loaded types", as a header. */
  allTypes: string;
  period: string;
  territory: string;
  territoryId: string;
  audit: {
    title: string;
    columns: Record<AuditKey, string>;
    /** The Status column's answers. */
    consistent: string;
    differs: string;
    none: string;
  };
  summary: {
    title: string;
    measure: string;
    measureName: string;
    covered: string;
    total: string;
    stated: string;
    coverage: string;
    chartBlockTitle: (measureName: string) => string;
    chartTitle: (measureName: string) => string;
    atOrAbove: string;
    below: string;
  };
  view: {
    title: (measureName: string, level: Level) => string;
    covered: (group: string) => string;
    total: (group: string) => string;
    share: (group: string) => string;
  };
  settings: {
    title: string;
    period: string;
    factor: string;
    measure: string;
    measureName: string;
    legend: string;
    below: string;
    farBelow: string;
    /** The two lines of the note; `types` lists the type ids with their names. */
    /** The notes under the legend; the last says in one line what needs the add-in. */
    notes: (types: string) => [string, string, string];
    comments: {
      period: string;
      farBelowFactor: string;
      lagMeasures: string;
      lagTypes: string;
      lagGrid: string;
      target: (measure: string, orgType: string) => string;
    };
  };
  trend: {
    title: string;
    national: string;
    compared: string;
    change: string;
    previous: string;
    latest: string;
    points: string;
    covered: string;
    status: string;
    stalling: string;
    projection: string;
    improved: string;
    unchanged: string;
    worse: string;
    stallingMark: string;
    reached: string;
    notAtThisPace: string;
    /** Beside the two periods compared: how many quarters apart they are (the pace is per quarter). */
    apart: string;
    /** The column of how many quarters a territory needs to reach 100% at its latest pace. */
    quarters: string;
    chartTitle: (measureName: string) => string;
  };
  /** A1 of the Pivot sheet. */
  pivotNote: string;
  /** The comment of the =COVERAGE(…) name (its parameters are the LAMBDA's, in English). */
  coverageNameComment: string;
  /** Where the ExcelJS writer, which cannot draw charts, leaves a chart's place. */
  chartPlaceholder: (title: string) => string;
  /** The Map sheet, and the note that stands where the slicers would be in an .xlsx. */
  map: {
    title: string;
    /** How to use the sheet, one line under the title. */
    note: string;
    measure: string;
    orgType: string;
    period: string;
    /** The heading of the id column beside the selectors and the lists. */
    id: string;
    /** The lists the dropdowns read. */
    lists: string;
    regions: string;
    cities: string;
    /** The legend (a tile without a figure shows MAP_NO_FIGURE, the same in every language). */
    legend: string;
    /** The .xlsx's note where the Office.js writer puts the slicers. */
    slicersNote: string;
    /** The slicers' captions: the data table's period, measure and type. */
    slicerCaptions: { period: string; measure: string; orgType: string };
  };
}

const EN: WorkbookLabels = {
  coverageColumns: {
    period: "Period",
    measure: "Measure",
    measureName: "Measure name",
    level: "Level",
    territory: "Territory",
    territoryId: "Territory ID",
    region: "Region",
    orgType: "Org type",
    orgTypeName: "Org type name",
    covered: "Covered",
    total: "Total",
    uncovered: "Uncovered",
    coverage: "Coverage",
    stated: "Stated %",
    check: "Check",
    sourceLine: "Source line",
  },
  level: { region: "region", city: "city" },
  check: {
    ok: "OK",
    differs: "differs from stated",
    view: (sheet) => `${sheet} view`,
    summary: "Summary: national coverage, covered, total",
    highlight: "highlight",
  },
  orgTypes: {
    kindergarten: ORG_TYPE_NAMES.kindergarten.en,
    school: ORG_TYPE_NAMES.school.en,
    college: ORG_TYPE_NAMES.college.en,
  },
  allTypes: "All loaded types",
  period: "Period",
  territory: "Territory",
  territoryId: "Territory ID",
  audit: {
    title:
      "Where the report's own figures disagree (never corrected: the data table keeps the figures as stated)",
    columns: {
      number: "#",
      code: "Code",
      finding: "Finding",
      period: "Period",
      measure: "Measure",
      orgType: "Org type",
      territory: "Territory",
      stated: "Stated",
      computed: "Computed",
      status: "Status",
      sourceLine: "Source line",
    },
    consistent: "now consistent",
    differs: "differs",
    none: "No contradictions: every figure adds up.",
  },
  summary: {
    title: "Anti-terror protection of education organisations: national coverage",
    measure: "Measure",
    measureName: "Measure name",
    covered: "Covered",
    total: "Total",
    stated: "Stated in report",
    coverage: "Coverage",
    chartBlockTitle: (name) => `${name}: coverage by territory, all loaded types`,
    chartTitle: (name) => `${name}: coverage by territory (red: below target)`,
    atOrAbove: "At or above target",
    below: "Below target",
  },
  view: {
    title: (name, level) => `${name}, ${level === "region" ? "by region" : "by large city"}`,
    covered: (group) => `${group} covered`,
    total: (group) => `${group} total`,
    share: (group) => `${group} %`,
  },
  settings: {
    title: "Lagging rule: targets that the highlights compare with",
    period: "Report period",
    factor: "Far below: under this share of the target",
    measure: "Measure",
    measureName: "Measure name",
    legend: "Legend",
    below: "Below target",
    farBelow: "Far below (under the factor above × target)",
    notes: (types) => [
      "Targets default to the national coverage of the period (a formula). Type a share such as 0.8 over a cell to set a fixed target;",
      `the highlights on the Coverage table and the views follow at once, without the add-in. Types: ${types}.`,
      "Needs the add-in: only the EDU.* functions and =COVERAGE(…) typed in your own cells (a name error without it; they compute again once it is installed). Every sheet the add-in wrote computes without it.",
    ],
    comments: {
      period: "The period the views and targets read.",
      farBelowFactor: "Far below = under this share of the target.",
      lagMeasures: "Measure ids of the target grid.",
      lagTypes: "Type ids of the target grid.",
      lagGrid: "Targets by measure and type.",
      target: (measure, orgType) =>
        `Lagging target for ${measureName(measure, "en")}, ${orgTypeName(orgType, "en")}.`,
    },
  },
  trend: {
    title: "Quarter over quarter: national coverage and who changed",
    national: "National coverage per period (formulas over the data table)",
    compared: "Change between the two latest periods",
    change: "Per territory, all types",
    previous: "Previous",
    latest: "Latest",
    points: "Change, points",
    covered: "Change, covered",
    status: "Status",
    stalling: "Stalling",
    projection: "Projection (naive): the quarter of 100% at the latest pace",
    improved: "improved",
    unchanged: "unchanged",
    worse: "worse",
    stallingMark: "below target, not improving",
    reached: "reached",
    notAtThisPace: "not at this pace",
    apart: "quarters apart",
    quarters: "Quarters to 100% (naive)",
    chartTitle: (m) => `${m}: national coverage by period`,
  },
  coverageNameComment: "School Safety Coverage: =COVERAGE(territory, org_type, measure)",
  pivotNote:
    "Coverage = Covered ÷ Total (Excel pivots have no calculated fields from add-ins): compare the two value columns, or add a formula beside the pivot.",
  chartPlaceholder: (title) =>
    `Chart "${title}": drawn when the add-in loads this workbook in Excel (its data is on the left).`,
  map: {
    title: "Coverage map of Kazakhstan",
    note: "Choose the measure, the type and the period in the yellow cells. Each tile is covered ÷ total from the Coverage table (formulas).",
    measure: "Measure",
    orgType: "Organisation type",
    period: "Period",
    id: "id",
    lists: "Lists for the dropdowns",
    regions: "Regions (video surveillance is reported by region)",
    cities: "Large cities (guard, panic button and turnstiles are reported by city)",
    legend:
      "Shading: red 0%, yellow 50%, green 100%. — : no figure for this measure, type and period.",
    slicersNote:
      "Slicers for period, measure and type stand here when the add-in loads the workbook into Excel (ExcelApi 1.10); an .xlsx written without Excel cannot hold them.",
    slicerCaptions: { period: "Period", measure: "Measure", orgType: "Organisation type" },
  },
};

const RU: WorkbookLabels = {
  coverageColumns: {
    period: "Период",
    measure: "Мера",
    measureName: "Название меры",
    level: "Уровень",
    territory: "Территория",
    territoryId: "Код территории",
    region: "Регион",
    orgType: "Тип организации",
    orgTypeName: "Название типа",
    covered: "Охвачено",
    total: "Всего",
    uncovered: "Не охвачено",
    coverage: "Охват",
    stated: "Указано, %",
    check: "Проверка",
    sourceLine: "Строка источника",
  },
  level: { region: "регион", city: "город" },
  check: {
    ok: "совпадает",
    differs: "расходится с указанным",
    view: (sheet) => `лист ${sheet}`,
    summary: "Summary: охват по стране, охвачено, всего",
    highlight: "выделение",
  },
  orgTypes: {
    kindergarten: ORG_TYPE_NAMES.kindergarten.ru,
    school: ORG_TYPE_NAMES.school.ru,
    college: ORG_TYPE_NAMES.college.ru,
  },
  allTypes: "Все загруженные типы",
  period: "Период",
  territory: "Территория",
  territoryId: "Код территории",
  audit: {
    title:
      "Где собственные цифры отчёта расходятся (они не исправляются: таблица данных хранит цифры так, как они указаны в отчёте)",
    columns: {
      number: "№",
      code: "Код",
      finding: "Противоречие",
      period: "Период",
      measure: "Мера",
      orgType: "Тип организации",
      territory: "Территория",
      stated: "Указано",
      computed: "Рассчитано",
      status: "Статус",
      sourceLine: "Строка источника",
    },
    consistent: "теперь сходится",
    differs: "расходится",
    none: "Противоречий нет: все цифры сходятся.",
  },
  summary: {
    title: "Антитеррористическая защищённость организаций образования: охват по стране",
    measure: "Мера",
    measureName: "Название меры",
    covered: "Охвачено",
    total: "Всего",
    stated: "Указано в отчёте",
    coverage: "Охват",
    chartBlockTitle: (name) => `${name}: охват по территориям, все загруженные типы`,
    chartTitle: (name) => `${name}: охват по территориям (красным — ниже цели)`,
    atOrAbove: "На уровне цели или выше",
    below: "Ниже цели",
  },
  view: {
    title: (name, level) =>
      `${name} — ${level === "region" ? "по регионам" : "по крупным городам"}`,
    covered: (group) => `${group}: охвачено`,
    total: (group) => `${group}: всего`,
    share: (group) => `${group}: охват`,
  },
  settings: {
    title: "Правило отставания: цели, с которыми сравнивается выделение цветом",
    period: "Отчётный период",
    factor: "Сильно ниже: меньше этой доли цели",
    measure: "Мера",
    measureName: "Название меры",
    legend: "Условные обозначения",
    below: "Ниже цели",
    farBelow: "Сильно ниже (меньше доли выше × цель)",
    notes: (types) => [
      "По умолчанию цель — охват по стране за период (формула). Чтобы задать постоянную цель, введите в ячейку долю, например 0,8;",
      `выделение в таблице охвата и на листах мер изменится сразу, без надстройки. Типы: ${types}.`,
      "Надстройка нужна только функциям EDU.* и =COVERAGE(…) в ваших собственных ячейках (без неё — ошибка имени; после её установки они снова считаются). Все листы, записанные надстройкой, считаются без неё.",
    ],
    comments: {
      period: "Период, который читают листы мер и цели.",
      farBelowFactor: "Сильно ниже = меньше этой доли цели.",
      lagMeasures: "Коды мер в таблице целей.",
      lagTypes: "Коды типов в таблице целей.",
      lagGrid: "Цели по мерам и типам.",
      target: (measure, orgType) =>
        `Цель отставания: «${measureName(measure, "ru")}», ${orgTypeName(orgType, "ru")}.`,
    },
  },
  trend: {
    title: "Квартал к кварталу: охват по стране и кто изменился",
    national: "Охват по стране по периодам (формулы по таблице данных)",
    compared: "Изменение между двумя последними периодами",
    change: "По территориям, все типы",
    previous: "Предыдущий",
    latest: "Последний",
    points: "Изменение, п.п.",
    covered: "Изменение, охвачено",
    status: "Статус",
    stalling: "Застой",
    projection: "Прогноз (наивный): квартал достижения 100% при последнем темпе",
    improved: "улучшение",
    unchanged: "без изменений",
    worse: "ухудшение",
    stallingMark: "ниже цели, без улучшения",
    reached: "достигнуто",
    notAtThisPace: "не при этом темпе",
    apart: "кварталов между ними",
    quarters: "Кварталов до 100% (наивно)",
    chartTitle: (m) => `${m}: охват по стране по периодам`,
  },
  coverageNameComment:
    "Охват мерами антитеррористической защиты: =COVERAGE(territory, org_type, measure) — территория, тип, мера",
  pivotNote:
    "Охват = Охвачено ÷ Всего (сводные таблицы Excel не принимают вычисляемые поля от надстроек): сравните два столбца значений или добавьте формулу рядом со сводной таблицей.",
  chartPlaceholder: (title) =>
    `Диаграмма «${title}» появится, когда надстройка загрузит эту книгу в Excel (её данные — слева).`,
  map: {
    title: "Карта охвата Казахстана",
    note: "Выберите меру, тип и период в жёлтых ячейках. Каждая плитка — охвачено ÷ всего из таблицы Coverage (формулы).",
    measure: "Мера",
    orgType: "Тип организаций",
    period: "Период",
    id: "код",
    lists: "Списки для выбора",
    regions: "Регионы (видеонаблюдение — по регионам)",
    cities: "Крупные города (охрана, тревожная кнопка и турникеты — по городам)",
    legend:
      "Заливка: красный 0%, жёлтый 50%, зелёный 100%. — : нет данных для этой меры, типа и периода.",
    slicersNote:
      "Срезы по периоду, мере и типу появляются здесь, когда надстройка загружает книгу в Excel (ExcelApi 1.10); файл .xlsx, записанный без Excel, не может их содержать.",
    slicerCaptions: { period: "Период", measure: "Мера", orgType: "Тип организаций" },
  },
};

const KK: WorkbookLabels = {
  coverageColumns: {
    period: "Кезең",
    measure: "Шара",
    measureName: "Шараның атауы",
    level: "Деңгей",
    territory: "Аумақ",
    territoryId: "Аумақ коды",
    region: "Өңір",
    orgType: "Ұйым түрі",
    orgTypeName: "Түрдің атауы",
    covered: "Қамтылғаны",
    total: "Барлығы",
    uncovered: "Қамтылмағаны",
    coverage: "Қамту",
    stated: "Көрсетілгені, %",
    check: "Тексеру",
    sourceLine: "Дереккөз жолы",
  },
  level: { region: "өңір", city: "қала" },
  check: {
    ok: "сәйкес",
    differs: "көрсетілгеннен өзгеше",
    view: (sheet) => `${sheet} парағы`,
    summary: "Summary: ел бойынша қамту, қамтылғаны, барлығы",
    highlight: "ерекшелеу",
  },
  orgTypes: {
    kindergarten: ORG_TYPE_NAMES.kindergarten.kk,
    school: ORG_TYPE_NAMES.school.kk,
    college: ORG_TYPE_NAMES.college.kk,
  },
  allTypes: "Барлық жүктелген түрлер",
  period: "Кезең",
  territory: "Аумақ",
  territoryId: "Аумақ коды",
  audit: {
    title:
      "Есептің өз сандары қай жерде бір-біріне сәйкес келмейді (олар түзетілмейді: деректер кестесі сандарды есепте көрсетілгендей сақтайды)",
    columns: {
      number: "Р/с",
      code: "Қайшылық коды",
      finding: "Қайшылық",
      period: "Кезең",
      measure: "Шара",
      orgType: "Ұйым түрі",
      territory: "Аумақ",
      stated: "Көрсетілгені",
      computed: "Есептелгені",
      status: "Күйі",
      sourceLine: "Дереккөз жолы",
    },
    consistent: "енді сәйкес",
    differs: "сәйкес емес",
    none: "Қайшылықтар жоқ: барлық сандар бір-біріне сәйкес келеді.",
  },
  summary: {
    title: "Білім беру ұйымдарының терроризмге қарсы қорғалуы: ел бойынша қамту",
    measure: "Шара",
    measureName: "Шараның атауы",
    covered: "Қамтылғаны",
    total: "Барлығы",
    stated: "Есепте көрсетілгені",
    coverage: "Қамту",
    chartBlockTitle: (name) => `${name}: аумақтар бойынша қамту, барлық жүктелген түрлер`,
    chartTitle: (name) => `${name}: аумақтар бойынша қамту (қызылмен — мақсаттан төмен)`,
    atOrAbove: "Мақсат деңгейінде немесе одан жоғары",
    below: "Мақсаттан төмен",
  },
  view: {
    title: (name, level) =>
      `${name} — ${level === "region" ? "өңірлер бойынша" : "ірі қалалар бойынша"}`,
    covered: (group) => `${group}: қамтылғаны`,
    total: (group) => `${group}: барлығы`,
    share: (group) => `${group}: қамту`,
  },
  settings: {
    title: "Артта қалу ережесі: түспен ерекшелеу салыстыратын мақсаттар",
    period: "Есепті кезең",
    factor: "Әлдеқайда төмен: мақсаттың осы үлесінен аз",
    measure: "Шара",
    measureName: "Шараның атауы",
    legend: "Шартты белгілер",
    below: "Мақсаттан төмен",
    farBelow: "Әлдеқайда төмен (жоғарыдағы үлес × мақсаттан аз)",
    notes: (types) => [
      "Әдепкі бойынша мақсат — кезеңдегі ел бойынша қамту (формула). Тұрақты мақсат қою үшін ұяшыққа үлесті енгізіңіз, мысалы 0,8;",
      `қамту кестесіндегі және шаралар парақтарындағы ерекшелеу қондырмасыз бірден өзгереді. Түрлер: ${types}.`,
      "Қондырма тек өз ұяшықтарыңыздағы EDU.* функцияларына және =COVERAGE(…) формуласына керек (онсыз — атау қатесі; ол орнатылғаннан кейін олар қайта есептеледі). Қондырма жазған барлық парақтар онсыз есептеледі.",
    ],
    comments: {
      period: "Шаралар парақтары мен мақсаттар оқитын кезең.",
      farBelowFactor: "Әлдеқайда төмен = мақсаттың осы үлесінен аз.",
      lagMeasures: "Мақсаттар кестесіндегі шаралардың кодтары.",
      lagTypes: "Мақсаттар кестесіндегі түрлердің кодтары.",
      lagGrid: "Шаралар мен түрлер бойынша мақсаттар.",
      target: (measure, orgType) =>
        `Артта қалу мақсаты: «${measureName(measure, "kk")}», ${orgTypeName(orgType, "kk")}.`,
    },
  },
  trend: {
    title: "Тоқсаннан тоқсанға: ел бойынша қамту және қай аумақтар өзгерді",
    national: "Ел бойынша қамту, кезең-кезеңімен (деректер кестесіне негізделген формулалар)",
    compared: "Соңғы екі кезең арасындағы өзгеріс",
    change: "Аумақтар бойынша, барлық түрлер",
    previous: "Алдыңғы",
    latest: "Соңғы",
    points: "Өзгеріс, п.т.",
    covered: "Өзгеріс, қамтылғаны",
    status: "Күйі",
    stalling: "Тоқырау",
    projection: "Болжам (қарапайым): соңғы қарқынмен 100%-ға жететін тоқсан",
    improved: "жақсарды",
    unchanged: "өзгеріссіз",
    worse: "нашарлады",
    stallingMark: "мақсаттан төмен, жақсару жоқ",
    reached: "қол жеткізілді",
    notAtThisPace: "бұл қарқынмен жетпейді",
    apart: "Арасындағы тоқсан саны",
    quarters: "100%-ға дейінгі тоқсандар (қарапайым)",
    chartTitle: (m) => `${m}: ел бойынша қамту, кезең-кезеңімен`,
  },
  coverageNameComment:
    "Терроризмге қарсы қорғау шараларымен қамту: =COVERAGE(territory, org_type, measure) — аумақ, түр, шара",
  pivotNote:
    "Қамту = Қамтылғаны ÷ Барлығы (Excel жиынтық кестелері қондырмалардан есептелетін өрістерді қабылдамайды): екі мән бағанын салыстырыңыз немесе жиынтық кестенің жанына формула қосыңыз.",
  chartPlaceholder: (title) =>
    `«${title}» диаграммасы қондырма осы кітапты Excel-ге жүктегенде пайда болады (оның деректері — сол жақта).`,
  map: {
    title: "Қазақстанның қамту картасы",
    note: "Сары ұяшықтарда шараны, түрді және кезеңді таңдаңыз. Әр шаршы — Coverage кестесінен қамтылғаны ÷ барлығы (формулалар).",
    measure: "Шара",
    orgType: "Ұйым түрі",
    period: "Кезең",
    id: "коды",
    lists: "Таңдау тізімдері",
    regions: "Өңірлер (бейнебақылау өңірлер бойынша)",
    cities: "Ірі қалалар (күзет, дабыл түймесі және турникеттер қалалар бойынша)",
    legend: "Бояу: қызыл 0%, сары 50%, жасыл 100%. — : осы шара, түр және кезең үшін дерек жоқ.",
    slicersNote:
      "Кезең, шара және түр бойынша кесінділер қондырма кітапты Excel-ге жүктегенде осында тұрады (ExcelApi 1.10); Excel-сіз жазылған .xlsx файлы оларды сақтай алмайды.",
    slicerCaptions: { period: "Кезең", measure: "Шара", orgType: "Ұйым түрі" },
  },
};

/** The catalogue: one entry per language, each with every text (the type sees to it). */
export const WORKBOOK_LABELS: Readonly<Record<WorkbookLang, WorkbookLabels>> = {
  en: EN,
  ru: RU,
  kk: KK,
};

export function workbookLabels(lang: WorkbookLang): WorkbookLabels {
  return WORKBOOK_LABELS[lang];
}
