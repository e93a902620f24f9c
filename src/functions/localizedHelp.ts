/**
 * The EDU functions' help in Russian and Kazakh: what Excel's formula autocomplete and its function
 * dialog show under a ru-RU or kk-KZ Office. The build (webpack.config.js) takes the functions.json
 * that custom-functions-metadata writes from the English JSDoc in functions.ts and writes
 * functions-ru.json and functions-kk.json from it with `localizedMetadata`; the manifest points to
 * them with bt:Override (office-js-docs-pr, excel/custom-functions-naming.md, "Localize custom
 * functions": one metadata file per language, "Excel only localizes the name and description
 * properties. The id is not localized").
 *
 * The display names stay EDU.COVERAGE etc. in every language. The docs promise that `id` is what
 * the code binds to, but say nothing of how a formula typed under one language's `name` reads in
 * another language's Office; so a workbook shared between a Kazakh and an English Office keeps
 * working only if the names are the same everywhere. Parameters (shown only in the tooltip, never
 * stored in a formula) and descriptions are localized. Build-time only: not in the functions' bundle.
 */
import { cardFieldName } from "../analysis/territoryCard";

export type HelpLang = "ru" | "kk";
export const HELP_LANGS: readonly HelpLang[] = ["ru", "kk"];

interface ParamHelp {
  /** Shown in the tooltip as the argument's name: letters, digits, "_" (the rule for `name`). */
  name: string;
  description: string;
}
interface FunctionHelp {
  description: string;
  parameters: Record<string, ParamHelp>;
}

/** The parameters most functions share, per language. */
function shared(lang: HelpLang) {
  const ru = lang === "ru";
  const period: ParamHelp = ru
    ? {
        name: "период",
        description: "Период, например «2023-Q1»; если не указан — последний загруженный.",
      }
    : {
        name: "кезең",
        description: "Кезең, мысалы, «2023-Q1»; көрсетілмесе — соңғы жүктелген кезең.",
      };
  const territory: ParamHelp = ru
    ? {
        name: "территория",
        description:
          "Территория в обычном написании: «Алматы», «ВКО», «Алматинская область», «Казахстан»; или диапазон таких названий (ответ в каждой ячейке).",
      }
    : {
        name: "аумақ",
        description:
          "Аумақ әдетте қалай жазылса, солай: «Алматы», «ШҚО», «Алматы облысы», «Қазақстан»; немесе осындай атаулары бар ауқым (әр ұяшыққа бір жауап).",
      };
  const orgType: ParamHelp = ru
    ? {
        name: "тип",
        description:
          "Тип организаций: детсад, школа, колледж или все (также kindergarten, school, college, all).",
      }
    : {
        name: "түрі",
        description:
          "Ұйым түрі: балабақша, мектеп, колледж немесе барлығы (сондай-ақ kindergarten, school, college, all).",
      };
  const measure: ParamHelp = ru
    ? {
        name: "мера",
        description:
          "Мера: видео (ЦОУ), охрана, кнопка или турникеты (также video, guard, panic, turnstile).",
      }
    : {
        name: "шара",
        description:
          "Шара: бейнебақылау (ЖБО), күзет, дабыл түймесі немесе турникет (сондай-ақ video, guard, panic, turnstile).",
      };
  const from: ParamHelp = ru
    ? {
        name: "начало",
        description:
          "Период, например «2023-Q1»; если не указан — период, предшествующий периоду «конец».",
      }
    : {
        name: "басы",
        description: "Кезең, мысалы, «2023-Q1»; көрсетілмесе — «соңы» кезеңінен бұрынғы кезең.",
      };
  const to: ParamHelp = ru
    ? {
        name: "конец",
        description: "Период, например «2023-Q2»; если не указан — последний загруженный.",
      }
    : {
        name: "соңы",
        description: "Кезең, мысалы, «2023-Q2»; көрсетілмесе — соңғы жүктелген кезең.",
      };
  return { period, territory, orgType, measure, from, to };
}

