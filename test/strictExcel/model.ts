/**
 * The strict host's workbook: sheets, cells, tables, names, conditional formats, charts, pivots and
 * settings, with the rules Excel enforces when an operation runs. Each rule cites its source; where
 * no Microsoft text states the rule, the comment says so and why the host still enforces it (a host
 * may be stricter than Excel, never more lenient).
 *
 * Sources, abbreviated below:
 *   REF  = OfficeDev/office-js-docs-reference, docs/docs-ref-autogen/excel/excel/excel.<class>.yml
 *   PR   = OfficeDev/office-js-docs-pr, docs/…
 *   TYPES= @types/office-js index.d.ts (the same API reference text, installed with the project)
 *   ECMA = ECMA-376 Part 1 (SpreadsheetML)
 */
import { contains, MAX_COLS, overlaps, parseAddress, type Rect, rectAddress } from "./a1";
import {
  evaluate,
  type EvalHost,
  FormulaError,
  isError,
  type Node,
  parse,
  parseOnce,
  rewrite,
  type Scalar,
  type Token,
  tokenize,
  type Value,
} from "./formula";

import { entityCell, looksLikeCellValue } from "./entity";
import type { HostProfile } from "./profiles";

/** Office's settings limit for each add-in: "A maximum of 2MB" (PR reference/shared/settings.set.md). */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface Cell {
  /** A literal value, or undefined when the cell holds a formula or nothing. */
  v?: number | string | boolean;
  /** The formula text, with its "=". */
  f?: string;
  nf?: string;
  style?: Record<string, unknown>;
}

export interface Rule {
  id: number;
  rect: Rect;
  formula: string;
  fill: string;
  font: string;
  stopIfTrue: boolean;
  /** A formula rule (the default) or a colour scale, whose points are in `colorScale`. */
  kind?: "custom" | "colorScale";
  colorScale?: ColorScaleCriteria;
}

/** ConditionalColorScaleCriteria (REF excel.conditionalcolorscalecriteria.yml), as set. */
export interface ColorScaleCriteria {
  minimum: ColorScaleCriterion;
  midpoint?: ColorScaleCriterion;
  maximum: ColorScaleCriterion;
}
export interface ColorScaleCriterion {
  type: string;
  formula?: string | null;
  color?: string;
}

/** A cell's data validation: a list (the only kind the strict host models). */
export interface ValidationModel {
  type: "List";
  /** "Sheet!A1:A4" for a range source, or the comma-separated values. */
  source: string;
  inCellDropDown: boolean;
}

/** A slicer on a table's column (REF excel.slicer.yml). */
export interface SlicerModel {
  id: number;
  name: string;
  caption: string;
  table: Table;
  /** The column's index in the table: a renamed header keeps the slicer on its column. */
  column: number;
  sheet: Sheet;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartModel {
  name: string;
  type: string;
  source: string;
  title: string;
  legend: string;
  series: Array<{
    name: string;
    values?: string;
    categories?: string;
    /** ChartFill: what a bar shows; a line chart's line ignores it. */
    color?: string;
    /** ChartLineFormat.color: what a line chart's line shows. */
    lineColor?: string;
    overlap?: number;
  }>;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Excel's default row height and column width in points (15 pt; 8.43 characters = 48 pt). */
export const DEFAULT_ROW_POINTS = 15;
export const DEFAULT_COL_POINTS = 48;

const key = (r: number, c: number) => r * MAX_COLS + c;

export class Sheet {
  cells = new Map<number, Cell>();
  colWidths = new Map<number, number>();
  tabColor = "";
  frozen = { rows: 0, cols: 0 };
  /** The page setup (PageLayout, ExcelApi 1.9): what was set, as set. */
  print: {
    orientation?: string;
    zoom?: {
      horizontalFitToPages?: number | null;
      verticalFitToPages?: number | null;
      scale?: number | null;
    };
    area?: string;
    titleRows?: string;
    centerHeader?: string;
    rightHeader?: string;
  } = {};
  /** In priority order: index 0 is evaluated first. */
  rules: Rule[] = [];
  charts: ChartModel[] = [];
  /** Data validation per cell (by the cells map's key). */
  validations = new Map<number, ValidationModel>();
  constructor(public name: string) {}

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(key(r, c));
  }
  touch(r: number, c: number): Cell {
    let cell = this.cells.get(key(r, c));
    if (!cell) this.cells.set(key(r, c), (cell = {}));
    return cell;
  }
  /** Where a cell's top-left corner is, in points (what Chart.top/left measure). */
  pointsAt(row: number, col: number): { top: number; left: number } {
    let left = 0;
    for (let c = 0; c < col; c++) left += this.colWidths.get(c) ?? DEFAULT_COL_POINTS;
    return { top: row * DEFAULT_ROW_POINTS, left };
  }
}

export class Table {
  style = "TableStyleMedium2";
  /**
   * The table's header filters (Filter.applyValuesFilter): per column (by index), the item keys
   * shown; a column not in the map is not filtered. Table.clearFilters empties the map.
   */
  filters = new Map<number, Set<string>>();
  /**
   * Slicers' selections (Slicer.selectItems), per column, kept apart from the header filters: what
   * Table.clearFilters does to a slicer's selection is not documented ("Clears all the filters
   * currently applied on the table", REF excel.table.yml), while Slicer.clearFilters is ("Clears
   * all the filters currently applied on the slicer", REF excel.slicer.yml). The host keeps a
   * selection until its slicer clears it: a writer that counts on Table.clearFilters fails here.
   */
  slicerSelections = new Map<number, Set<string>>();
  constructor(
    /** Table.id: renumbered when the workbook is reopened (WorkbookModel.reopen). */
    public id: number,
    public name: string,
    public sheet: Sheet,
    /** Header row included. */
    public rect: Rect,
    public columns: string[]
  ) {}
  get filtered(): boolean {
    return this.filters.size > 0 || this.slicerSelections.size > 0;
  }
  get body(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1, rows: this.rect.rows - 1 };
  }
  columnIndex(name: string): number {
    return this.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  }
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

export interface PivotModel {
  name: string;
  sheet: Sheet;
  anchor: Rect;
  /** The source table; null once the table is gone (the pivot then has no valid source). */
  source: Table | null;
  fields: Record<"rows" | "columns" | "data" | "filters", string[]>;
}

/** The custom functions registered with this host (EDU.COVERAGE …), by upper-case name. */
export type CustomFunctions = Map<string, (...args: unknown[]) => Scalar>;

export class WorkbookModel {
  sheets: Sheet[] = [];
  tables: Table[] = [];
  names: NameModel[] = [];
  pivots: PivotModel[] = [];
  settings = new Map<string, unknown>();
  slicers: SlicerModel[] = [];
  private nextSlicerId = 1;
  private nextTableId = 1;
  private nextRuleId = 1;
  /** Cell values are computed on demand and cached until the next change. */
  private cache = new Map<string, Scalar>();
  /** A structured reference's cells, cached with the values they were read from. */
  private structCache = new Map<string, Value>();
  private computing = new Set<string>();
  /** How many circular references have read 0 so far: a range that met one is not cached. */
  private circularReads = 0;

