/**
 * The Map sheet: a tile-grid map of Kazakhstan in cells (domain/tileGrid.ts), one grid for the 20
 * regions (video surveillance is reported by region) and one for the 20 large-city groups (guard,
 * panic button and turnstiles are reported by city). Measure, type and period are chosen in three
 * cells with dropdown lists; every tile is a formula over the data table (covered ÷ total by
 * SUMIFS for the chosen period, measure, type and the tile's territory id), "—" where the selection
 * has no figure, and a colour scale shades it by coverage. Pure: no Excel here.
 */
import { measureName } from "../domain/lang";
import type { Level } from "../domain/measures";
import { ORG_TYPE_NAMES, type OrgTypeOrAll } from "../domain/orgTypes";
import { MAP_COLUMNS, MAP_ROWS, mapTiles } from "../domain/tileGrid";
import { territoryById, territoryName } from "../domain/territories";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { columnWidthPoints } from "./cells";
import { lit, sumifsIn } from "./criteria";
import { workbookLabels } from "./labels";
import {
  ALL_TYPES,
  type CoverageKey,
  COVERAGE_SCALE,
  DATA_TABLE,
  type PlanOptions,
  SHEETS,
  type WorkbookLang,
} from "./layout";
import {
  emptySheet,
  type PlanBlock,
  type PlanCell,
  type PlanColorScale,
  type PlanDataValidation,
  type PlanSheet,
  type PlanSlicer,
  type WorkbookPlan,
} from "./plan";

/** What a tile without a figure shows: a mark, the same in every language (the legend explains it). */
export const MAP_NO_FIGURE = "—";

/** Where everything stands (0-based rows and columns). */
export const MAP_LAYOUT = {
  titleRow: 0,
  noteRow: 1,
  /**
   * The selectors: label and chosen value (a dropdown). The id the formulas match on stands with
   * the helper lists, off the printed page, so the chosen name is not cut by a visible helper cell.
   */
  measureRow: 3,
  orgTypeRow: 4,
  periodRow: 5,
  labelCol: 0,
  valueCol: 1,
  idCol: 15,
  /** Each grid: a title row, then two rows per tile row (the name, then the figure). */
  grids: { region: 7, city: 19 } as Record<Level, number>,
  legendRow: 31,
  /** The dropdowns' lists: measure name | id | type name | id | period. */
  listRow: 3,
  listCol: 9,
} as const;

/** The Map's colour scale: the pane's, so that the workbook and the pane speak one colour language. */
export const MAP_SCALE = COVERAGE_SCALE;

/** A tile's width: at least this, and wide enough for its longest (bold) name in the workbook's language. */
const TILE_COLUMN_CHARS = 24;
const BOLD_WIDTH = 1.1;

function tileColumnChars(lang: WorkbookLang): number {
  const names = (["region", "city"] as const).flatMap((level) =>
    mapTiles(level).map((tile) => territoryName(territoryById(tile.territoryId)!, lang))
  );
  const longest = Math.max(...names.map((n) => n.length));
  return Math.max(TILE_COLUMN_CHARS, Math.ceil(longest * BOLD_WIDTH) + 1);
}

/** Each grid below its title: every tile row is two cells high (name, figure). */
export const MAP_GRID = { rows: 2 * MAP_ROWS, cols: MAP_COLUMNS } as const;

/** Where each grid's tiles are (below its title row): what the colour scale shades and Check reads. */
export const MAP_GRID_RANGES: Readonly<Record<Level, string>> = {
  region: rangeAddress(MAP_LAYOUT.grids.region + 1, 0, MAP_GRID.rows, MAP_GRID.cols),
  city: rangeAddress(MAP_LAYOUT.grids.city + 1, 0, MAP_GRID.rows, MAP_GRID.cols),
};

/** The cell a grid's tile shows its name in; the figure is the cell below. */
export function tileNameCell(level: Level, col: number, row: number): { row: number; col: number } {
  return { row: MAP_LAYOUT.grids[level] + 1 + 2 * row, col };
}

/** The tiles' figure cells for a level, by territory id: where the test and the pane read them. */
export function mapTileCells(
  level: Level
): Array<{ territoryId: string; row: number; col: number }> {
  return mapTiles(level).map((t) => {
    const name = tileNameCell(level, t.col, t.row);
    return { territoryId: t.territoryId, row: name.row + 1, col: name.col };
  });
}

