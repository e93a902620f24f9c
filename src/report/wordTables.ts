/**
 * A Word table of figures, read into the ministry's own item lines so the one parser reads prose
 * and tables alike: "Алматы (100 из 214) – 47% (+3)". Each line remembers its table, row and
 * cells (provenance). Columns are recognised by their headers, in any order, with the measure and
 * the organisation type taken from the headers, a column, or else the text before the table.
 * A table with figures whose columns can't be mapped is said once, never once per cell.
 */
import { type Measure, measureInfo } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import { notice, type SourceNotice as TableNotice } from "./issueMessages";
import { resolveTerritory } from "../domain/resolveTerritory";
import { measureNamedIn, orgTypeNamedIn } from "./lexicon";
import { SECTION_HEADINGS } from "./renderReport";

/** Where a figure read from a table stands in it: 1-based table, row and columns. */
export interface TableOrigin {
  table: number;
  row: number;
  columns: { territory: number; covered: number; total: number; percent: number };
}

export type { TableNotice };

export interface TableReading {
  /** Lines of the ministry's prose: context lines (measure, heading) and one item per row. */
  lines: string[];
  /** For each line, the row its item comes from; null for a context line. */
  origins: Array<TableOrigin | null>;
  notices: TableNotice[];
}

type Role =
  | "territory"
  | "type"
  | "covered"
  | "total"
  | "coveredOfTotal"
  | "percent"
  | "change"
  | "changePoints";

/**
 * Header words for each role; the first that matches wins, so the order matters: a change in
 * percentage points ("Изменение, %") is no share and no count of organisations.
 */
const ROLE_WORDS: ReadonlyArray<[Role, RegExp]> = [
  [
    "changePoints",
    /(?:измен|динамик|прирост|рост|±).*(?:%|п\.\s*п|пункт)|(?:%|п\.\s*п).*(?:измен|динамик|прирост|рост|±)/iu,
  ],
  ["change", /измен|динамик|прирост|рост|\+\s*\/\s*-|±/iu],
  ["percent", /%|доля|процент/iu],
  ["coveredOfTotal", /из\s+(?:них|общего|всего).*\/|охвачено\s+из/iu],
  [
    "total",
    /всего|общее|общ\.|итого|количество\s+(?:организаци|объект)|кол-во\s+(?:организаци|объект)/iu,
  ],
  [
    "covered",
    /охвач|подключ|оснащ|имеют|установ|заключ|обеспечен|из\s+них|с\s+(?:видео|турникет|тревожн|охран|пропускн)/iu,
  ],
  ["type", /^(?:тип|вид|уровень)\b|тип\s+организац|вид\s+организац/iu],
  ["territory", /территори|регион|област|город|наименовани|акимат|район|^мио/iu],
];

const NUMBERISH = /^[+−–-]?\s*\d[\d\s\u00A0\u202F\u2009.,]*\s*%?$/u;
const OF_TOTAL =
  /^\s*(\d[\d\s\u00A0\u202F\u2009.,]*?)\s*(?:из|\/)\s*(\d[\d\s\u00A0\u202F\u2009.,]*?)\s*$/u;
const TOTAL_ROW = /^(?:итого|всего|по\s+республике|республика\b|рк\b|казахстан\b)/iu;
const EMPTY = /^(?:|[-–—‒−]|н\/д|нет\s+данных|x|х)$/iu;

const isFigure = (cell: string) => NUMBERISH.test(cell) || OF_TOTAL.test(cell);

interface Group {
  measure: Measure | null;
  orgType: OrgType | null;
  columns: Partial<Record<Role, number>>;
}