  /** Why entity values from custom functions showed #VALUE! (entity.ts), for tests to read. */
  entityProblems: string[][] = [];

  constructor(
    readonly lambda: boolean,
    readonly customFunctions: CustomFunctions,
    /**
     * The Excel a custom function's data type is shown in (entity.ts: entityCell checks the entity
     * against its requirement sets); null: one without data types from custom functions.
     */
    readonly dataTypes: HostProfile | null = null
  ) {}

  /**
   * Workbook.settings' add (ExcelApi 1.4). Excel.Setting "is equivalent to Office.Settings" (PR
   * requirement-sets/excel/excel-api-1-4-requirement-set.md), whose store holds at most 2 MB for
   * each add-in (PR reference/shared/settings.set.md). What Excel does past it is not documented:
   * the host fails the write (GeneralException), the strict reading.
   */
  setSetting(key: string, value: unknown): void {
    const next = new Map(this.settings).set(key, value);
    if (JSON.stringify(Object.fromEntries(next)).length * 2 > SETTINGS_LIMIT_BYTES)
      throw new ExcelError(
        "GeneralException",
        `Setting '${key}' would take the add-in's settings past ${SETTINGS_LIMIT_BYTES} bytes.`
      );
    this.settings.set(key, value);
  }

  changed(): void {
    this.cache.clear();
    this.structCache.clear();
  }

  // ------------------------------------------------------------------ lookups

  sheet(name: string): Sheet | undefined {
    // Sheet names compare without case (Excel refuses "summary" beside "Summary").
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  requireSheet(name: string): Sheet {
    const s = this.sheet(name);
    if (!s) throw new ExcelError("ItemNotFound", `The worksheet '${name}' does not exist.`);
    return s;
  }
  table(name: string): Table | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  name(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Tables and defined names share one namespace, and it ignores case. ECMA-376 Part 1 §18.2.5
   * (definedName): "names are not case-sensitive… All names within a workbook shall be unique";
   * a table's name is a defined name in that sense (§18.5.1.2 table, displayName: "The name shall
   * be unique… unique across all defined names and table names in the workbook"). Excel's UI says
   * "The name that you entered already exists" in both directions.
   */
  assertNameFree(name: string, except?: Table | NameModel): void {
    const clash = this.table(name) ?? this.name(name);
    if (clash && clash !== except)
      throw new ExcelError(
        "ItemAlreadyExists",
        `The name '${name}' is already used by a ${clash instanceof Table ? "table" : "defined name"} (names and tables share one namespace, without case).`
      );
    // Excel refuses names that look like a cell reference or hold spaces (support: "Names in formulas").
    if (
      !/^[A-Za-z_\\\u0400-\u04FF][\w.\u0400-\u04FF]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^R\d*C\d*$/i.test(name)
    )
      throw new ExcelError("InvalidArgument", `'${name}' is not a valid name.`);
  }

  // ------------------------------------------------------------------ formulas

  /**
   * Checks a formula when it is set, as Excel parses it then: a structured reference must name an
   * existing table and column (PR excel/excel-add-ins-tables.md: Excel creates table references
   * only for tables that exist; a reference to a missing table is refused as an invalid formula,
   * "There's a problem with this formula"), a sheet-qualified reference an existing sheet.
   *
   * Stricter than Excel: a name that is not defined is refused too. Excel would keep the formula
   * and show #NAME? until the name is added; for a writer that is always an ordering bug.
   */
  validateFormula(formula: string, where: string): void {
    let node: Node;
    try {
      node = parse(formula);
    } catch (e) {
      throw new ExcelError("InvalidArgument", `${where}: ${(e as Error).message}`);
    }
    const params = new Set<string>();
    const walk = (n: Node): void => {
      if (n.k === "call") {
        if (n.fn === "LAMBDA")
          n.args.slice(0, -1).forEach((a) => a.k === "name" && params.add(a.v.toLowerCase()));
        n.args.forEach(walk);
      } else if (n.k === "bin") {
        walk(n.a);
        walk(n.b);
      } else if (n.k === "un") walk(n.a);
      else if (n.k === "struct") {
        const t = this.table(n.tok.table);
        if (!t)
          throw new ExcelError(
            "InvalidArgument",
            `${where}: the formula refers to table '${n.tok.table}', which does not exist: ${formula}`
          );
        for (const c of n.tok.spec.columns)
          if (t.columnIndex(c) < 0)
            throw new ExcelError(
              "InvalidArgument",
              `${where}: table '${t.name}' has no column '${c}': ${formula}`
            );
      } else if (n.k === "cell" || n.k === "range") {
        const sheet = n.k === "cell" ? n.tok.sheet : n.from.sheet;
        if (sheet !== undefined && !this.sheet(sheet))
          throw new ExcelError(
            "InvalidArgument",
            `${where}: the formula refers to sheet '${sheet}', which does not exist: ${formula}`
          );
      } else if (n.k === "name") {
        if (!params.has(n.v.toLowerCase()) && !this.name(n.v) && !this.table(n.v))
          throw new ExcelError(
            "InvalidArgument",
            `${where}: the formula uses the name '${n.v}', which is not defined (yet): ${formula}`
          );
      }
    };
    walk(node);
  }

  /** Every formula in the workbook, for rewriting: cells, rules and names (`row`: the formula's row, for a cell or a rule's top-left). */
  private rewriteAll(replace: (tok: Token, row?: number) => string | undefined): void {
    for (const s of this.sheets) {
      for (const [k, cell] of s.cells)
        if (cell.f) cell.f = rewrite(cell.f, (tok) => replace(tok, Math.floor(k / MAX_COLS)));
      // A rule whose formula was refused when set has none: nothing to rewrite.
      for (const r of s.rules)
        if (r.formula) r.formula = rewrite(r.formula, (tok) => replace(tok, r.rect.r0));
    }
    for (const n of this.names)
      if (n.formula.startsWith("=")) n.formula = rewrite(n.formula, (tok) => replace(tok));
    this.changed();
  }

  // ------------------------------------------------------------------ cells

  /**
   * Writes one cell as Office.js does for `values`/`formulas`: a string that starts with "=" is a
   * formula, unless the cell's number format is Text ("@"), in which case it is stored literally
   * (PR excel/excel-add-ins-ranges-set-get-values.md; Excel's Text format: "the cell is displayed
   * exactly as entered"). A numeric string becomes a number and "TRUE"/"FALSE" booleans, as when
   * typed. Strings that Excel's input parser would turn into a formula ("+A1", "@SUM(A1)") are
   * treated as formulas too: stricter, and it keeps report text from ever being taken for one.
   */
  writeCell(sheet: Sheet, r: number, c: number, value: unknown, prop: "values" | "formulas"): void {
    const where = `${sheet.name}!${rectAddress({ r0: r, c0: c, rows: 1, cols: 1 })}`;
    // Worked out (and a formula validated) before the cell changes: a refused write leaves it as it was.
    const next: { f?: string; v?: Scalar } = {};
    const text = sheet.cell(r, c)?.nf === "@";
    if (value === null || value === undefined || value === "") {
      /* empty */
    } else if (typeof value === "number" || typeof value === "boolean") next.v = value;
    else if (typeof value !== "string")
      throw new ExcelError("InvalidArgument", `${prop}: cannot write ${typeof value} to ${where}`);
    else if (text) next.v = value;
    else if (value.startsWith("=") && value.length > 1) {
      this.validateFormula(value, where);
      next.f = value;
    } else if (/^[+\-@]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
      const f = `=${value.replace(/^@/, "")}`;
      this.validateFormula(f, where);
      next.f = f;
    } else if (/^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?$/i.test(value.trim())) next.v = Number(value);
    else if (/^(TRUE|FALSE)$/i.test(value)) next.v = /^TRUE$/i.test(value);
    else next.v = value;
    const cell = sheet.touch(r, c);
    delete cell.f;
    delete cell.v;
    Object.assign(cell, next);
    this.afterWrite(sheet, r, c);
  }

  /** A header cell of a table names its column: writing it renames the column (and every reference to it). */
  private afterWrite(sheet: Sheet, r: number, c: number): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || r !== t.rect.r0 || !contains(t.rect, r, c)) continue;
      const j = c - t.rect.c0;
      const cell = sheet.touch(r, c);
      let name = cell.f ? "" : String(cell.v ?? "");
      // An empty or duplicate header gets Excel's generated name, as in the UI.
      if (!name || t.columns.some((x, k) => k !== j && x.toLowerCase() === name.toLowerCase())) {
        let n = j + 1;
        while (t.columns.some((x) => x.toLowerCase() === `column${n}`)) n++;
        name = `Column${n}`;
      }
      cell.v = name;
      delete cell.f;
      const old = t.columns[j];
      if (old !== name) {
        t.columns[j] = name;
        this.rewriteAll((tok) =>
          tok.t === "struct" &&
          tok.table.toLowerCase() === t.name.toLowerCase() &&
          tok.spec.columns.some((x) => x.toLowerCase() === old.toLowerCase())
            ? tok.s.split(`[${old}]`).join(`[${name}]`)
            : undefined
        );
      }
    }
    this.changed();
  }

