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
  // Rows above the first with two figures are the header, unless a row is a territory's whose
  // figures are missing ("Акмолинская | н/д | 122 | –"): that is a body row, read and reported.
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
  const header = grid.slice(0, firstBody);
  const body = grid.slice(firstBody);
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
  // A caption row (one merged cell across the table) names the measure or type for all of it.
  const caption = header
    .filter(isCaption)
    .map((r) => r.find(Boolean))
    .join(" ");
  const tableMeasure = measureNamedIn(caption);
  const tableType = orgTypeNamedIn(caption);

  const roleOf = (c: number): Role | null => {
    const h = headerOf(c);
    for (const [role, words] of ROLE_WORDS) if (words.test(h)) return role;
    // No telling header: what the cells hold.
    const cells = body.map((r) => r[c]).filter((x) => !EMPTY.test(x));
    if (cells.length && cells.every((x) => OF_TOTAL.test(x))) return "coveredOfTotal";
    if (cells.length && cells.every((x) => /%\s*$/.test(x))) return "percent";
    if (cells.length && cells.every((x) => !isFigure(x))) return "territory";
    return null;
  };

  const groups = new Map<string, Group>();
  const shared: Partial<Record<Role, number>> = {};
  const notices: TableNotice[] = [];
  for (let c = 0; c < width; c++) {
    const role = roleOf(c);
    if (!role) continue;
    if (role === "changePoints") {
      // Its figures are points, not organisations: never read as a stated change, and said so.
      notices.push(
        notice("warning", "table-column-not-read", { table: index, column: headerOf(c) })
      );
      continue;
    }
    const h = headerOf(c);
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
  const all: Group[] = groups.size
    ? [...groups.values()].map((g) => ({ ...g, columns: { ...shared, ...g.columns } }))
    : [{ measure: null, orgType: null, columns: shared }];

  const lines: string[] = [];
  const origins: Array<TableOrigin | null> = [];
  const cols = (g: Group) => g.columns;
  const readable = all.filter(
    (g) =>
      cols(g).territory !== undefined &&
      cols(g).percent !== undefined &&
      (cols(g).coveredOfTotal !== undefined ||
        (cols(g).covered !== undefined && cols(g).total !== undefined))
  );
  if (readable.length === 0) {
    const heads = Array.from({ length: width }, (_, c) => headerOf(c) || "…").join(" | ");
    notices.push(
      notice("error", "unmapped-table", { table: index, columns: heads, rows: body.length })
    );
    return { lines, origins, notices };
  }

  const totalRows: number[] = [];
  let lastMeasure: Measure | null = null;
  let lastType: OrgType | null = null;
  for (const g of readable) {
    const c = cols(g);
    body.forEach((r, k) => {
      const name = r[c.territory!];
      const [covered, total] =
        c.coveredOfTotal !== undefined
          ? (OF_TOTAL.exec(r[c.coveredOfTotal]) ?? ["", r[c.coveredOfTotal], ""]).slice(1)
          : [r[c.covered!], r[c.total!]];
      if (EMPTY.test(covered) && EMPTY.test(total ?? "")) return; // no figure in this row for this group
      if (TOTAL_ROW.test(name)) {
        totalRows.push(firstBody + k + 1);
        return;
      }
      const measure = g.measure ?? tableMeasure;
      const orgType =
        g.orgType ?? (c.type !== undefined ? orgTypeNamedIn(r[c.type]) : null) ?? tableType;
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
      const pct = r[c.percent!].replace(/\s*%\s*$/, "");
      const change = c.change !== undefined && !EMPTY.test(r[c.change]) ? r[c.change] : "";
      const note = change ? ` (${/^\d/.test(change) ? `+${change}` : change})` : "";
      lines.push(`${name} (${covered} из ${total}) – ${pct}%${note};`);
      origins.push({
        table: index,
        row: firstBody + k + 1,
        columns: {
          territory: c.territory! + 1,
          covered: (c.coveredOfTotal ?? c.covered!) + 1,
          total: (c.coveredOfTotal ?? c.total!) + 1,
          percent: c.percent! + 1,
        },
      });
    });
  }
  if (totalRows.length)
    notices.push(
      notice("warning", "table-total-row", {
        table: index,
        rows: [...new Set(totalRows)].join(", "),
      })
    );
  return { lines, origins, notices };
}