/** Reads the table `index` (1-based) of a document. */
export function readWordTable(rows: readonly string[][], index: number): TableReading {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? "").trim()));
  const firstFull = grid.findIndex((r) => r.filter(isFigure).length >= 2);
  if (firstFull < 0) {
    // No figures: a table used for layout. Its text is prose, a line per cell.
    const lines = grid.flatMap((r) => [...new Set(r)].filter(Boolean));
    return { lines, origins: lines.map(() => null), notices: [] };
  }
  const firstBody = firstBodyRow(grid, firstFull);
  const body = grid.slice(firstBody);
  const heading = tableHeading(grid.slice(0, firstBody), width);
  const { groups, notices } = columnGroups(width, heading.headerOf, body, index);
  const readable = groups.filter(
    ({ columns: c }) =>
      c.territory !== undefined &&
      c.percent !== undefined &&
      (c.coveredOfTotal !== undefined || (c.covered !== undefined && c.total !== undefined))
  );
  if (readable.length === 0) {
    const heads = Array.from({ length: width }, (_, c) => heading.headerOf(c) || "…").join(" | ");
    notices.push(
      notice("error", "unmapped-table", { table: index, columns: heads, rows: body.length })
    );
    return { lines: [], origins: [], notices };
  }
  const items = itemLines(readable, body, { index, firstBody, ...heading });
  if (items.totalRows.length)
    notices.push(
      notice("warning", "table-total-row", {
        table: index,
        rows: [...new Set(items.totalRows)].join(", "),
      })
    );
  return { lines: items.lines, origins: items.origins, notices };
}

/**
 * Rows above the first with two figures are the header, unless a row is a territory's whose
 * figures are missing ("Акмолинская | н/д | 122 | –"): that is a body row, read and reported.
 */
function firstBodyRow(grid: readonly string[][], firstFull: number): number {
  // Header words, unless the cell is a territory's name ("Акмолинская область" has "област").
  const isHeaderText = (cell: string) =>
    ROLE_WORDS.some(([, words]) => words.test(cell)) && !resolveTerritory(cell).ok;
  let firstBody = firstFull;
  while (firstBody > 0) {
    const r = grid[firstBody - 1];
    const placeholders = r.filter((x) => x !== "" && (isFigure(x) || EMPTY.test(x))).length;
    const label = r.find((x) => x !== "" && !isFigure(x) && !EMPTY.test(x)) ?? "";
    if (placeholders === 0 || isHeaderText(label)) break;
    firstBody--;
  }
  return firstBody;
}

/** What the header rows say: each column's header, and the measure and type a caption names for the whole table. */
function tableHeading(header: readonly string[][], width: number) {
  // A caption row: one merged cell across the table (the same text in every column).
  const isCaption = (r: readonly string[]) =>
    width > 1 && new Set(r.filter(Boolean)).size === 1 && r.every(Boolean);
  const headerOf = (c: number) =>
    header
      .filter((r) => !isCaption(r))
      .map((r) => r[c])
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
  const caption = header
    .filter(isCaption)
    .map((r) => r.find(Boolean))
    .join(" ");
  return {
    headerOf,
    tableMeasure: measureNamedIn(caption),
    tableType: orgTypeNamedIn(caption),
  };
}

/** A column's role: by its header, else by what its cells hold. */
function roleOf(h: string, cells: readonly string[]): Role | null {
  for (const [role, words] of ROLE_WORDS) if (words.test(h)) return role;
  const filled = cells.filter((x) => !EMPTY.test(x));
  if (filled.length && filled.every((x) => OF_TOTAL.test(x))) return "coveredOfTotal";
  if (filled.length && filled.every((x) => /%\s*$/.test(x))) return "percent";
  if (filled.length && filled.every((x) => !isFigure(x))) return "territory";
  return null;
}

/**
 * The columns grouped by the measure and type their headers name ("Турникеты, школы, %"); the
 * columns that name neither (the territory, a shared total) belong to every group.
 */