  setFormat(sheet: Sheet, r: number, c: number, nf: string): void {
    sheet.touch(r, c).nf = nf;
  }

  /** Range.clear: contents, formats, or both (REF excel.range.yml clear(applyTo)). */
  clear(sheet: Sheet, rect: Rect, applyTo: string): void {
    const contents = applyTo !== "Formats";
    const formats = applyTo !== "Contents";
    // Visit the rectangle's cells or the sheet's stored cells, whichever are fewer (same result).
    const keys: number[] = [];
    if (rect.rows * rect.cols < sheet.cells.size) {
      for (let r = rect.r0; r < rect.r0 + rect.rows; r++)
        for (let c = rect.c0; c < rect.c0 + rect.cols; c++)
          if (sheet.cells.has(key(r, c))) keys.push(key(r, c));
    } else {
      for (const k of sheet.cells.keys())
        if (contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) keys.push(k);
    }
    for (const k of keys) {
      const cell = sheet.cells.get(k)!;
      if (contents) {
        delete cell.v;
        delete cell.f;
      }
      if (formats) {
        delete cell.nf;
        delete cell.style;
      }
      if (cell.v === undefined && !cell.f && !cell.nf && !cell.style) sheet.cells.delete(k);
    }
    if (contents)
      for (const t of this.tables)
        if (t.sheet === sheet)
          for (let c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++)
            if (contains(rect, t.rect.r0, c)) this.afterWrite(sheet, t.rect.r0, c);
    this.changed();
  }

  // ------------------------------------------------------------------ values

  private evalHost(): EvalHost {
    return {
      lambda: this.lambda,
      cell: (sheet, r, c) => this.value(sheet, r, c),
      struct: (tok, sheet, row) => this.structValue(tok, sheet, row),
      name: (name) => {
        const n = this.name(name);
        if (!n) {
          const t = this.table(name);
          return t
            ? this.structValue(
                {
                  t: "struct",
                  table: t.name,
                  spec: { thisRow: false, headers: false, columns: [] },
                  s: t.name,
                },
                t.sheet.name,
                0
              )
            : { error: "#NAME?" };
        }
        try {
          return evaluate(parseOnce(n.formula), this.evalHost(), {
            sheet: this.sheets[0]?.name ?? "",
            row: 0,
            col: 0,
          });
        } catch {
          return { error: "#NAME?" };
        }
      },
      customFunction: (name) => {
        const fn = this.customFunctions.get(name.toUpperCase());
        return fn && ((...args: unknown[]) => this.callCustom(name.toUpperCase(), fn, args));
      },
    };
  }

  /**
   * Custom functions answer asynchronously: the cell shows #BUSY! until the promise settles
   * (PR excel/custom-functions-web-reqs… "#BUSY!" while calculating), then the value. Settled
   * answers are kept per call, as Excel keeps a cell's last value.
   */
  private settled = new Map<string, Scalar>();
  private callCustom(name: string, fn: (...args: unknown[]) => Scalar, args: unknown[]): Scalar {
    const key = JSON.stringify([name, args]);
    const done = this.settled.get(key);
    if (done !== undefined) return done;
    const r = fn(...args) as unknown;
    if (r && typeof (r as Promise<unknown>).then === "function") {
      (r as Promise<unknown>).then(
        (v) => {
          const one = Array.isArray(v) ? v[0]?.[0] : v;
          this.settled.set(
            key,
            // A data type (an object with a type): an entity or #VALUE!, as entity.ts rules.
            looksLikeCellValue(one)
              ? entityCell(one, this.dataTypes, (p) => this.entityProblems.push(p))
              : (one as Scalar)
          );
          this.changed();
        },
        (e: unknown) => {
          this.settled.set(key, {
            error: (e as { code?: string })?.code === "NotAvailable" ? "#N/A" : "#VALUE!",
          });
          this.changed();
        }
      );
      return { error: "#BUSY!" };
    }
    return r as Scalar;
  }

  private structValue(tok: Extract<Token, { t: "struct" }>, sheetName: string, row: number): Value {
    const t = this.table(tok.table);
    if (!t) return { error: "#REF!" };
    const cols = tok.spec.columns.length
      ? tok.spec.columns.map((c) => t.columnIndex(c))
      : t.columns.map((_, j) => j);
    if (cols.some((j) => j < 0)) return { error: "#REF!" };
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    let rows: number[];
    if (tok.spec.thisRow) {
      // [#This Row] outside the table's rows is #VALUE! (implicit intersection fails).
      if (row < t.body.r0 || row >= t.body.r0 + t.body.rows || t.sheet.name !== sheetName)
        return { error: "#VALUE!" };
      rows = [row];
    } else if (tok.spec.headers) rows = [t.rect.r0];
    else rows = Array.from({ length: t.body.rows }, (_, i) => t.body.r0 + i);
    // Many formulas read the same column: its cells are read once per state of the workbook.
    const key = `${t.name}|${c0}|${c1}|${rows[0]}|${rows.length}`;
    const cached = this.structCache.get(key);
    if (cached) return cached;
    const circular = this.circularReads;
    const value: Value = {
      range: true,
      rows: rows.map((r) =>
        Array.from({ length: c1 - c0 + 1 }, (_, j) =>
          this.value(t.sheet.name, r, t.rect.c0 + c0 + j)
        )
      ),
    };
    if (this.circularReads === circular) this.structCache.set(key, value);
    return value;
  }

