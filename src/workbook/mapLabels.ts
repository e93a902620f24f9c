/**
 * The Map sheet's own texts, and the note that stands where the slicers would be in an .xlsx, in
 * each workbook language. Kept beside labels.ts (the workbook's main catalogue) so the map's texts
 * live with the map; measure, type and territory names come from the domain (measureName,
 * ORG_TYPE_NAMES, territoryName), as everywhere else.
 */
import type { Lang } from "../domain/lang";

export interface MapLabels {
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
  /** What a tile without a figure shows, and the legend. */
  noFigure: string;
  legend: string;
  /** The .xlsx's note where the Office.js writer puts the slicers. */
  slicersNote: string;
  /** The slicers' captions: the data table's period, measure and type. */
  slicerCaptions: { period: string; measure: string; orgType: string };
}

const EN: MapLabels = {
  title: "Coverage map of Kazakhstan",
  note: "Choose the measure, the type and the period in the yellow cells. Each tile is covered ÷ total from the Coverage table (formulas).",
  measure: "Measure",
  orgType: "Organisation type",
  period: "Period",
  id: "id",
  lists: "Lists for the dropdowns",
  regions: "Regions (video surveillance is reported by region)",
  cities: "Large cities (guard, panic button and turnstiles are reported by city)",
  noFigure: "—",
  legend:
    "Shading: red 0%, yellow 50%, green 100%. — : no figure for this measure, type and period.",
  slicersNote:
    "Slicers for period, measure and type stand here when the add-in loads the workbook into Excel (ExcelApi 1.10); an .xlsx written without Excel cannot hold them.",
  slicerCaptions: { period: "Period", measure: "Measure", orgType: "Organisation type" },
};

const RU: MapLabels = {
  title: "Карта охвата Казахстана",
  note: "Выберите меру, тип и период в жёлтых ячейках. Каждая плитка — охвачено ÷ всего из таблицы Coverage (формулы).",
  measure: "Мера",
  orgType: "Тип организаций",
  period: "Период",
  id: "код",
  lists: "Списки для выбора",
  regions: "Регионы (видеонаблюдение — по регионам)",
  cities: "Крупные города (охрана, тревожная кнопка и турникеты — по городам)",
  noFigure: "—",
  legend:
    "Заливка: красный 0%, жёлтый 50%, зелёный 100%. — : нет данных для этой меры, типа и периода.",
  slicersNote:
    "Срезы по периоду, мере и типу появляются здесь, когда надстройка загружает книгу в Excel (ExcelApi 1.10); файл .xlsx, записанный без Excel, не может их содержать.",
  slicerCaptions: { period: "Период", measure: "Мера", orgType: "Тип организаций" },
};

const KK: MapLabels = {
  title: "Қазақстанның қамту картасы",
  note: "Сары ұяшықтарда шараны, түрді және кезеңді таңдаңыз. Әр тақта — Coverage кестесінен қамтылғаны ÷ барлығы (формулалар).",
  measure: "Шара",
  orgType: "Ұйым түрі",
  period: "Кезең",
  id: "код",
  lists: "Таңдау тізімдері",
  regions: "Өңірлер (бейнебақылау өңірлер бойынша)",
  cities: "Ірі қалалар (күзет, дабыл түймесі және турникеттер қалалар бойынша)",
  noFigure: "—",
  legend: "Бояу: қызыл 0%, сары 50%, жасыл 100%. — : осы шара, түр және кезең үшін дерек жоқ.",
  slicersNote:
    "Кезең, шара және түр бойынша кесінділер қондырма кітапты Excel-ге жүктегенде осында тұрады (ExcelApi 1.10); Excel-сіз жазылған .xlsx файлы оларды сақтай алмайды.",
  slicerCaptions: { period: "Кезең", measure: "Шара", orgType: "Ұйым түрі" },
};

export const MAP_LABELS: Readonly<Record<Lang, MapLabels>> = { en: EN, ru: RU, kk: KK };

export function mapLabels(lang: Lang): MapLabels {
  return MAP_LABELS[lang];
}