const RU_DESCRIPTIONS = {
  COVERAGE:
    "Охват: доля организаций, где есть мера (охвачено ÷ всего). Задайте ячейке процентный формат.",
  COVERED: "Число организаций, где есть мера.",
  TOTAL: "Число организаций, от которого считается охват (база).",
  GAP: "Число организаций, ещё не охваченных мерой (всего − охвачено).",
  STATED:
    "Процент в точности так, как он указан в отчёте (может расходиться с EDU.COVERAGE: где именно, показывает вкладка «Проверка»).",
  LAGGING: "Территории с охватом ниже порога, начиная с худшей, с их охватом (два столбца).",
  RANK: "Место территории по охвату среди территорий, по которым мера указана в отчёте (1 — лучшая; при равенстве место общее).",
  TERRITORIES:
    "Названия территорий, которые отчёт использует для меры (вниз по столбцу); все территории, если мера не указана.",
  CHANGE:
    "Изменение охвата между двумя загруженными периодами, в процентных пунктах как доля (задайте ячейке процентный формат).",
  CHANGEIN: "Изменение числа охваченных организаций между двумя загруженными периодами.",
  SERIES: "Периоды и охват в каждом, от раннего к позднему (два столбца).",
  TERRITORY: (field: string) =>
    `Карточка территории (тип данных Excel): название, регион и по каждой мере и типу — охват, охвачено, всего, % в отчёте, место и изменение; отдельное поле возвращает формула =A1.[${field}]. Где Excel не показывает карточки (Excel 2021, 2024), — название текстом.`,
};

const KK_DESCRIPTIONS: typeof RU_DESCRIPTIONS = {
  COVERAGE:
    "Қамту: шарамен қамтылған ұйымдардың үлесі (қамтылғаны ÷ барлығы). Ұяшыққа пайыздық пішім беріңіз.",
  COVERED: "Шарамен қамтылған ұйымдар саны.",
  TOTAL: "Қамту есептелетін ұйымдардың жалпы саны (есептеу негізі).",
  GAP: "Шарамен әлі қамтылмаған ұйымдар саны (барлығы − қамтылғаны).",
  STATED:
    "Есепте көрсетілген пайыз, сол күйінде (EDU.COVERAGE мәнінен өзгеше болуы мүмкін: қай жерде екенін «Тексеру» қойындысы көрсетеді).",
  LAGGING: "Қамтуы шектен төмен аумақтар, ең төменгісінен бастап, қамтуымен бірге (екі баған).",
  RANK: "Есепте осы шара көрсетілген аумақтар ішіндегі аумақтың қамту бойынша орны (1 — ең жоғары қамту; тең болса, орын ортақ).",
  TERRITORIES:
    "Есепте осы шара бойынша қолданылатын аумақ атаулары (бағанға төмен қарай); шара көрсетілмесе — барлық аумақтардың атаулары.",
  CHANGE:
    "Жүктелген екі кезең арасындағы қамту өзгерісі, пайыздық тармақпен, үлес түрінде (ұяшыққа пайыздық пішім беріңіз).",
  CHANGEIN: "Қамтылған ұйымдар санының жүктелген екі кезең арасындағы өзгерісі.",
  SERIES: "Кезеңдер мен әрқайсысындағы қамту, ең ерте кезеңнен бастап (екі баған).",
  TERRITORY: (field: string) =>
    `Аумақ карточкасы (Excel деректер түрі): атауы, өңірі және әр шара мен түр бойынша қамту, қамтылғаны, барлығы, есептегі %, орны және өзгерісі; жеке өрісті =A1.[${field}] формуласы қайтарады. Карточка көрсетілмейтін нұсқаларда (Excel 2021, 2024) — атауы мәтін түрінде.`,
};