  /** A cell's value as Excel computes it. */
  value(sheetName: string, r: number, c: number): Scalar {
    const sheet = this.sheet(sheetName);
    if (!sheet) return { error: "#REF!" };
    const cell = sheet.cell(r, c);
    if (!cell || (cell.v === undefined && !cell.f)) return "";
    if (!cell.f) return cell.v!;
    const k = `${sheet.name}|${r}|${c}`;
    const cached = this.cache.get(k);
    if (cached !== undefined) return cached;
    if (this.computing.has(k)) {
      this.circularReads++;
      return 0; // a circular reference: Excel warns and shows 0
    }
    this.computing.add(k);
    let v: Value;
    try {
      v = evaluate(parseOnce(cell.f), this.evalHost(), { sheet: sheet.name, row: r, col: c });
    } catch (e) {
      v = { error: e instanceof FormulaError ? "#NAME?" : "#VALUE!" };
    } finally {
      this.computing.delete(k);
    }
    const s: Scalar =
      typeof v === "object" && "range" in v
        ? v.rows.length === 1 && v.rows[0].length === 1
          ? v.rows[0][0]
          : { error: "#VALUE!" }
        : typeof v === "object" && "lambda" in v
          ? { error: "#CALC!" }
          : v;
    this.cache.set(k, s);
    return s;
  }

  /** What the cell shows from its conditional formats: the first rule (by priority) whose formula is true. */
  displayedFill(sheet: Sheet, r: number, c: number): { fill: string | null; font: string | null } {
    for (const rule of sheet.rules) {
      if (!contains(rule.rect, r, c)) continue;
      // A colour scale's shade is not modelled (nothing reads it back); it never stops a rule below.
      if (rule.kind === "colorScale") continue;
      let v: Value;
      try {
        v = evaluate(parseOnce(rule.formula), this.evalHost(), {
          sheet: sheet.name,
          row: r,
          col: c,
          origin: { row: rule.rect.r0, col: rule.rect.c0 },
        });
      } catch {
        continue;
      }
      if (v === true || (typeof v === "number" && v !== 0))
        return { fill: rule.fill || null, font: rule.font || null };
    }
    const style = sheet.cell(r, c)?.style ?? {};
    return {
      fill: (style["fill.color"] as string) ?? null,
      font: (style["font.color"] as string) ?? null,
    };
  }

  // ------------------------------------------------------------------ sheets

  /**
   * Worksheet names: unique without case, at most 31 characters, none of : \ / ? * [ ] (Excel's
   * rule, support "Rename a worksheet"); adding a taken name fails with ItemAlreadyExists.
   */
  addSheet(name: string): Sheet {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw new ExcelError("InvalidArgument", `'${name}' is not a valid worksheet name.`);
    if (this.sheet(name))
      throw new ExcelError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    const s = new Sheet(name);
    this.sheets.push(s);
    this.changed();
    return s;
  }

  /** Deleting a sheet deletes its tables and turns every reference to it into #REF!. */
  deleteSheet(sheet: Sheet): void {
    if (this.sheets.length === 1)
      throw new ExcelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    for (const t of this.tables.filter((x) => x.sheet === sheet)) this.deleteTable(t, false);
    for (const p of this.pivots.filter((x) => x.sheet === sheet))
      this.pivots.splice(this.pivots.indexOf(p), 1);
    this.slicers = this.slicers.filter((x) => x.sheet !== sheet && x.table.sheet !== sheet);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.rewriteAll((tok) =>
      tok.t === "cell" && tok.sheet?.toLowerCase() === sheet.name.toLowerCase()
        ? "#REF!"
        : undefined
    );
  }

  // ------------------------------------------------------------------ tables