/**
 * What a user chose in the Map's selectors, by id (the same in every language): read from the
 * selector cells (MAP_CHOICE_RANGE) before a reload, so the reload keeps it.
 */
export interface MapChoice {
  measure: string;
  orgType: string;
  period: string;
}

/** From the selector cells to their ids: rows [measure name … id], [type name … id], [period]. */
const CHOICE_ID_OFFSET = MAP_LAYOUT.idCol - MAP_LAYOUT.valueCol;
export const MAP_CHOICE_RANGE = rangeAddress(
  MAP_LAYOUT.measureRow,
  MAP_LAYOUT.valueCol,
  3,
  CHOICE_ID_OFFSET + 1
);

/** The choice in MAP_CHOICE_RANGE's values (an id the lists no longer offer is simply not kept). */
export function mapChoiceFromValues(values: readonly (readonly unknown[])[]): MapChoice {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return {
    measure: text(values[0]?.[CHOICE_ID_OFFSET]),
    orgType: text(values[1]?.[CHOICE_ID_OFFSET]),
    period: text(values[2]?.[0]),
  };
}

/** What a load writes in the selectors when nothing was chosen: the first measure, all types, the period. */
export function defaultMapChoice(options: PlanOptions): MapChoice {
  return { measure: options.measures[0] ?? "", orgType: "all", period: options.period };
}

/**
 * The user's own choice among what the selectors show: each value the previous load did not write
 * there by default (a default left alone follows the new load's: the newest period, say). Without
 * the previous plan, everything shown counts as chosen.
 */
export function userMapChoice(shown: MapChoice, previous: WorkbookPlan | undefined): MapChoice {
  if (!previous) return shown;
  const written = defaultMapChoice(previous.options);
  const chosen = (k: keyof MapChoice) => (sameId(shown[k], written[k]) ? "" : shown[k]);
  return { measure: chosen("measure"), orgType: chosen("orgType"), period: chosen("period") };
}

/** Ids and periods compare as Excel's lookups (MATCH, SUMIFS) do: without case. */
export const sameId = (a: unknown, b: string) => String(a).toLowerCase() === b.toLowerCase();

/**
 * The plan with its Map sheet showing the user's earlier choice: each of measure, type and period
 * kept where the new lists still offer it, else the plan's own default for it.
 */
export function keepMapChoice(plan: WorkbookPlan, choice: MapChoice | null): WorkbookPlan {
  if (!choice) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      // The sheet re-planned for the choice keeps the print setup the plan gave it.
      s.name === SHEETS.map ? { ...planMap(plan.periods, plan.options, choice), print: s.print } : s
    ),
  };
}

/**
 * The Map sheet for the plan's measures, types and periods (`periods`: the loaded ones), showing
 * `choice` where its lists offer it (the first measure, all types and the plan's period otherwise).
 * Built in three parts: the lists its dropdowns read, the selectors, and the two grids of tiles.
 */
export function planMap(
  periods: readonly string[],
  options: PlanOptions,
  choice?: MapChoice
): PlanSheet {
  const { lang } = options;
  const M = workbookLabels(lang).map;
  const L = MAP_LAYOUT;
  const sheet = emptySheet(SHEETS.map, "#2E75B6");
  const types = mapTypes(options);
  const periodList = [...new Set(periods)].sort();
  const lists = mapLists(options, types, periodList);
  const selectors = mapSelectors(options, lists, chosenOnMap(options, types, periodList, choice));
  const grids = mapGrids(options);
  sheet.blocks.push(...lists.blocks, ...selectors.blocks, ...grids.blocks);
  sheet.validations = selectors.validations;
  sheet.colorScales = grids.colorScales;
  sheet.blocks.push({ row: L.legendRow, col: 0, cells: [[M.legend]], style: "note" });
  // The page shows the map, its choices and legend; not the lists its dropdowns read.
  sheet.printArea = `$A$1:$${columnLetter(L.listCol - 1)}$${L.legendRow + 1}`;
  const col = (k: number) => L.listCol + k;
  sheet.columnWidths = Object.fromEntries([
    ...Array.from({ length: MAP_GRID.cols }, (_, c) => [c, tileColumnChars(lang)]),
    [col(0), 40],
    [col(1), 12],
    [col(2), 22],
    [col(3), 14],
    [col(4), 12],
  ]);
  return sheet;
}