function columnGroups(
  width: number,
  headerOf: (c: number) => string,
  body: readonly string[][],
  index: number
): { groups: Group[]; notices: TableNotice[] } {
  const groups = new Map<string, Group>();
  const shared: Partial<Record<Role, number>> = {};
  const notices: TableNotice[] = [];
  for (let c = 0; c < width; c++) {
    const h = headerOf(c);
    const role = roleOf(
      h,
      body.map((r) => r[c])
    );
    if (!role) continue;
    if (role === "changePoints") {
      // Its figures are points, not organisations: never read as a stated change, and said so.
      notices.push(notice("warning", "table-column-not-read", { table: index, column: h }));
      continue;
    }
    const own = role === "territory" || role === "type" ? null : h;
    const measure = own ? measureNamedIn(own) : null;
    const orgType = own ? orgTypeNamedIn(own) : null;
    if (measure === null && orgType === null) {
      shared[role] ??= c;
      continue;
    }
    const key = `${measure}|${orgType}`;
    const g = groups.get(key) ?? { measure, orgType, columns: {} };
    g.columns[role] ??= c;
    groups.set(key, g);
  }
  return {
    groups: groups.size
      ? [...groups.values()].map((g) => ({ ...g, columns: { ...shared, ...g.columns } }))
      : [{ measure: null, orgType: null, columns: shared }],
    notices,
  };
}

interface TablePlace {
  index: number;
  firstBody: number;
  tableMeasure: Measure | null;
  tableType: OrgType | null;
}

/** Each body row of each group as the report's item line, with context lines where the measure or type changes. */
function itemLines(readable: readonly Group[], body: readonly string[][], place: TablePlace) {
  const lines: string[] = [];
  const origins: Array<TableOrigin | null> = [];
  const totalRows: number[] = [];
  let lastMeasure: Measure | null = null;
  let lastType: OrgType | null = null;
  for (const g of readable) {
    const c = g.columns;
    body.forEach((r, k) => {
      const name = r[c.territory!];
      const [covered, total] =
        c.coveredOfTotal !== undefined
          ? (OF_TOTAL.exec(r[c.coveredOfTotal]) ?? ["", r[c.coveredOfTotal], ""]).slice(1)
          : [r[c.covered!], r[c.total!]];
      if (EMPTY.test(covered) && EMPTY.test(total ?? "")) return; // no figure in this row for this group
      if (TOTAL_ROW.test(name)) {
        totalRows.push(place.firstBody + k + 1);
        return;
      }
      const measure = g.measure ?? place.tableMeasure;
      const orgType =
        g.orgType ?? (c.type !== undefined ? orgTypeNamedIn(r[c.type]) : null) ?? place.tableType;
      // Context lines in the report's own words, only where the table says something new.
      if (measure !== null && measure !== lastMeasure) {
        lines.push(`${measureInfo(measure).nameRu}.`);
        origins.push(null);
        lastType = null;
      }
      if (orgType !== null && orgType !== lastType) {
        lines.push(SECTION_HEADINGS[orgType]);
        origins.push(null);
      }
      lastMeasure = measure ?? lastMeasure;
      lastType = orgType ?? lastType;
      lines.push(itemLine(r, c, name, covered, total));
      origins.push({
        table: place.index,
        row: place.firstBody + k + 1,
        columns: {
          territory: c.territory! + 1,
          covered: (c.coveredOfTotal ?? c.covered!) + 1,
          total: (c.coveredOfTotal ?? c.total!) + 1,
          percent: c.percent! + 1,
        },
      });
    });
  }
  return { lines, origins, totalRows };
}

/** "Алматы (100 из 214) – 47% (+3);": the row in the report's words. */
function itemLine(
  r: readonly string[],
  c: Group["columns"],
  name: string,
  covered: string,
  total: string | undefined
): string {
  const pct = r[c.percent!].replace(/\s*%\s*$/, "");
  const change = c.change !== undefined && !EMPTY.test(r[c.change]) ? r[c.change] : "";
  const note = change ? ` (${/^\d/.test(change) ? `+${change}` : change})` : "";
  return `${name} (${covered} из ${total}) – ${pct}%${note};`;
}