  /**
   * tables.add (REF excel.tablecollection.yml): over a range on one sheet, not overlapping another
   * table (Excel: "A table can't overlap another table"); the header row's cells become the column
   * names (empty or duplicate ones get generated names).
   */
  addTable(sheet: Sheet, rect: Rect, hasHeaders: boolean): Table {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect)))
      throw new ExcelError(
        "InvalidArgument",
        `A table can't overlap another table (${rectAddress(rect)}).`
      );
    if (rect.rows < 2)
      throw new ExcelError(
        "InvalidArgument",
        "A table needs a header row and at least one data row."
      );
    let n = this.tables.length + 1;
    while (this.table(`Table${n}`) || this.name(`Table${n}`)) n++;
    const t = new Table(
      this.nextTableId++,
      `Table${n}`,
      sheet,
      hasHeaders ? rect : { ...rect, r0: rect.r0 - 1, rows: rect.rows + 1 },
      []
    );
    t.columns = Array.from({ length: rect.cols }, () => "");
    this.tables.push(t);
    for (let j = 0; j < rect.cols; j++) this.afterWrite(sheet, t.rect.r0, t.rect.c0 + j);
    return t;
  }

  renameTable(t: Table, name: string): void {
    if (t.name === name) return;
    this.assertNameFree(name, t);
    const old = t.name;
    t.name = name;
    // Excel rewrites references when a table is renamed.
    this.rewriteAll((tok) =>
      tok.t === "struct" && tok.table.toLowerCase() === old.toLowerCase()
        ? name + tok.s.slice(tok.table.length)
        : tok.t === "name" && tok.v.toLowerCase() === old.toLowerCase()
          ? name
          : undefined
    );
  }

  /**
   * Table.delete: "Deletes the table" (REF excel.table.yml). Excel removes the ListObject with its
   * cell data (VBA-Docs api/Excel.ListObject.Delete.md: "Deletes the ListObject object and clears
   * the cell data from the worksheet"), unlike convertToRange ("All data is preserved"). Every
   * formula that referred to the table now says #REF!, and pivots built on it lose their source; a
   * table added later under the same name does not re-bind them.
   */
  deleteTable(t: Table, clearCells = true): void {
    this.tables.splice(this.tables.indexOf(t), 1);
    if (clearCells) this.clear(t.sheet, t.rect, "All");
    for (const p of this.pivots) if (p.source === t) p.source = null;
    this.dropSlicersOf(t);
    this.rewriteAll((tok) =>
      tok.t === "struct" && tok.table.toLowerCase() === t.name.toLowerCase() ? "#REF!" : undefined
    );
  }

  /** Table.convertToRange (ExcelApi 1.2): "All data is preserved"; references become plain ranges. */
  convertToRange(t: Table): void {
    const name = t.name.toLowerCase();
    this.rewriteAll((tok, row) => {
      if (tok.t !== "struct" || tok.table.toLowerCase() !== name) return undefined;
      const cols = tok.spec.columns.length
        ? tok.spec.columns.map((c) => t.columnIndex(c))
        : t.columns.map((_, j) => j);
      const body = t.body;
      const sheet = `'${t.sheet.name.replace(/'/g, "''")}'!`;
      const c0 = t.rect.c0 + Math.min(...cols);
      const width = Math.max(...cols) - Math.min(...cols) + 1;
      // [#This Row] is the formula's own row, so it becomes a row-relative reference to that row
      // (each cell keeps its value; a rule's row moves with the evaluated cell); [#Headers] is the header row.
      if (tok.spec.thisRow && row !== undefined && row >= body.r0 && row < body.r0 + body.rows)
        return (
          sheet +
          rectAddress({ r0: row, rows: 1, c0, cols: width }).replace(/([A-Z]+)(\d+)/g, "$$$1$2")
        );
      const rows = tok.spec.headers ? { r0: t.rect.r0, rows: 1 } : { r0: body.r0, rows: body.rows };
      return (
        sheet + rectAddress({ ...rows, c0, cols: width }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")
      );
    });
    this.tables.splice(this.tables.indexOf(t), 1);
    for (const p of this.pivots) if (p.source === t) p.source = null;
    this.dropSlicersOf(t);
  }

  /**
   * Table.resize (ExcelApi 1.13, REF excel.table.yml): "The new range must overlap with the
   * original table range and the headers (or the top of the table) must be in the same row."
   */
  resizeTable(t: Table, rect: Rect): void {
    if (!overlaps(rect, t.rect) || rect.r0 !== t.rect.r0)
      throw new ExcelError(
        "InvalidArgument",
        `Table.resize: ${rectAddress(rect)} must overlap ${rectAddress(t.rect)} with its header in the same row.`
      );
    if (this.tables.some((x) => x !== t && x.sheet === t.sheet && overlaps(x.rect, rect)))
      throw new ExcelError("InvalidArgument", "A table can't overlap another table.");
    if (rect.rows < 2)
      throw new ExcelError("InvalidArgument", "A table needs at least one data row.");
    const oldCols = t.columns;
    const old = t.rect;
    t.rect = rect;
    t.columns = Array.from({ length: rect.cols }, (_, j) => oldCols[rect.c0 - old.c0 + j] ?? "");
    for (let j = 0; j < rect.cols; j++) this.afterWrite(t.sheet, rect.r0, rect.c0 + j);
  }

  /**
   * TableRowCollection.add (ExcelApi 1.1; 1.4 for several rows): rows at the end; the cells below
   * the table, in its columns, move down (REF: "Any rows below the inserted row are shifted downwards").
   */
  addTableRows(t: Table, values: unknown[][]): void {
    if (values.some((row) => row.length !== t.rect.cols))
      throw new ExcelError(
        "InvalidArgument",
        `TableRowCollection.add: each row needs ${t.rect.cols} values.`
      );
    const at = t.rect.r0 + t.rect.rows;
    this.shiftRows(t.sheet, t.rect, at, values.length);
    t.rect = { ...t.rect, rows: t.rect.rows + values.length };
    values.forEach((row, i) =>
      row.forEach((v, j) => this.writeCell(t.sheet, at + i, t.rect.c0 + j, v, "values"))
    );
  }

  /** TableRow.delete (ExcelApi 1.1): the row goes; the cells below, in the table's columns, move up. */
  deleteTableRow(t: Table, index: number): void {
    this.assertNotFiltered(t, "TableRow.delete");
    if (index < 0 || index >= t.body.rows)
      throw new ExcelError("ItemNotFound", `Table '${t.name}' has no row ${index}.`);
    if (t.body.rows === 1)
      throw new ExcelError("InvalidOperation", "A table keeps at least one data row.");
    const r = t.body.r0 + index;
    for (let c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) t.sheet.cells.delete(key(r, c));
    this.shiftRows(t.sheet, t.rect, r + 1, -1);
    t.rect = { ...t.rect, rows: t.rect.rows - 1 };
    this.changed();
  }

  /**
   * Rows of a filtered table cannot be deleted: TableRowCollection.deleteRows and deleteRowsAt
   * "will throw the InsertDeleteConflict error if the table on which the method is called has a
   * filter applied" (REF excel.tablerowcollection.yml; TYPES, [Api set: ExcelApiOnline 1.1]). The
   * host applies the same rule to TableRow.delete and to a Range.delete that reaches into a
   * filtered table, whose pages say nothing of filters: stricter, never more lenient.
   */
  assertNotFiltered(t: Table, member: string): void {
    if (t.filtered)
      throw new ExcelError(
        "InsertDeleteConflict",
        `${member}: the table '${t.name}' has a filter applied; clear it first (Table.clearFilters).`
      );
  }

  /** TableRowCollection.deleteRows / deleteRowsAt (ExcelApiOnline 1.1): body rows by index. */
  /**
   * TableColumn.delete. Excel turns every reference to the column into #REF!; the strict host
   * refuses instead (a lost formula is never what the add-in means), and deletes only a table's
   * last column (the only one the add-in deletes: one it added, taken back by a rollback).
   */
  /** The first formula, on any sheet, with a token that `test` picks; undefined when none has. */
  private formulaWith(
    test: (tok: ReturnType<typeof tokenize>[number], sheet: Sheet) => boolean
  ): string | undefined {
    for (const sheet of this.sheets)
      for (const cell of sheet.cells.values())
        if (cell.f && tokenize(cell.f).some((tok) => test(tok, sheet))) return cell.f;
    return undefined;
  }

  deleteTableColumn(t: Table, name: string): void {
    const j = t.columnIndex(name);
    if (j < 0) throw new ExcelError("ItemNotFound", `Table '${t.name}' has no column '${name}'.`);
    if (j !== t.columns.length - 1 || t.columns.length === 1)
      throw new ExcelError(
        "InvalidOperation",
        "The strict host deletes only a table's last column, and never its only one."
      );
    const referring = this.formulaWith(
      (tok) =>
        tok.t === "struct" &&
        tok.table.toLowerCase() === t.name.toLowerCase() &&
        tok.spec.columns.some((x) => x.toLowerCase() === name.toLowerCase())
    );
    if (referring)
      throw new ExcelError(
        "InvalidOperation",
        `The strict host does not delete a column a formula refers to (${referring}).`
      );
    if (this.slicers.some((s) => s.table === t && s.column === j))
      throw new ExcelError("InvalidOperation", "The strict host does not delete a sliced column.");
    const c = t.rect.c0 + j;
    for (let r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++)
      t.sheet.cells.delete(r * MAX_COLS + c);
    t.columns.splice(j, 1);
    t.rect = { ...t.rect, cols: t.rect.cols - 1 };
    t.filters.delete(j);
    t.slicerSelections.delete(j);
    this.changed();
  }

  deleteTableRows(t: Table, indexes: readonly number[], member: string): void {
    this.assertNotFiltered(t, member);
    const sorted = [...new Set(indexes)].sort((a, b) => b - a);
    if (
      sorted.length !== indexes.length ||
      sorted.some((i) => !Number.isInteger(i) || i < 0 || i >= t.body.rows)
    )
      throw new ExcelError(
        "InvalidArgument",
        `${member}: a chosen row has already been deleted or doesn't exist.`
      );
    if (sorted.length >= t.body.rows)
      throw new ExcelError("InvalidOperation", "A table keeps at least one data row.");
    for (const i of sorted) this.deleteTableRow(t, i);
  }

  /**
   * Table.clearFilters (ExcelApi 1.2, REF excel.table.yml): "Clears all the filters currently
   * applied on the table." The header filters; a slicer's selection stays (Table.slicerSelections).
   */
  clearTableFilters(t: Table): void {
    t.filters.clear();
    this.changed();
  }

  /**
   * A table column's item keys, as a slicer lists them: its distinct values as text, and "" for
   * blank cells, which Excel's slicer shows as an item titled "(blank)" (its UI; no Office.js text
   * says what a blank item's key or name is: api.ts gives key "" and that title).
   */
  columnItems(t: Table, column: number): string[] {
    const items = new Set<string>();
    for (let r = t.body.r0; r < t.body.r0 + t.body.rows; r++) {
      const v = this.value(t.sheet.name, r, t.rect.c0 + column);
      items.add(v === "" || v === null || v === undefined ? "" : String(isError(v) ? v.error : v));
    }
    return [...items];
  }

  /**
   * Slicer.selectItems (ExcelApi 1.10, REF excel.slicer.yml): "Selects slicer items based on their
   * keys. The previous selections are cleared. All items will be selected by default if the array
   * is empty." A key the column does not hold is refused (InvalidArgument): stricter.
   */
  selectSlicerItems(s: SlicerModel, items: readonly string[] | undefined): void {
    const all = this.columnItems(s.table, s.column);
    const unknown = (items ?? []).filter((k) => !all.includes(k));
    if (unknown.length)
      throw new ExcelError(
        "InvalidArgument",
        `Slicer '${s.name}' has no item ${unknown.join(", ")}.`
      );
    if (!items?.length || all.every((k) => items.includes(k)))
      s.table.slicerSelections.delete(s.column);
    else s.table.slicerSelections.set(s.column, new Set(items));
    this.changed();
  }

  /** Filter.applyValuesFilter (ExcelApi 1.2): the column shows only the rows holding one of `values`. */
  filterTableColumn(t: Table, column: number, values: readonly string[]): void {
    t.filters.set(column, new Set(values));
    this.changed();
  }

  /** Slicer.isFilterCleared (ExcelApi 1.10): "true if all filters currently applied on the slicer are cleared". */
  slicerFilterCleared(s: SlicerModel): boolean {
    return !s.table.slicerSelections.has(s.column);
  }

  /** The body rows (0-based, in the table) a filter hides. */
  hiddenRows(t: Table): number[] {
    const hidden: number[] = [];
    for (let i = 0; i < t.body.rows; i++)
      for (const [j, shown] of [...t.filters, ...t.slicerSelections]) {
        const v = this.value(t.sheet.name, t.body.r0 + i, t.rect.c0 + j);
        if (!shown.has(String(isError(v) ? v.error : v))) {
          hidden.push(i);
          break;
        }
      }
    return hidden;
  }

  /**
   * TableSort.apply (ExcelApi 1.2, REF excel.tablesort.yml): the body's rows reordered by the
   * fields in turn; SortField.key is "the column … represented as an offset from the first column",
   * ascending unless `ascending: false`. Excel's order: numbers, then text (ignoring case), then
   * logicals, then errors; blanks last either way. Equal rows keep their order. Only value sorts
   * are modelled, and a body with an A1 reference in a formula is refused (the host does not move
   * such references as Excel would).
   */
  sortTable(t: Table, fields: ReadonlyArray<{ key: number; ascending?: boolean }>): void {
    if (
      !fields.length ||
      fields.some((f) => !Number.isInteger(f.key) || f.key < 0 || f.key >= t.rect.cols)
    )
      throw new ExcelError(
        "InvalidArgument",
        "TableSort.apply: each field's key is a column offset in the table."
      );
    const { body } = t;
    const cols = Array.from({ length: t.rect.cols }, (_, j) => t.rect.c0 + j);
    for (let r = body.r0; r < body.r0 + body.rows; r++)
      for (const c of cols) {
        const f = t.sheet.cell(r, c)?.f;
        if (f && tokenize(f).some((tok) => tok.t === "cell"))
          throw new ExcelError(
            "InvalidArgument",
            `The strict host does not sort a table whose formulas hold A1 references (${f}).`
          );
      }
    const rank = (v: Scalar): [number, number | string] => {
      if (v === "" || v === null || v === undefined) return [4, 0];
      if (typeof v === "number") return [0, v];
      if (typeof v === "string") return [1, v.toLowerCase()];
      if (typeof v === "boolean") return [2, v ? 1 : 0];
      return [3, 0];
    };
    const rows = Array.from({ length: body.rows }, (_, i) => ({
      keys: fields.map((f) => rank(this.value(t.sheet.name, body.r0 + i, t.rect.c0 + f.key))),
      cells: cols.map((c) => t.sheet.cell(body.r0 + i, c)),
    }));
    rows.sort((a, b) => {
      for (const [k, f] of fields.entries()) {
        const [ga, va] = a.keys[k];
        const [gb, vb] = b.keys[k];
        if (ga === 4 || gb === 4) {
          if (ga !== gb) return ga === 4 ? 1 : -1;
          continue;
        }
        const d = ga !== gb ? ga - gb : va < vb ? -1 : va > vb ? 1 : 0;
        if (d !== 0) return f.ascending === false ? -d : d;
      }
      return 0;
    });
    rows.forEach((row, i) =>
      cols.forEach((c, j) => {
        const cell = row.cells[j];
        if (cell) t.sheet.cells.set(key(body.r0 + i, c), cell);
        else t.sheet.cells.delete(key(body.r0 + i, c));
      })
    );
    this.changed();
  }

  /**
   * TableColumnCollection.add (ExcelApi 1.1; `name` 1.4, REF excel.tablecolumncollection.yml):
   * "Adds a new column to the table"; `index` "Specifies the relative position of the new column.
   * If null or -1, the addition happens at the end. Columns with a higher index will be shifted to
   * the side." The table's cells from that column on move one column right, with their formats,
   * rules and validations; a rule over the inserted column widens. The host refuses the insert
   * where a formula holds an A1 reference into the moved cells (it does not move references as
   * Excel does), or another table stands right of it in the same rows.
   */
  addTableColumn(
    t: Table,
    index: number | null | undefined,
    name: string | undefined,
    values?: unknown[][]
  ): void {
    const at = index === null || index === undefined || index === -1 ? t.columns.length : index;
    if (!Number.isInteger(at) || at < 0 || at > t.columns.length)
      throw new ExcelError("InvalidArgument", `TableColumnCollection.add: no position ${index}.`);
    const c = t.rect.c0 + at;
    const rows = { r0: t.rect.r0, rows: t.rect.rows };
    const inRows = (r: number) => r >= rows.r0 && r < rows.r0 + rows.rows;
    if (
      this.tables.some(
        (x) =>
          x !== t &&
          x.sheet === t.sheet &&
          x.rect.c0 >= c &&
          overlaps(x.rect, { ...rows, c0: x.rect.c0, cols: x.rect.cols })
      )
    )
      throw new ExcelError(
        "InvalidOperation",
        "The strict host does not move another table aside."
      );
    const moving = this.formulaWith(
      (tok, sheet) =>
        tok.t === "cell" &&
        (tok.sheet ?? sheet.name).toLowerCase() === t.sheet.name.toLowerCase() &&
        tok.col >= c
    );
    if (moving)
      throw new ExcelError(
        "InvalidArgument",
        `The strict host does not insert a table column where a formula's A1 reference would move (${moving}).`
      );
    const moved: Array<[number, Cell]> = [];
    for (const [k, cell] of [...t.sheet.cells.entries()]) {
      const r = Math.floor(k / MAX_COLS);
      if (inRows(r) && k % MAX_COLS >= c) {
        t.sheet.cells.delete(k);
        moved.push([k + 1, cell]);
      }
    }
    for (const [k, cell] of moved) t.sheet.cells.set(k, cell);
    for (const [k, v] of [...t.sheet.validations.entries()])
      if (inRows(Math.floor(k / MAX_COLS)) && k % MAX_COLS >= c) {
        t.sheet.validations.delete(k);
        t.sheet.validations.set(k + 1, v);
      }
    for (const rule of t.sheet.rules)
      if (rule.rect.c0 >= c) rule.rect = { ...rule.rect, c0: rule.rect.c0 + 1 };
      else if (rule.rect.c0 + rule.rect.cols > c)
        rule.rect = { ...rule.rect, cols: rule.rect.cols + 1 };
    // `values`: "A 2D array of unformatted values of the table column", the header's first
    // (REF excel.tablecolumncollection.yml, the docs' example adds ["Day of the Week"], then a
    // value per row): one per row of the table, or refused.
    if (values && values.length !== t.rect.rows)
      throw new ExcelError(
        "InvalidArgument",
        `TableColumnCollection.add: ${values.length} values for a table of ${t.rect.rows} rows.`
      );
    let header = name ?? (values ? String(values[0][0] ?? "") : "");
    for (let n = t.columns.length + 1; !header || t.columnIndex(header) >= 0; n++)
      header = `Column${n}`;
    t.columns.splice(at, 0, header);
    t.rect = { ...t.rect, cols: t.rect.cols + 1 };
    for (const filters of [t.filters, t.slicerSelections]) {
      const moved = [...filters].map(([j, f]) => [j >= at ? j + 1 : j, f] as const);
      filters.clear();
      for (const [j, f] of moved) filters.set(j, f);
    }
    for (const s of this.slicers) if (s.table === t && s.column >= at) s.column++;
    t.sheet.touch(t.rect.r0, c).v = header;
    values?.forEach((row, i) => {
      if (i > 0 && i < t.rect.rows) this.writeCell(t.sheet, t.rect.r0 + i, c, row[0], "values");
    });
    this.changed();
  }

  private shiftRows(sheet: Sheet, cols: Rect, fromRow: number, by: number): void {
    const moved: Array<[number, Cell]> = [];
    for (const [k, cell] of [...sheet.cells.entries()]) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= fromRow && c >= cols.c0 && c < cols.c0 + cols.cols) {
        sheet.cells.delete(k);
        moved.push([key(r + by, c), cell]);
      }
    }
    for (const [k, cell] of moved) sheet.cells.set(k, cell);
    this.changed();
  }

  // ------------------------------------------------------------------ names

  /** names.add (ExcelApi 1.4, REF excel.nameditemcollection.yml); the name must be free (see assertNameFree). */
  /** Excel's Name.Comment reference: "The comment text cannot exceed 255 characters." */
  private assertNameComment(comment: string, name: string): void {
    if (comment.length > 255)
      throw new ExcelError(
        "InvalidArgument",
        `The comment of name ${name} is ${comment.length} characters; a name's comment cannot exceed 255.`
      );
  }

  setNameComment(n: NameModel, comment: string): void {
    this.assertNameComment(comment, n.name);
    n.comment = comment;
    this.changed();
  }

  addName(name: string, formula: string, comment: string): NameModel {
    this.assertNameFree(name);
    this.assertNameComment(comment, name);
    const f = formula.startsWith("=") ? formula : `=${formula}`;
    this.validateFormula(f, `name ${name}`);
    const n = { name, formula: f, comment };
    this.names.push(n);
    this.changed();
    return n;
  }

  setNameFormula(n: NameModel, formula: string): void {
    this.validateFormula(formula, `name ${n.name}`);
    n.formula = formula;
    this.changed();
  }

  deleteName(n: NameModel): void {
    this.names.splice(this.names.indexOf(n), 1);
    this.rewriteAll((tok) =>
      (tok.t === "name" || tok.t === "func") &&
      tok.s.toLowerCase() === n.name.toLowerCase() &&
      tok.t === "name"
        ? "#NAME?"
        : undefined
    );
  }

  // ------------------------------------------------------------------ rules

  /**
   * ConditionalFormatCollection.add (ExcelApi 1.6): "Adds a new conditional format to the
   * collection at the first/top priority" (REF excel.conditionalformatcollection.yml).
   */
  addRule(sheet: Sheet, rect: Rect): Rule {
    const rule: Rule = {
      id: this.nextRuleId++,
      rect,
      formula: "",
      fill: "",
      font: "",
      stopIfTrue: false,
    };
    sheet.rules.unshift(rule);
    return rule;
  }

  /** ConditionalFormat.priority: the rule moves to that index; the others keep a contiguous order. */
  setRulePriority(sheet: Sheet, rule: Rule, priority: number): void {
    const list = sheet.rules.filter((r) => r !== rule);
    const at =
      priority < 0 ? Math.max(0, list.length + 1 + priority) : Math.min(priority, list.length);
    list.splice(at, 0, rule);
    sheet.rules = list;
  }

  // ------------------------------------------------------------------ data validation

  /**
   * DataValidation.rule (ExcelApi 1.8, REF excel.datavalidation.yml; PR
   * excel/excel-add-ins-data-validation.md): "No more than one of these properties may be present
   * in any DataValidationRule object". A list's source is "a Range object, or a string that
   * contains a comma-separated number, Boolean, or date" (TYPES ListDataValidation.source); a
   * range must be one row or one column (Excel's own refusal: "The list source must be a
   * delimited list, or a reference to single row or column"). Setting a rule replaces the cells'
   * previous validation.
   */
  setValidation(sheet: Sheet, rect: Rect, rule: Record<string, unknown>): void {
    const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
    if (kinds.length !== 1)
      throw new ExcelError(
        "InvalidArgument",
        `DataValidation.rule needs exactly one criterion, not ${kinds.length} (${kinds.join(", ")}).`
      );
    if (kinds[0] !== "list")
      throw new ExcelError(
        "InvalidArgument",
        `The strict host models list validation only, not ${kinds[0]}.`
      );
    const list = rule.list as { inCellDropDown?: boolean; source?: unknown };
    let source: string;
    if (typeof list.source === "string") {
      if (list.source.trim() === "" || list.source.startsWith("="))
        throw new ExcelError(
          "InvalidArgument",
          "A list's source string is comma-separated values; give a range as a Range object."
        );
      source = list.source;
    } else if (list.source && typeof list.source === "object" && "sheet" in list.source) {
      const w = list.source as { sheet: Sheet; rect: Rect };
      if (w.rect.rows !== 1 && w.rect.cols !== 1)
        throw new ExcelError(
          "InvalidArgument",
          `The list source must be a delimited list, or a reference to single row or column (${rectAddress(w.rect)}).`
        );
      source = `${w.sheet.name}!${rectAddress(w.rect)}`;
    } else throw new ExcelError("InvalidArgument", "A list validation needs a source.");
    for (let r = rect.r0; r < rect.r0 + rect.rows; r++)
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++)
        sheet.validations.set(key(r, c), {
          type: "List",
          source,
          inCellDropDown: list.inCellDropDown ?? true,
        });
  }

  /** DataValidation.clear (ExcelApi 1.8): "only the overlapping cells, if any, of the two ranges are cleared" (PR). */
  clearValidation(sheet: Sheet, rect: Rect): void {
    for (const k of [...sheet.validations.keys()])
      if (contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) sheet.validations.delete(k);
  }

  // ------------------------------------------------------------------ slicers

  slicer(key: string): SlicerModel | undefined {
    return this.slicers.find(
      (x) => x.name.toLowerCase() === key.toLowerCase() || String(x.id) === key
    );
  }

  /**
   * SlicerCollection.add (ExcelApi 1.10, REF excel.slicercollection.yml): the source is "a
   * PivotTable object, a Table object, or a string … interpreted as the name or ID of a PivotTable
   * or table"; the field "the name or ID of a TableColumn"; the destination a worksheet of this
   * workbook (VBA Slicers.Add: "The destination sheet must be in the workbook"). Only table
   * sources are modelled. Excel names a new slicer after its field, numbered when taken.
   */
  addSlicer(table: Table | undefined, field: string, sheet: Sheet, source: string): SlicerModel {
    if (!table)
      throw new ExcelError(
        "InvalidArgument",
        `A slicer's source must be a table or a PivotTable: '${source}' is neither.`
      );
    const column = table.columnIndex(field);
    if (column < 0)
      throw new ExcelError("InvalidArgument", `Table '${table.name}' has no column '${field}'.`);
    let name = table.columns[column];
    for (let n = 1; this.slicer(name); n++) name = `${table.columns[column]} ${n}`;
    const s: SlicerModel = {
      id: this.nextSlicerId++,
      name,
      caption: table.columns[column],
      table,
      column,
      sheet,
      left: 0,
      top: 0,
      width: 144,
      height: 198,
    };
    this.slicers.push(s);
    return s;
  }

  /** Slicer.name: "The name must be unique across all slicers within a workbook" (VBA Slicers.Add). */
  renameSlicer(s: SlicerModel, name: string): void {
    if (!name.trim()) throw new ExcelError("InvalidArgument", "A slicer needs a name.");
    const clash = this.slicer(name);
    if (clash && clash !== s)
      throw new ExcelError("ItemAlreadyExists", `A slicer named '${name}' already exists.`);
    s.name = name;
  }

  /**
   * Slicer.delete (ExcelApi 1.10). No Microsoft text says whether the selection it made goes with
   * it: the host keeps it as a filter on the table's column (stricter: a writer must clear it,
   * with Slicer.clearFilters before, or Table.clearFilters after).
   */
  deleteSlicer(s: SlicerModel): void {
    this.slicers.splice(this.slicers.indexOf(s), 1);
    const selection = s.table.slicerSelections.get(s.column);
    if (selection) {
      s.table.slicerSelections.delete(s.column);
      s.table.filters.set(s.column, selection);
    }
  }

  /**
   * The workbook saved, closed and opened again. What the file holds comes back: cells, tables
   * (their sort and filters), names, rules, slicers, the document's settings. Object ids come back
   * only where Microsoft documents that they persist: Worksheet.id "remains the same even when the
   * worksheet is renamed or moved" (REF excel.worksheet.yml), which this host does not model
   * beyond names; Slicer.id ("Represents the unique ID of the slicer", REF excel.slicer.yml),
   * Table.id ("Returns a value that uniquely identifies the table in a given workbook. The value of
   * the identifier remains the same even when the table is renamed", REF excel.table.yml) and the
   * rules' ids promise nothing across sessions, so each gets a new id that no object had before: a
   * writer that kept one finds nothing (or, were ids reused, another object).
   */
  reopen(): void {
    for (const s of [...this.slicers].reverse()) s.id = this.nextSlicerId++;
    for (const t of [...this.tables].reverse()) t.id = this.nextTableId++;
    for (const sheet of this.sheets) for (const r of sheet.rules) r.id = this.nextRuleId++;
    this.changed();
  }

  /**
   * A table deleted or converted to a range takes its slicers with it. No Microsoft text says what
   * becomes of them; a slicer needs a table or PivotTable source (REF excel.slicercollection.yml),
   * so the host drops them: a writer must never count on one outliving its table.
   */
  private dropSlicersOf(t: Table): void {
    this.slicers = this.slicers.filter((x) => x.table !== t);
  }

  // ------------------------------------------------------------------ snapshot

  /** Everything a user could see or refer to, as plain data: two equal snapshots are the same workbook. */
  snapshot() {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        tabColor: s.tabColor,
        cells: [...s.cells.entries()]
          .sort(([a], [b]) => a - b)
          .map(([k, c]) => [
            rectAddress({ r0: Math.floor(k / MAX_COLS), c0: k % MAX_COLS, rows: 1, cols: 1 }),
            c,
          ]),
        colWidths: [...s.colWidths.entries()].sort(([a], [b]) => a - b),
        frozen: s.frozen,
        print: s.print,
        rules: s.rules.map(({ id: _id, ...r }) => ({ ...r, rect: rectAddress(r.rect) })),
        charts: s.charts,
        validations: [...s.validations.entries()]
          .sort(([a], [b]) => a - b)
          .map(([k, v]) => [
            rectAddress({ r0: Math.floor(k / MAX_COLS), c0: k % MAX_COLS, rows: 1, cols: 1 }),
            v,
          ]),
      })),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: rectAddress(t.rect),
        style: t.style,
        columns: t.columns,
      })),
      names: this.names.map((n) => ({ ...n })).sort((a, b) => a.name.localeCompare(b.name)),
      slicers: this.slicers.map((x) => ({
        name: x.name,
        caption: x.caption,
        table: x.table.name,
        field: x.table.columns[x.column],
        sheet: x.sheet.name,
        left: x.left,
        top: x.top,
        width: x.width,
        height: x.height,
      })),
      pivots: this.pivots.map((p) => ({
        name: p.name,
        sheet: p.sheet.name,
        anchor: rectAddress(p.anchor),
        source: p.source?.name ?? "#REF!",
        fields: p.fields,
      })),
      settings: [...this.settings.entries()].sort(([a], [b]) => a.localeCompare(b)),
    };
  }
}

export { isError, parseAddress, tokenize };