/** Every EDU function's help in `lang`, keyed by the function's id and its parameters' JSDoc names. */
export function functionHelp(lang: HelpLang): Record<string, FunctionHelp> {
  const ru = lang === "ru";
  const d = ru ? RU_DESCRIPTIONS : KK_DESCRIPTIONS;
  const { period, territory, orgType, measure, from, to } = shared(lang);
  const four = { territory, orgType, measure, period };
  const fromTo = { territory, orgType, measure, from, to };
  return {
    COVERAGE: { description: d.COVERAGE, parameters: four },
    COVERED: { description: d.COVERED, parameters: four },
    TOTAL: { description: d.TOTAL, parameters: four },
    GAP: { description: d.GAP, parameters: four },
    STATED: {
      description: d.STATED,
      parameters: {
        ...four,
        territory: {
          name: territory.name,
          description: ru
            ? "Территория; «Казахстан» — общий показатель отчёта."
            : "Аумақ; «Қазақстан» — есептегі ел бойынша жалпы көрсеткіш.",
        },
        orgType: {
          name: orgType.name,
          description: ru
            ? "детсад, школа или колледж (все — только для «Казахстан»)."
            : "балабақша, мектеп немесе колледж (барлығы — тек «Қазақстан» үшін).",
        },
      },
    },
    LAGGING: {
      description: d.LAGGING,
      parameters: {
        measure,
        orgType: {
          name: orgType.name,
          description: ru
            ? "детсад, школа, колледж или все (по умолчанию все)."
            : "балабақша, мектеп, колледж немесе барлығы (әдепкісі — барлығы).",
        },
        threshold: ru
          ? {
              name: "порог",
              description:
                "Доля (0,5) или процент (50); по умолчанию — охват по стране для этой меры и типа.",
            }
          : {
              name: "шек",
              description:
                "Үлес (0,5) немесе пайыз (50); әдепкісі — осы шара мен түрдің ел бойынша қамтуы.",
            },
        period,
      },
    },
    RANK: { description: d.RANK, parameters: four },
    TERRITORIES: {
      description: d.TERRITORIES,
      parameters: {
        measure: {
          name: measure.name,
          description: ru
            ? "видео (20 регионов) или охрана, кнопка, турникеты (20 групп крупных городов)."
            : "бейнебақылау (20 өңір) немесе күзет, дабыл түймесі, турникет (ірі қалалардың 20 тобы).",
        },
      },
    },
    CHANGE: { description: d.CHANGE, parameters: fromTo },
    CHANGEIN: { description: d.CHANGEIN, parameters: fromTo },
    SERIES: { description: d.SERIES, parameters: { territory, orgType, measure } },
    TERRITORY: {
      description: d.TERRITORY(cardFieldName("turnstile", "school", "coverage", lang)),
      parameters: {
        name: { name: ru ? "название" : "атауы", description: territory.description },
        period,
      },
    },
  };
}

interface MetadataParam {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParam[];
  [key: string]: unknown;
}
export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/**
 * functions.json in `lang`: each function's description and each parameter's name and description
 * taken from functionHelp; ids, names, types and options as they are. A function or parameter with
 * no text in `lang`, or text for one that does not exist, fails the build.
 */
export function localizedMetadata(english: FunctionsMetadata, lang: HelpLang): FunctionsMetadata {
  const help = functionHelp(lang);
  const ids = new Set(english.functions.map((f) => f.id));
  const stray = Object.keys(help).filter((id) => !ids.has(id));
  if (stray.length)
    throw new Error(`${lang} help for functions that do not exist: ${stray.join(", ")}`);
  return {
    ...english,
    functions: english.functions.map((f) => {
      const h = help[f.id];
      if (!h) throw new Error(`EDU.${f.id} has no ${lang} help (src/functions/localizedHelp.ts)`);
      const names = new Set(f.parameters.map((p) => p.name));
      const extra = Object.keys(h.parameters).filter((n) => !names.has(n));
      if (extra.length)
        throw new Error(`EDU.${f.id}: ${lang} help for no parameter ${extra.join(", ")}`);
      return {
        ...f,
        description: h.description,
        parameters: f.parameters.map((p) => {
          const ph = h.parameters[p.name];
          if (!ph) throw new Error(`EDU.${f.id}(${p.name}) has no ${lang} help`);
          return { ...p, name: ph.name, description: ph.description };
        }),
      };
    }),
  };
}