/** What the selectors show: the user's choice where the lists offer it, else the defaults. */
function chosenOnMap(
  options: PlanOptions,
  types: readonly OrgTypeOrAll[],
  periodList: readonly string[],
  choice: MapChoice | undefined
) {
  const offered = <T extends string>(list: readonly T[], id: string | undefined, fallback: T) =>
    list.find((x) => id !== undefined && sameId(x, id)) ?? fallback;
  return {
    measure: offered(options.measures, choice?.measure, options.measures[0]),
    orgType: offered(types, choice?.orgType, "all" as OrgTypeOrAll),
    period: offered(periodList, choice?.period, options.period),
  };
}

/** The lists the dropdowns offer (absolute addresses), and the ids beside their names. */
interface MapLists {
  blocks: PlanBlock[];
  measureNames: string;
  measureIds: string;
  typeNames: string;
  typeIds: string;
  periods: string | null;
}

function mapLists(
  options: PlanOptions,
  types: readonly OrgTypeOrAll[],
  periodList: readonly string[]
): MapLists {
  const { lang } = options;
  const M = workbookLabels(lang).map;
  const L = MAP_LAYOUT;
  const listFirst = L.listRow + 1;
  const col = (k: number) => L.listCol + k;
  const column = (k: number, n: number) =>
    rangeAddress(listFirst, col(k), n, 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const blocks: PlanBlock[] = [
    {
      row: L.listRow,
      col: L.listCol,
      cells: [[M.measure, M.id, M.orgType, M.id, M.period]],
      style: "header",
    },
    {
      row: listFirst,
      col: col(0),
      cells: options.measures.map((m) => [measureName(m, lang), m]),
      columnFormats: ["@", "@"],
    },
    {
      row: listFirst,
      col: col(2),
      cells: types.map((t) => [ORG_TYPE_NAMES[t][lang], t]),
      columnFormats: ["@", "@"],
    },
  ];
  if (periodList.length)
    blocks.push({
      row: listFirst,
      col: col(4),
      cells: periodList.map((p) => [p]),
      columnFormats: ["@"],
    });
  return {
    blocks,
    measureNames: column(0, options.measures.length),
    measureIds: column(1, options.measures.length),
    typeNames: column(2, types.length),
    typeIds: column(3, types.length),
    periods: periodList.length ? column(4, periodList.length) : null,
  };
}

/** The selectors: the chosen name (a dropdown), and off the page the id the tiles' formulas match on. */
function mapSelectors(
  options: PlanOptions,
  lists: MapLists,
  chosen: ReturnType<typeof chosenOnMap>
): { blocks: PlanBlock[]; validations: PlanDataValidation[] } {
  const { lang } = options;
  const M = workbookLabels(lang).map;
  const L = MAP_LAYOUT;
  const idOf = (row: number, names: string, ids: string): PlanCell => ({
    formula: `=IFERROR(INDEX(${ids},MATCH(${cellAddress(row, L.valueCol, true)},${names},0)),"")`,
  });
  const blocks: PlanBlock[] = [
    { row: L.titleRow, col: 0, cells: [[M.title]], style: "title" },
    { row: L.noteRow, col: 0, cells: [[M.note]], style: "note" },
    {
      row: L.measureRow,
      col: L.labelCol,
      cells: [[M.measure], [M.orgType], [M.period]],
      style: "header",
    },
    {
      row: L.measureRow,
      col: L.valueCol,
      cells: [
        [chosen.measure ? measureName(chosen.measure, lang) : ""],
        [ORG_TYPE_NAMES[chosen.orgType][lang]],
        [chosen.period],
      ],
      columnFormats: ["@"],
      style: "input",
    },
    { row: L.measureRow - 1, col: L.idCol, cells: [[M.id]], style: "header" },
    {
      row: L.measureRow,
      col: L.idCol,
      cells: [
        [idOf(L.measureRow, lists.measureNames, lists.measureIds)],
        [idOf(L.orgTypeRow, lists.typeNames, lists.typeIds)],
      ],
    },
  ];
  const validations: PlanDataValidation[] = [
    { range: cellAddress(L.measureRow, L.valueCol), listSource: lists.measureNames },
    { range: cellAddress(L.orgTypeRow, L.valueCol), listSource: lists.typeNames },
    ...(lists.periods
      ? [{ range: cellAddress(L.periodRow, L.valueCol), listSource: lists.periods }]
      : []),
  ];
  return { blocks, validations };
}

/** The grids: a tile's name, and under it its figure for the selectors' choice; each grid shaded by the scale. */
function mapGrids(options: PlanOptions): { blocks: PlanBlock[]; colorScales: PlanColorScale[] } {
  const { lang } = options;
  const M = workbookLabels(lang).map;
  const L = MAP_LAYOUT;
  const measureId = cellAddress(L.measureRow, L.idCol, true);
  const typeId = cellAddress(L.orgTypeRow, L.idCol, true);
  const period = cellAddress(L.periodRow, L.valueCol, true);
  const levelNames = workbookLabels(lang).level;
  const share = (level: Level, id: string, withType: boolean) => {
    // The level too: a city of republican significance is a region tile and a city tile, and each
    // grid shows only the measures reported at its level ("—" for the others).
    const criteria: Array<[CoverageKey, string]> = [
      ["measure", measureId],
      ["level", lit(levelNames[level])],
      ["territoryId", lit(id)],
      ...(withType ? [["orgType", typeId] as [CoverageKey, string]] : []),
    ];
    return `${sumifsIn(lang, "covered", period, criteria)}/${sumifsIn(lang, "total", period, criteria)}`;
  };
  const blocks: PlanBlock[] = [];
  const colorScales: PlanColorScale[] = [];
  for (const level of ["region", "city"] as const) {
    blocks.push({
      row: L.grids[level],
      col: 0,
      cells: [[level === "region" ? M.regions : M.cities]],
      style: "title",
    });
    for (const tile of mapTiles(level)) {
      const t = territoryById(tile.territoryId)!;
      const at = tileNameCell(level, tile.col, tile.row);
      const id = t.iso ?? t.id;
      const figure = `=IFERROR(IF(${typeId}=${lit("all")},${share(level, id, false)},${share(level, id, true)}),${lit(MAP_NO_FIGURE)})`;
      blocks.push(
        { row: at.row, col: at.col, cells: [[territoryName(t, lang)]], style: "header" },
        { row: at.row + 1, col: at.col, cells: [[{ formula: figure }]], columnFormats: ["0.0%"] }
      );
    }
    colorScales.push({
      range: MAP_GRID_RANGES[level],
      points: MAP_SCALE.map((p) => ({ ...p })),
    });
  }
  return { blocks, colorScales };
}

const SLICER = { widthPt: 140, heightPt: 144, gapPt: 6, col: 10 } as const;

/**
 * Slicers on the data table for period, measure and type, in a row over the Summary sheet's free
 * cells right of its national figures, above its charts (which start at SUMMARY_LAYOUT.chartDataRow).
 */
export function planSlicers(summary: PlanSheet, options: PlanOptions): PlanSlicer[] {
  const C = workbookLabels(options.lang).coverageColumns;
  const captions = workbookLabels(options.lang).map.slicerCaptions;
  let left = 0;
  for (let c = 0; c < SLICER.col; c++)
    left += summary.columnWidths[c] !== undefined ? columnWidthPoints(summary.columnWidths[c]) : 48;
  const fields = [
    { name: "period", key: "period", field: C.period, caption: captions.period },
    { name: "measure", key: "measureName", field: C.measureName, caption: captions.measure },
    { name: "orgType", key: "orgTypeName", field: C.orgTypeName, caption: captions.orgType },
  ] as const;
  return fields.map((f, i) => ({
    name: `CoverageSlicer_${f.name}`,
    key: f.key,
    caption: f.caption,
    sourceTable: DATA_TABLE,
    field: f.field,
    sheet: summary.name,
    row: 0,
    col: SLICER.col + 3 * i,
    leftPt: Math.round((left + i * (SLICER.widthPt + SLICER.gapPt)) * 100) / 100,
    topPt: 2,
    widthPt: SLICER.widthPt,
    heightPt: SLICER.heightPt,
  }));
}

/** The type ids the Map's type list offers: the loaded types and "all". */
export function mapTypes(options: PlanOptions): OrgTypeOrAll[] {
  return ALL_TYPES.filter((t) => t === "all" || options.orgTypes.includes(t));
}
