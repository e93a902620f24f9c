/**
 * The Office.js objects the strict host hands to code under test. Like the real ones they are
 * proxies: every call and property write is queued and runs only at context.sync(), in order, and
 * a property can be read only after load() and a sync (PR develop/application-specific-api-model.md:
 * "Before you can read the properties of a proxy object, you must explicitly load the properties…
 * and then call context.sync()"; otherwise PropertyNotLoaded).
 *
 * Every member names the requirement set it needs; the host refuses it at sync (ApiNotFound) when
 * its profile lacks the set. Sets are from REF excel.<class>.yml "[API set: ExcelApi x.y]" and the
 * same text in @types/office-js.
 */
import { overlaps, parseAddress, type Rect, rectAddress } from "./a1";
import {
  ExcelError,
  type NameModel,
  type PivotModel,
  type Rule,
  type Sheet,
  type SlicerModel,
  type Table,
  type ChartModel,
  type WorkbookModel,
} from "./model";
import { isError } from "./formula";
import { valueAsJson } from "./entity";

/** What the host needs from an operation. */
export interface Op {
  member: string;
  /** "1.7" (ExcelApi) or "ExcelApiOnline 1.1". */
  requires: string;
  wire: unknown;
  run(): { response?: unknown; commit?: () => void } | void;
  trace?: () => Record<string, unknown> | null;
}

export interface Queue {
  model: WorkbookModel;
  enqueue(op: Op): void;
  /** What the user sees: the active sheet and the selection (one for every context). */
  view: { active: string; selected: string };
}

type Loaded = Map<string, unknown>;

abstract class ProxyBase<T> {
  protected loaded: Loaded = new Map();
  private nullChecked = false;
  constructor(
    protected readonly q: Queue,
    protected readonly target: () => T,
    protected readonly path: string
  ) {}

  protected op(
    member: string,
    requires: string,
    args: unknown[],
    run: (t: T) => unknown,
    trace?: () => Record<string, unknown> | null
  ): void {
    this.q.enqueue({
      member,
      requires,
      wire: { p: this.path, m: member, a: args },
      run: () => void run(this.target()),
      trace,
    });
  }

  protected setter(
    member: string,
    requires: string,
    value: unknown,
    apply: (t: T) => void,
    trace?: () => Record<string, unknown> | null
  ): void {
    this.op(member, requires, [value], apply, trace);
  }

  protected read(prop: string): unknown {
    if (!this.loaded.has(prop))
      throw new ExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(prop);
  }

  /**
   * ProxyBase.load needs no requirement set; an object whose properties do (a slicer's: ExcelApi
   * 1.10) queues this first, so that its load fails on a host without the set (ApiNotFound), as in Excel.
   */
  protected requireForLoad(member: string, requires: string): void {
    this.q.enqueue({
      member,
      requires,
      wire: { p: this.path, m: "load:requires" },
      run: () => undefined,
      trace: () => null,
    });
  }

  /** Reads one loadable property from the model object (subclasses list theirs). */
  protected abstract readProp(t: T, prop: string): unknown;

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((s) => s.trim())
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    this.q.enqueue({
      member: `${this.constructor.name}.load`,
      requires: "1.1",
      wire: { p: this.path, m: "load", a: list },
      run: () => {
        let t: T;
        try {
          t = this.target();
        } catch (e) {
          // A null object (…OrNullObject) loads as nulls; anything else missing fails the sync.
          if (!this.nullable) throw e;
          const nulls = new Map(list.map((p) => [p, null]));
          return { response: null, commit: () => nulls.forEach((v, k) => this.loaded.set(k, v)) };
        }
        const data = new Map(list.map((p) => [p, this.readPath(t, p)]));
        return {
          response: Object.fromEntries(data),
          commit: () => data.forEach((v, k) => this.commitPath(k, v)),
        };
      },
    });
    return this;
  }

  protected readPath(t: T, path: string): unknown {
    return this.readProp(t, path);
  }
  protected commitPath(path: string, v: unknown): void {
    this.loaded.set(path, v);
  }

  /** For *OrNullObject results: whether the object exists is known after the next sync. */
  private nullable = false;
  markNullable(): this {
    this.nullable = true;
    this.q.enqueue({
      member: "isNullObject",
      requires: "1.1",
      wire: { p: this.path, m: "isNullObject" },
      run: () => {
        let exists = true;
        try {
          this.target();
        } catch {
          exists = false;
        }
        return {
          response: exists,
          commit: () => ((this.nullChecked = true), this.loaded.set("isNullObject", !exists)),
        };
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    if (!this.nullChecked) return this.read("isNullObject") as boolean;
    return this.loaded.get("isNullObject") as boolean;
  }
}

// ---------------------------------------------------------------- results

export class ClientResult<V> {
  private has = false;
  private v: V | undefined;
  set(v: V) {
    this.has = true;
    this.v = v;
  }
  get value(): V {
    if (!this.has)
      throw new ExcelError(
        "PropertyNotLoaded",
        "A ClientResult's value is available after context.sync()."
      );
    return this.v!;
  }
}

// ---------------------------------------------------------------- ranges

interface Where {
  sheet: Sheet;
  rect: Rect;
  /** Set when the range is (a slice of) a table column's data body: the trace names it. */
  column?: { table: Table; name: string };
}

const matrixOk = (m: unknown, rect: Rect) =>
  Array.isArray(m) &&
  m.length === rect.rows &&
  m.every((row) => Array.isArray(row) && row.length === rect.cols);

export class RangeProxy extends ProxyBase<Where> {
  constructor(q: Queue, target: () => Where, path: string) {
    super(q, target, path);
  }

  protected readProp(w: Where, prop: string): unknown {
    const { sheet, rect } = w;
    const cells = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: rect.rows }, (_, i) =>
        Array.from({ length: rect.cols }, (_, j) => f(rect.r0 + i, rect.c0 + j))
      );
    switch (prop) {
      case "values":
        return cells((r, c) => {
          const v = this.q.model.value(sheet.name, r, c);
          return isError(v) ? v.error : v;
        });
      case "valuesAsJson":
        // REF excel.range.yml valuesAsJson, [API set: ExcelApi 1.16]: each cell as a CellValue.
        return cells((r, c) => valueAsJson(this.q.model.value(sheet.name, r, c)));
      case "formulas":
        return cells((r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.f ?? cell?.v ?? "";
        });
      case "numberFormat":
        return cells((r, c) => sheet.cell(r, c)?.nf ?? "General");
      case "address":
        return `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${rectAddress(rect)}`;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
    }
    throw new ExcelError(
      "InvalidArgument",
      `Range.load: '${prop}' is not supported by the strict host.`
    );
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get valuesAsJson(): unknown[][] {
    return this.read("valuesAsJson") as unknown[][];
  }

  override load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",").map((s) => s.trim()) : props;
    // valuesAsJson is ExcelApi 1.16 (REF excel.range.yml); the rest of Range.load is 1.1.
    if ((Array.isArray(list) ? list : Object.keys(list ?? {})).includes("valuesAsJson"))
      this.op("Range.valuesAsJson", "1.16", [], () => undefined);
    return super.load(props);
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  get address(): string {
    return this.read("address") as string;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }

  /** Range.values / formulas / numberFormat (ExcelApi 1.1): a matrix of exactly the range's size. */
  private write(prop: "values" | "formulas" | "numberFormat", m: unknown[][]): void {
    let traced: Where | undefined;
    this.setter(
      `Range.${prop}`,
      "1.1",
      m,
      (w) => {
        traced = w;
        if (!matrixOk(m, w.rect))
          throw new ExcelError(
            "InvalidArgument",
            `Range.${prop}: a ${w.rect.rows}×${w.rect.cols} matrix is needed for ${w.sheet.name}!${rectAddress(w.rect)}.`
          );
        m.forEach((row, i) =>
          row.forEach((v, j) => {
            if (prop === "numberFormat")
              this.q.model.setFormat(w.sheet, w.rect.r0 + i, w.rect.c0 + j, String(v));
            else this.q.model.writeCell(w.sheet, w.rect.r0 + i, w.rect.c0 + j, v, prop);
          })
        );
      },
      () =>
        traced?.column && prop === "formulas"
          ? {
              op: "table.column.formulas",
              table: traced.column.table.name,
              column: traced.column.name,
              fromRow: traced.rect.r0 - traced.column.table.body.r0,
              value: m,
            }
          : traced
            ? {
                op: "range.set",
                sheet: traced.sheet.name,
                address: rectAddress(traced.rect),
                prop,
                value: m,
              }
            : null
    );
  }
  set values(m: unknown[][]) {
    this.write("values", m);
  }
  set formulas(m: unknown[][]) {
    this.write("formulas", m);
  }
  set numberFormat(m: unknown[][]) {
    this.write("numberFormat", m);
  }

  private derived(member: string, f: (w: Where) => Rect): RangeProxy {
    return new RangeProxy(
      this.q,
      () => {
        const w = this.target();
        const rect = f(w);
        const inside = w.column && rect.c0 === w.rect.c0 && rect.cols === 1 ? w.column : undefined;
        return { sheet: w.sheet, rect, column: inside };
      },
      `${this.path}.${member}`
    );
  }
  getCell(r: number, c: number): RangeProxy {
    return this.derived(`getCell(${r},${c})`, (w) => ({
      r0: w.rect.r0 + r,
      c0: w.rect.c0 + c,
      rows: 1,
      cols: 1,
    }));
  }
  /** ExcelApi 1.2. */
  getResizedRange(dr: number, dc: number): RangeProxy {
    this.q.enqueue({
      member: "Range.getResizedRange",
      requires: "1.2",
      wire: { p: this.path, m: "getResizedRange", a: [dr, dc] },
      run: () => undefined,
    });
    return this.derived(`getResizedRange(${dr},${dc})`, (w) => ({
      ...w.rect,
      rows: w.rect.rows + dr,
      cols: w.rect.cols + dc,
    }));
  }
  getOffsetRange(dr: number, dc: number): RangeProxy {
    return this.derived(`getOffsetRange(${dr},${dc})`, (w) => ({
      ...w.rect,
      r0: w.rect.r0 + dr,
      c0: w.rect.c0 + dc,
    }));
  }

  get format() {
    const style = (k: string, requires = "1.1") => ({
      set: (v: unknown) =>
        this.setter(`RangeFormat.${k}`, requires, v, (w) => {
          if (k === "columnWidth") {
            for (let c = w.rect.c0; c < w.rect.c0 + w.rect.cols; c++)
              w.sheet.colWidths.set(c, Number(v));
            return;
          }
          for (let r = w.rect.r0; r < w.rect.r0 + w.rect.rows; r++)
            for (let c = w.rect.c0; c < w.rect.c0 + w.rect.cols; c++) {
              const cell = w.sheet.touch(r, c);
              cell.style = { ...cell.style, [k]: v };
            }
        }),
      enumerable: true,
    });
    const group = (prefix: string, keys: string[]) =>
      Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, style(`${prefix}${k}`)])));
    // RangeFormat.columnWidth is ExcelApi 1.2 (points); font and fill 1.1.
    return Object.defineProperties(
      {
        font: group("font.", ["bold", "italic", "size", "color"]),
        fill: group("fill.", ["color"]),
      },
      { columnWidth: style("columnWidth", "1.2") }
    );
  }

  get conditionalFormats() {
    const self = this;
    return {
      /** ExcelApi 1.6. Custom (formula) rules and colour scales are modelled. */
      add(type: string) {
        let rule: Rule | undefined;
        let sheet: Sheet | undefined;
        let address = "";
        self.q.enqueue({
          member: "ConditionalFormatCollection.add",
          requires: "1.6",
          wire: { p: self.path, m: "conditionalFormats.add", a: [type] },
          run: () => {
            if (type !== "Custom" && type !== "ColorScale")
              throw new ExcelError(
                "InvalidArgument",
                `The strict host models custom conditional formats and colour scales only, not ${type}.`
              );
            const w = self.target();
            sheet = w.sheet;
            address = rectAddress(w.rect);
            rule = self.q.model.addRule(w.sheet, w.rect);
            rule.kind = type === "ColorScale" ? "colorScale" : "custom";
          },
          // Traced after the batch: the rule's formula, fill, font and priority as they were set.
          trace: () =>
            rule?.kind === "colorScale"
              ? {
                  op: "conditionalFormats.add",
                  sheet: sheet?.name,
                  address,
                  type,
                  criteria: rule.colorScale,
                  priority: sheet ? sheet.rules.indexOf(rule) : undefined,
                }
              : {
                  op: "conditionalFormats.add",
                  sheet: sheet?.name,
                  address,
                  formula: rule?.formula,
                  fill: rule?.fill,
                  font: rule?.font,
                  stopIfTrue: rule?.stopIfTrue,
                  priority: rule && sheet ? sheet.rules.indexOf(rule) : undefined,
                },
        });
        return new ConditionalFormatProxy(
          self.q,
          () => {
            if (!rule)
              throw new ExcelError("ItemNotFound", "The conditional format was not added.");
            return { rule, sheet: sheet! };
          },
          `${self.path}.cf`
        );
      },
      /** ExcelApi 1.6: clears the rules on this range (a rule partly inside is removed whole: stricter). */
      clearAll() {
        let cleared = { sheet: "", address: "", removed: 0 };
        self.q.enqueue({
          member: "ConditionalFormatCollection.clearAll",
          requires: "1.6",
          wire: { p: self.path, m: "conditionalFormats.clearAll" },
          trace: () => ({ op: "conditionalFormats.clearAll", ...cleared }),
          run: () => {
            const w = self.target();
            const before = w.sheet.rules.length;
            w.sheet.rules = w.sheet.rules.filter(
              (r) =>
                !(
                  r.rect.r0 < w.rect.r0 + w.rect.rows &&
                  w.rect.r0 < r.rect.r0 + r.rect.rows &&
                  r.rect.c0 < w.rect.c0 + w.rect.cols &&
                  w.rect.c0 < r.rect.c0 + r.rect.cols
                )
            );
            cleared = {
              sheet: w.sheet.name,
              address: rectAddress(w.rect),
              removed: before - w.sheet.rules.length,
            };
          },
        });
      },
    };
  }

  /**
   * Range.dataValidation (ExcelApi 1.8, REF excel.range.yml / excel.datavalidation.yml): clear()
   * and rule; the rules themselves are the model's (setValidation). Range.clear does not remove
   * validation here: its documented applyTo are contents and formats only, so a writer that wants
   * a cell's validation gone clears it with DataValidation.clear.
   */
  get dataValidation() {
    const self = this;
    let at: Where | undefined;
    let traced: unknown;
    return {
      clear(): void {
        self.op(
          "DataValidation.clear",
          "1.8",
          [],
          (w) => self.q.model.clearValidation((at = w).sheet, w.rect),
          () =>
            at
              ? { op: "dataValidation.clear", sheet: at.sheet.name, address: rectAddress(at.rect) }
              : null
        );
      },
      set rule(rule: Record<string, unknown>) {
        const list = rule.list as { source?: unknown } | undefined;
        const source = list?.source instanceof RangeProxy ? list.source : undefined;
        self.op(
          "DataValidation.rule",
          "1.8",
          [source ? { ...rule, list: { ...list, source: "(range)" } } : rule],
          (w) => {
            at = w;
            const resolved = source
              ? { ...rule, list: { ...list, source: (source as RangeProxy).target() } }
              : rule;
            self.q.model.setValidation(w.sheet, w.rect, resolved);
            traced = w.sheet.validations.get(w.rect.r0 * 16_384 + w.rect.c0);
          },
          () =>
            at
              ? {
                  op: "dataValidation.rule",
                  sheet: at.sheet.name,
                  address: rectAddress(at.rect),
                  rule: traced,
                }
              : null
        );
      },
    };
  }

  /** Range.clear (ExcelApi 1.1). */
  clear(applyTo: string = "All"): void {
    let at: Where | undefined;
    this.op(
      "Range.clear",
      "1.1",
      [applyTo],
      (w) => this.q.model.clear((at = w).sheet, w.rect, applyTo),
      () =>
        at
          ? { op: "range.clear", sheet: at.sheet.name, address: rectAddress(at.rect), applyTo }
          : null
    );
  }
  /**
   * Range.delete (ExcelApi 1.1). Only its refusal is modelled: cells of a filtered table cannot be
   * deleted (model.ts, assertNotFiltered: InsertDeleteConflict); any other delete is refused as not
   * modelled, so no test counts on a shift the host does not make.
   */
  delete(shift: string): void {
    this.op("Range.delete", "1.1", [shift], (w) => {
      for (const t of this.q.model.tables)
        if (t.sheet === w.sheet && overlaps(t.rect, w.rect))
          this.q.model.assertNotFiltered(t, "Range.delete");
      throw new ExcelError("InvalidArgument", "Range.delete is not modelled by the strict host.");
    });
  }
  select(): void {
    this.op(
      "Range.select",
      "1.1",
      [],
      (w) => (this.q.view.selected = `${w.sheet.name}!${rectAddress(w.rect)}`)
    );
  }

  /**
   * Range.getDisplayedCellProperties (ExcelApi 1.19, TYPES): "Unlike getCellProperties, which only
   * shows properties that are set directly for the cell, this returns properties that are displayed
   * from indirect sources, such as conditional formatting". Fill and font colour are modelled.
   */
  getDisplayedCellProperties(
    _options: unknown
  ): ClientResult<
    Array<Array<{ format: { fill: { color: string | null }; font: { color: string | null } } }>>
  > {
    const result = new ClientResult<
      Array<Array<{ format: { fill: { color: string | null }; font: { color: string | null } } }>>
    >();
    this.q.enqueue({
      member: "Range.getDisplayedCellProperties",
      requires: "1.19",
      wire: { p: this.path, m: "getDisplayedCellProperties" },
      run: () => {
        const w = this.target();
        const props = Array.from({ length: w.rect.rows }, (_, i) =>
          Array.from({ length: w.rect.cols }, (_, j) => {
            const d = this.q.model.displayedFill(w.sheet, w.rect.r0 + i, w.rect.c0 + j);
            return { format: { fill: { color: d.fill }, font: { color: d.font } } };
          })
        );
        return { response: props, commit: () => result.set(props) };
      },
    });
    return result;
  }
}

class ConditionalFormatProxy extends ProxyBase<{ rule: Rule; sheet: Sheet }> {
  /** After a priority change this copy is stale (see the priority setter). */
  private stale = false;
  protected readProp(t: { rule: Rule }, prop: string): unknown {
    return prop === "stopIfTrue" ? t.rule.stopIfTrue : undefined;
  }
  /**
   * A colour scale has no custom rule, fill or font, and no stopIfTrue (REF
   * excel.conditionalformat.yml: custom "if the current conditional format is a custom type";
   * stopIfTrue "null on data bars, icon sets, and color scales as there's no concept of StopIfTrue
   * for these"): setting one on it is refused.
   */
  private assertKind(member: string, rule: Rule): void {
    if (rule.kind === "colorScale" && !member.startsWith("ColorScale"))
      throw new ExcelError("InvalidArgument", `${member} on a ColorScale conditional format.`);
  }
  private guard(member: string): void {
    // REF excel.conditionalformat.yml, priority: "if you change the priority, you have to re-fetch a
    // new copy of the object at that new priority location if you want to make further changes to it."
    if (this.stale)
      throw new ExcelError(
        "InvalidOperation",
        `${member} on a conditional format whose priority was changed: re-fetch it first.`
      );
  }
  private prop(member: string, apply: (r: Rule) => void) {
    this.guard(member);
    this.op(member, "1.6", [], (t) => {
      this.assertKind(member, t.rule);
      apply(t.rule);
    });
  }
  set priority(p: number) {
    this.guard("ConditionalFormat.priority");
    this.op("ConditionalFormat.priority", "1.6", [p], (t) =>
      this.q.model.setRulePriority(t.sheet, t.rule, p)
    );
    this.stale = true;
  }
  set stopIfTrue(b: boolean) {
    this.prop("ConditionalFormat.stopIfTrue", (r) => (r.stopIfTrue = b));
  }
  /**
   * ConditionalFormat.colorScale.criteria (ExcelApi 1.6, REF excel.colorscaleconditionalformat.yml:
   * "The criteria of the color scale. Midpoint is optional when using a two point color scale"):
   * minimum and maximum are needed; each criterion's type is a ConditionalFormatColorCriterionType
   * and its formula "A number, a formula, or null (if type is lowestValue)" (TYPES
   * ConditionalColorScaleCriterion). Only on a colour-scale format (ConditionalFormat.colorScale:
   * "Returns the color scale conditional format properties if the current conditional format is
   * a ColorScale type").
   */
  get colorScale() {
    const self = this;
    return {
      set criteria(c: {
        minimum?: { type: string; formula?: string | null; color?: string };
        midpoint?: { type: string; formula?: string | null; color?: string };
        maximum?: { type: string; formula?: string | null; color?: string };
      }) {
        self.prop("ColorScaleConditionalFormat.criteria", (r) => {
          if (r.kind !== "colorScale")
            throw new ExcelError(
              "InvalidArgument",
              "ConditionalFormat.colorScale is for a ColorScale conditional format."
            );
          if (!c.minimum || !c.maximum)
            throw new ExcelError(
              "InvalidArgument",
              "A colour scale needs a minimum and a maximum criterion."
            );
          const types = [
            "LowestValue",
            "HighestValue",
            "Number",
            "Percent",
            "Formula",
            "Percentile",
          ];
          for (const [k, p] of Object.entries(c)) {
            if (!p) continue;
            if (!types.includes(p.type))
              throw new ExcelError(
                "InvalidArgument",
                `colorScale.${k}: type '${p.type}' is not valid.`
              );
            const bound = p.type === "LowestValue" || p.type === "HighestValue";
            if (!bound && (p.formula === null || p.formula === undefined || p.formula === ""))
              throw new ExcelError(
                "InvalidArgument",
                `colorScale.${k}: a ${p.type} point needs its formula.`
              );
            if (
              ["Number", "Percent", "Percentile"].includes(p.type) &&
              Number.isNaN(Number(p.formula))
            )
              throw new ExcelError(
                "InvalidArgument",
                `colorScale.${k}: '${p.formula}' is not a number.`
              );
          }
          r.colorScale = JSON.parse(JSON.stringify(c)) as Rule["colorScale"];
        });
      },
    };
  }
  get custom() {
    const self = this;
    return {
      rule: {
        set formula(f: string) {
          self.guard("ConditionalFormatRule.formula");
          self.op("ConditionalFormatRule.formula", "1.6", [f], (t) => {
            self.assertKind("ConditionalFormatRule.formula", t.rule);
            self.q.model.validateFormula(
              f,
              `conditional format on ${t.sheet.name}!${rectAddress(t.rule.rect)}`
            );
            t.rule.formula = f;
          });
        },
      },
      format: {
        fill: {
          set color(c: string) {
            self.prop("ConditionalRangeFill.color", (r) => (r.fill = c));
          },
        },
        font: {
          set color(c: string) {
            self.prop("ConditionalRangeFont.color", (r) => (r.font = c));
          },
        },
      },
    };
  }
}

// ---------------------------------------------------------------- worksheets

export class WorksheetProxy extends ProxyBase<Sheet> {
  protected readProp(s: Sheet, prop: string): unknown {
    if (prop === "name") return s.name;
    if (prop === "tabColor") return s.tabColor;
    throw new ExcelError(
      "InvalidArgument",
      `Worksheet.load: '${prop}' is not supported by the strict host.`
    );
  }
  get name(): string {
    return this.read("name") as string;
  }
  /** Worksheet.tabColor: ExcelApi 1.7. */
  set tabColor(c: string) {
    this.setter("Worksheet.tabColor", "1.7", c, (s) => (s.tabColor = c));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.q,
      () => {
        const sheet = this.target();
        if (!address) return { sheet, rect: { r0: 0, c0: 0, rows: 1_048_576, cols: 16_384 } };
        const a = parseAddress(address);
        // Worksheet.getRange takes an address on this sheet; a sheet-qualified one is refused.
        if (a.sheet !== undefined)
          throw new ExcelError(
            "InvalidArgument",
            `Worksheet.getRange('${address}'): give the address without a sheet.`
          );
        return { sheet, rect: a.rect };
      },
      `${this.path}.getRange(${address ?? ""})`
    );
  }
  /** ExcelApi 1.4: the used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.q.enqueue({
      member: "Worksheet.getUsedRangeOrNullObject",
      requires: "1.4",
      wire: { p: this.path, m: "getUsedRangeOrNullObject", a: [valuesOnly] },
      run: () => undefined,
    });
    return new RangeProxy(
      this.q,
      () => {
        const sheet = this.target();
        let r0 = Infinity,
          c0 = Infinity,
          r1 = -1,
          c1 = -1;
        for (const [k, cell] of sheet.cells) {
          if (valuesOnly && cell.v === undefined && !cell.f) continue;
          const r = Math.floor(k / 16_384);
          const c = k % 16_384;
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        }
        if (r1 < 0) throw new ExcelError("ItemNotFound", "The sheet is empty.");
        return { sheet, rect: { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
      },
      `${this.path}.usedRange`
    ).markNullable();
  }
  get freezePanes() {
    // WorksheetFreezePanes: ExcelApi 1.7 (REF excel.worksheetfreezepanes.yml). Each call sets the
    // sheet's one frozen pane afresh (as in the UI), so freezeRows then freezeColumns keeps only the columns.
    const set = (member: string, arg: unknown, f: (s: Sheet) => { rows: number; cols: number }) =>
      this.op(
        `WorksheetFreezePanes.${member}`,
        "1.7",
        [arg],
        (s) => (s.frozen = f(s)),
        () => ({ op: `freezePanes.${member}`, sheet: this.safeName(), arg })
      );
    return {
      freezeRows: (n = 1) => set("freezeRows", n, () => ({ rows: n, cols: 0 })),
      freezeColumns: (n = 1) => set("freezeColumns", n, () => ({ rows: 0, cols: n })),
      freezeAt: (range: string | RangeProxy) =>
        set("freezeAt", typeof range === "string" ? range : "(range)", () => {
          if (typeof range !== "string")
            throw new ExcelError(
              "InvalidArgument",
              "The strict host takes freezeAt with an address."
            );
          const { rect } = parseAddress(range);
          return {
            rows: rect.rows >= 1_048_576 ? 0 : rect.r0 + rect.rows,
            cols: rect.cols >= 16_384 ? 0 : rect.c0 + rect.cols,
          };
        }),
      unfreeze: () => set("unfreeze", null, () => ({ rows: 0, cols: 0 })),
    };
  }
  /**
   * PageLayout (ExcelApi 1.9, REF excel.pagelayout.yml), the members the add-in sets. Strict where
   * the docs are: orientation is "Portrait" or "Landscape"; zoom "must be set as a JSON object",
   * its scale "between 10 and 400", null when fitting to pages (so not both); the print area is
   * an address on this sheet; the title rows are whole rows; a header's text is at most 255
   * characters (Excel specifications and limits: "Number of characters in a header or footer").
   */
  get pageLayout() {
    const self = this;
    const set = (member: string, arg: unknown, apply: (s: Sheet) => void) =>
      self.op(`PageLayout.${member}`, "1.9", [arg], apply, () => ({
        op: `pageLayout.${member}`,
        sheet: self.safeName(),
        arg,
      }));
    const header = (side: "centerHeader" | "rightHeader") => (text: string) =>
      set(`headersFooters.defaultForAllPages.${side}`, text, (s) => {
        if (text.length > 255)
          throw new ExcelError(
            "InvalidArgument",
            `HeaderFooter.${side}: ${text.length} characters (at most 255).`
          );
        s.print[side] = text;
      });
    const center = header("centerHeader");
    const right = header("rightHeader");
    const onSheet = (member: string, address: string) => {
      const a = parseAddress(address);
      if (a.sheet !== undefined)
        throw new ExcelError(
          "InvalidArgument",
          `PageLayout.${member}('${address}'): give the address without a sheet.`
        );
      return a.rect;
    };
    return {
      set orientation(o: string) {
        set("orientation", o, (s) => {
          if (o !== "Portrait" && o !== "Landscape")
            throw new ExcelError("InvalidArgument", `PageLayout.orientation: '${o}'.`);
          s.print.orientation = o;
        });
      },
      set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        set("zoom", z, (s) => {
          const fit = [z.horizontalFitToPages, z.verticalFitToPages].filter((v) => v != null);
          for (const v of fit)
            if (!Number.isInteger(v) || (v as number) < 1)
              throw new ExcelError("InvalidArgument", `PageLayout.zoom: fit to ${v} pages.`);
          if (z.scale != null && (z.scale < 10 || z.scale > 400 || fit.length > 0))
            throw new ExcelError("InvalidArgument", `PageLayout.zoom: scale ${z.scale}.`);
          s.print.zoom = { ...z };
        });
      },
      setPrintArea(address: string) {
        set("setPrintArea", address, (s) => {
          onSheet("setPrintArea", address);
          s.print.area = address;
        });
      },
      setPrintTitleRows(address: string) {
        set("setPrintTitleRows", address, (s) => {
          const rect = onSheet("setPrintTitleRows", address);
          if (rect.c0 !== 0 || rect.cols < 16_384)
            throw new ExcelError(
              "InvalidArgument",
              `PageLayout.setPrintTitleRows('${address}'): not whole rows.`
            );
          s.print.titleRows = address;
        });
      },
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(text: string) {
            center(text);
          },
          set rightHeader(text: string) {
            right(text);
          },
        },
      },
    };
  }
  private safeName(): string | undefined {
    try {
      return this.target().name;
    } catch {
      return undefined;
    }
  }
  get charts() {
    return new ChartCollectionProxy(this.q, () => this.target(), `${this.path}.charts`);
  }
  delete(): void {
    this.op(
      "Worksheet.delete",
      "1.1",
      [],
      (s) => this.q.model.deleteSheet(s),
      () => ({ op: "worksheet.delete", sheet: this.safeName() })
    );
  }
  activate(): void {
    this.op("Worksheet.activate", "1.1", [], (s) => (this.q.view.active = s.name));
  }
  /**
   * Worksheet.getRanges (ExcelApi 1.9, REF excel.worksheet.yml): "Gets the RangeAreas object,
   * representing one or more blocks of rectangular ranges, specified by the address" — comma
   * separated, on this sheet. Of RangeAreas only select() (ExcelApi 1.18) is modelled.
   */
  getRanges(address: string): RangeAreasProxy {
    this.op("Worksheet.getRanges", "1.9", [address], () => undefined);
    return new RangeAreasProxy(
      this.q,
      () => {
        const sheet = this.target();
        const rects = address.split(",").map((part) => {
          const a = parseAddress(part.trim());
          if (a.sheet !== undefined)
            throw new ExcelError(
              "InvalidArgument",
              `Worksheet.getRanges('${address}'): give the addresses without a sheet.`
            );
          return a.rect;
        });
        return { sheet, rects };
      },
      `${this.path}.getRanges(${address})`
    );
  }
}

/** RangeAreas: several rectangles on one sheet. */
export class RangeAreasProxy extends ProxyBase<{ sheet: Sheet; rects: Rect[] }> {
  protected readProp(): unknown {
    throw new ExcelError("InvalidArgument", "RangeAreas.load is not supported by the strict host.");
  }
  /**
   * RangeAreas.select: ExcelApi 1.18, not 1.9 as RangeAreas itself (TYPES RangeAreas.select:
   * "Selects the specified range areas in the Excel UI. [Api set: ExcelApi 1.18]"; PR
   * requirement-sets/excel/excel-api-1-18-requirement-set.md lists it). The selection is every
   * area, as Excel's address lists them.
   */
  select(): void {
    this.op(
      "RangeAreas.select",
      "1.18",
      [],
      (a) => (this.q.view.selected = `${a.sheet.name}!${a.rects.map(rectAddress).join(",")}`)
    );
  }
}

export class WorksheetCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(m: WorkbookModel, path: string): unknown {
    if (path !== "items/name" && path !== "items")
      throw new ExcelError(
        "InvalidArgument",
        `WorksheetCollection.load: '${path}' is not supported.`
      );
    return m.sheets.map((s) => s.name);
  }
  protected override commitPath(_: string, names: unknown): void {
    const list = (names as string[]).map((n) => {
      const p = new WorksheetProxy(this.q, () => this.q.model.requireSheet(n), `ws(${n})`);
      (p as unknown as { loaded: Loaded }).loaded.set("name", n);
      return p;
    });
    this.loaded.set("items", list);
  }
  get items(): WorksheetProxy[] {
    return this.read("items") as WorksheetProxy[];
  }
  add(name: string): WorksheetProxy {
    let created: Sheet | undefined;
    this.op(
      "WorksheetCollection.add",
      "1.1",
      [name],
      (m) => (created = m.addSheet(name)),
      () => ({ op: "worksheets.add", sheet: name })
    );
    return new WorksheetProxy(
      this.q,
      () => {
        if (!created)
          throw new ExcelError("ItemNotFound", `The worksheet '${name}' was not added.`);
        return created;
      },
      `ws(${name})`
    );
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.q, () => this.q.model.requireSheet(name), `ws(${name})`);
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): WorksheetProxy {
    this.q.enqueue({
      member: "WorksheetCollection.getItemOrNullObject",
      requires: "1.4",
      wire: { m: "worksheets.getItemOrNullObject", a: [name] },
      run: () => undefined,
    });
    return new WorksheetProxy(
      this.q,
      () => this.q.model.requireSheet(name),
      `ws(${name})`
    ).markNullable();
  }
}

// ---------------------------------------------------------------- tables

export class TableProxy extends ProxyBase<Table> {
  protected readProp(t: Table, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    if (prop === "worksheet/name") return t.sheet.name;
    throw new ExcelError(
      "InvalidArgument",
      `Table.load: '${prop}' is not supported by the strict host.`
    );
  }
  protected override commitPath(path: string, v: unknown): void {
    if (path === "worksheet/name") this.worksheetName = v as string;
    else this.loaded.set(path, v);
  }
  private worksheetName: string | undefined;
  get name(): string {
    return this.read("name") as string;
  }
  set name(n: string) {
    let from = "";
    this.setter(
      "Table.name",
      "1.1",
      n,
      (t) => {
        from = t.name;
        this.q.model.renameTable(t, n);
      },
      () => ({ op: "table.rename", from, to: n })
    );
  }
  set style(s: string) {
    this.setter("Table.style", "1.1", s, (t) => (t.style = s));
  }
  /** Table.worksheet: ExcelApi 1.2. */
  get worksheet(): { name: string } {
    if (this.worksheetName === undefined)
      throw new ExcelError(
        "PropertyNotLoaded",
        "The property 'worksheet/name' is not available: load it first."
      );
    return { name: this.worksheetName };
  }
  private range(member: string, f: (t: Table) => Rect): RangeProxy {
    return new RangeProxy(
      this.q,
      () => {
        const t = this.target();
        return { sheet: t.sheet, rect: f(t) };
      },
      `${this.path}.${member}`
    );
  }
  getRange(): RangeProxy {
    return this.range("getRange()", (t) => t.rect);
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange()", (t) => t.body);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange()", (t) => ({ ...t.rect, rows: 1 }));
  }
  get columns() {
    const self = this;
    const column = (name: string) => ({
      /** TableColumn.delete (ExcelApi 1.1, REF excel.tablecolumn.yml): "Deletes the column from the table." */
      delete: () =>
        self.op(
          "TableColumn.delete",
          "1.1",
          [name],
          (t) => self.q.model.deleteTableColumn(t, name),
          () => ({ op: "table.column.delete", name: safe(() => self.target().name), column: name })
        ),
      getDataBodyRange: () =>
        new RangeProxy(
          self.q,
          () => {
            const t = self.target();
            const j = t.columnIndex(name);
            if (j < 0)
              throw new ExcelError("ItemNotFound", `Table '${t.name}' has no column '${name}'.`);
            return {
              sheet: t.sheet,
              rect: { ...t.body, c0: t.rect.c0 + j, cols: 1 },
              column: { table: t, name: t.columns[j] },
            };
          },
          `${self.path}.columns(${name}).body`
        ),
      filter: {
        /**
         * Filter.applyValuesFilter (ExcelApi 1.2, REF excel.filter.yml): "Apply a 'Values' filter to
         * the column for the given values … This must be an array of strings": the rows whose value
         * is not among them are hidden. A value that is not a string is refused (InvalidArgument).
         */
        applyValuesFilter(values: unknown[]) {
          self.op(
            "Filter.applyValuesFilter",
            "1.2",
            [name, values],
            (t) => {
              if (!values.every((v) => typeof v === "string"))
                throw new ExcelError("InvalidArgument", "applyValuesFilter takes strings.");
              const j = t.columnIndex(name);
              if (j < 0)
                throw new ExcelError("ItemNotFound", `Table '${t.name}' has no column '${name}'.`);
              self.q.model.filterTableColumn(t, j, values as string[]);
            },
            () => ({
              op: "table.column.filter",
              name: safe(() => self.target().name),
              column: name,
            })
          );
        },
      },
    });
    return {
      getItem: column,
      /** TableColumnCollection.add (ExcelApi 1.1; with a name 1.4): model.ts, addTableColumn. */
      add: (index?: number | null, values?: unknown[][], name?: string) =>
        self.op(
          "TableColumnCollection.add",
          name === undefined ? "1.1" : "1.4",
          [index, values, name],
          (t) => self.q.model.addTableColumn(t, index, name, values),
          () => ({
            op: "table.columns.add",
            name: safe(() => self.target().name),
            index,
            column: name,
          })
        ),
    };
  }
  /** Table.autoFilter (ExcelApi 1.9, REF excel.table.yml): the table's AutoFilter object. */
  get autoFilter(): AutoFilterProxy {
    return new AutoFilterProxy(this.q, this.target, `${this.path}.autoFilter`);
  }
  get rows() {
    const self = this;
    return {
      /** ExcelApi 1.1 for one row, 1.4 for several (REF excel.tablerowcollection.yml). */
      add(index: number | null | undefined, values: unknown[][]) {
        if (index !== null && index !== undefined && index !== -1)
          throw new ExcelError(
            "InvalidArgument",
            "The strict host adds table rows at the end only."
          );
        self.op(
          "TableRowCollection.add",
          values.length > 1 ? "1.4" : "1.1",
          [index, values],
          (t) => self.q.model.addTableRows(t, values),
          () => ({
            op: "table.rows.add",
            name: safe(() => self.target().name),
            count: values.length,
          })
        );
      },
      /** TableRowCollection.deleteRows (ExcelApiOnline 1.1, TYPES): by index (row objects are not modelled). */
      deleteRows(rows: number[]) {
        self.op(
          "TableRowCollection.deleteRows",
          "ExcelApiOnline 1.1",
          [rows],
          (t) => self.q.model.deleteTableRows(t, rows, "TableRowCollection.deleteRows"),
          () => ({ op: "table.rows.deleteRows", name: safe(() => self.target().name), rows })
        );
      },
      /** TableRowCollection.deleteRowsAt (ExcelApiOnline 1.1, TYPES): `count` rows from `index`. */
      deleteRowsAt(index: number, count = 1) {
        self.op(
          "TableRowCollection.deleteRowsAt",
          "ExcelApiOnline 1.1",
          [index, count],
          (t) =>
            self.q.model.deleteTableRows(
              t,
              Array.from({ length: count }, (_, k) => index + k),
              "TableRowCollection.deleteRowsAt"
            ),
          () => ({
            op: "table.rows.deleteRowsAt",
            name: safe(() => self.target().name),
            index,
            count,
          })
        );
      },
      getItemAt(i: number) {
        return {
          /** TableRow.delete: ExcelApi 1.1. */
          delete: () =>
            self.op(
              "TableRow.delete",
              "1.1",
              [i],
              (t) => self.q.model.deleteTableRow(t, i),
              () => ({ op: "table.row.delete", name: safe(() => self.target().name), index: i })
            ),
        };
      },
    };
  }
  delete(): void {
    let name = "";
    this.op(
      "Table.delete",
      "1.1",
      [],
      (t) => {
        name = t.name;
        this.q.model.deleteTable(t);
      },
      () => ({ op: "table.delete", name })
    );
  }
  /** Table.clearFilters (ExcelApi 1.2, REF excel.table.yml): "Clears all the filters currently applied on the table." */
  clearFilters(): void {
    let name = "";
    this.op(
      "Table.clearFilters",
      "1.2",
      [],
      (t) => {
        name = t.name;
        this.q.model.clearTableFilters(t);
      },
      () => ({ op: "table.clearFilters", name })
    );
  }
  /** Table.sort (TableSort, ExcelApi 1.2, REF excel.tablesort.yml): apply(fields) only. */
  get sort() {
    return {
      apply: (fields: Array<{ key: number; ascending?: boolean }>, matchCase?: boolean) => {
        if (matchCase)
          throw new ExcelError("InvalidArgument", "The strict host sorts without matchCase only.");
        this.op(
          "TableSort.apply",
          "1.2",
          [fields],
          (t) => this.q.model.sortTable(t, fields),
          () => ({ op: "table.sort.apply", name: safe(() => this.target().name), fields })
        );
      },
    };
  }
  /** ExcelApi 1.2. */
  convertToRange(): void {
    let name = "";
    this.op(
      "Table.convertToRange",
      "1.2",
      [],
      (t) => {
        name = t.name;
        this.q.model.convertToRange(t);
      },
      () => ({ op: "table.convertToRange", name })
    );
  }
  /** ExcelApi 1.13. */
  resize(address: string): void {
    let name = "";
    this.op(
      "Table.resize",
      "1.13",
      [address],
      (t) => {
        name = t.name;
        const a = parseAddress(address);
        if (a.sheet !== undefined && a.sheet.toLowerCase() !== t.sheet.name.toLowerCase())
          throw new ExcelError(
            "InvalidArgument",
            "Table.resize: the range must be on the table's sheet."
          );
        this.q.model.resizeTable(t, a.rect);
      },
      () => ({ op: "table.resize", name, address })
    );
  }
}

const safe = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

/**
 * A table's AutoFilter (ExcelApi 1.9, REF excel.autofilter.yml): isDataFiltered, "Specifies if the
 * AutoFilter has filter criteria", true while any column of the table is filtered (a header filter
 * or a slicer's selection: both filter the table's columns).
 */
export class AutoFilterProxy extends ProxyBase<Table> {
  protected readProp(t: Table, prop: string): unknown {
    if (prop === "isDataFiltered") return t.filtered;
    throw new ExcelError(
      "InvalidArgument",
      `AutoFilter.load: '${prop}' is not supported by the strict host.`
    );
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    // AutoFilter's properties need ExcelApi 1.9 (excel.autofilter).
    this.requireForLoad("AutoFilter.load", "1.9");
    return super.load(props);
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered") as boolean;
  }
}

export class TableCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(m: WorkbookModel, path: string): unknown {
    const props = path.split(",");
    return m.tables.map((t) => ({
      id: t.id,
      name: t.name,
      sheet: t.sheet.name,
      style: t.style,
      props,
    }));
  }
  protected override commitPath(path: string, v: unknown): void {
    const list = (v as Array<{ id: number; name: string; sheet: string; style: string }>).map(
      (x) => {
        const p = new TableProxy(
          this.q,
          () => {
            const t = this.q.model.tables.find((t) => t.id === x.id);
            if (!t) throw new ExcelError("ItemNotFound", `The table '${x.name}' no longer exists.`);
            return t;
          },
          `table#${x.id}`
        );
        const inner = p as unknown as { loaded: Loaded; worksheetName: string };
        inner.loaded.set("name", x.name);
        inner.loaded.set("style", x.style);
        inner.worksheetName = x.sheet;
        return p;
      }
    );
    this.loaded.set("items", list);
    void path;
  }
  override load(props?: string | string[]): this {
    // "items/name,items/worksheet/name" loads the list once.
    return super.load(typeof props === "string" && props.startsWith("items") ? "items" : props);
  }
  get items(): TableProxy[] {
    return this.read("items") as TableProxy[];
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: Table | undefined;
    let sheetName = "";
    let nameGiven = "";
    this.op(
      "TableCollection.add",
      "1.1",
      [address, hasHeaders],
      (m) => {
        const a = parseAddress(address);
        if (a.sheet === undefined)
          throw new ExcelError("InvalidArgument", `tables.add('${address}'): give the sheet.`);
        sheetName = m.requireSheet(a.sheet).name;
        created = m.addTable(m.requireSheet(a.sheet), a.rect, hasHeaders);
        nameGiven = created.name;
      },
      // The name Excel gave it ("Table1"): a rename that follows is traced as its own operation.
      () => ({
        op: "tables.add",
        sheet: sheetName,
        address: address.replace(/^.*!/, ""),
        name: nameGiven,
      })
    );
    return new TableProxy(
      this.q,
      () => {
        if (!created) throw new ExcelError("ItemNotFound", "The table was not added.");
        return created;
      },
      `tables.add(${address})`
    );
  }
  private byName(name: string): Table {
    const t = this.q.model.table(name);
    if (!t) throw new ExcelError("ItemNotFound", `The table '${name}' does not exist.`);
    return t;
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.q, () => this.byName(name), `table(${name})`);
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): TableProxy {
    this.q.enqueue({
      member: "TableCollection.getItemOrNullObject",
      requires: "1.4",
      wire: { m: "tables.getItemOrNullObject", a: [name] },
      run: () => undefined,
    });
    return new TableProxy(this.q, () => this.byName(name), `table(${name})`).markNullable();
  }
}

// ---------------------------------------------------------------- names

export class NamedItemProxy extends ProxyBase<NameModel> {
  protected readProp(n: NameModel, prop: string): unknown {
    if (prop === "name") return n.name;
    if (prop === "formula") return n.formula;
    if (prop === "comment") return n.comment;
    throw new ExcelError(
      "InvalidArgument",
      `NamedItem.load: '${prop}' is not supported by the strict host.`
    );
  }
  get name(): string {
    return this.read("name") as string;
  }
  get formula(): string {
    return this.read("formula") as string;
  }
  /** NamedItem.formula: settable from ExcelApi 1.7. */
  set formula(f: string) {
    let name = "";
    this.setter(
      "NamedItem.formula",
      "1.7",
      f,
      (n) => {
        name = n.name;
        this.q.model.setNameFormula(n, f);
      },
      () => ({ op: "name.set", name, formula: f })
    );
  }
  get comment(): string {
    return this.read("comment") as string;
  }
  /**
   * NamedItem.comment: settable, ExcelApi 1.4 (office-js-docs-reference, Excel.NamedItem.comment;
   * the requirement set ExcelApi 1.4 lists it). At most 255 characters: Excel's Name.Comment
   * reference ("The comment text cannot exceed 255 characters").
   */
  set comment(c: string) {
    let name = "";
    let before = "";
    this.setter(
      "NamedItem.comment",
      "1.4",
      c,
      (n) => {
        name = n.name;
        before = n.comment;
        this.q.model.setNameComment(n, c);
      },
      () => ({ op: "name.comment", name, comment: c, before })
    );
  }
  /** ExcelApi 1.4. */
  delete(): void {
    let name = "";
    let formula = "";
    this.op(
      "NamedItem.delete",
      "1.4",
      [],
      (n) => {
        name = n.name;
        formula = n.formula;
        this.q.model.deleteName(n);
      },
      () => ({ op: "name.delete", name, formula })
    );
  }
}

export class NamedItemCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(m: WorkbookModel): unknown {
    return m.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }));
  }
  protected override commitPath(_: string, v: unknown): void {
    this.loaded.set(
      "items",
      (v as NameModel[]).map((x) => {
        const p = new NamedItemProxy(this.q, () => this.find(x.name), `name(${x.name})`);
        const inner = p as unknown as { loaded: Loaded };
        inner.loaded.set("name", x.name);
        inner.loaded.set("formula", x.formula);
        inner.loaded.set("comment", x.comment);
        return p;
      })
    );
  }
  override load(): this {
    return super.load("items");
  }
  get items(): NamedItemProxy[] {
    return this.read("items") as NamedItemProxy[];
  }
  private find(name: string): NameModel {
    const n = this.q.model.name(name);
    if (!n) throw new ExcelError("ItemNotFound", `The name '${name}' does not exist.`);
    return n;
  }
  /** ExcelApi 1.4. */
  add(name: string, reference: string, comment = ""): NamedItemProxy {
    let created: NameModel | undefined;
    this.op(
      "NamedItemCollection.add",
      "1.4",
      [name, reference, comment],
      (m) => (created = m.addName(name, reference, comment)),
      () => ({ op: "names.add", name, formula: reference })
    );
    return new NamedItemProxy(this.q, () => created ?? this.find(name), `name(${name})`);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.q, () => this.find(name), `name(${name})`);
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): NamedItemProxy {
    this.q.enqueue({
      member: "NamedItemCollection.getItemOrNullObject",
      requires: "1.4",
      wire: { m: "names.getItemOrNullObject", a: [name] },
      run: () => undefined,
    });
    return new NamedItemProxy(this.q, () => this.find(name), `name(${name})`).markNullable();
  }
}

// ---------------------------------------------------------------- charts

class ChartCollectionProxy extends ProxyBase<Sheet> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(s: Sheet): unknown {
    return s.charts.map((c) => c.name);
  }
  protected override commitPath(_: string, names: unknown): void {
    this.loaded.set(
      "items",
      (names as string[])
        .map((n) => this.getItem(n))
        .map(
          (p, i) => (
            (p as unknown as { loaded: Loaded }).loaded.set("name", (names as string[])[i]),
            p
          )
        )
    );
  }
  override load(): this {
    return super.load("items");
  }
  get items(): ChartProxy[] {
    return this.read("items") as ChartProxy[];
  }
  /** ChartCollection.add: ExcelApi 1.1; one series per column of the source. */
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: ChartModel | undefined;
    this.op(
      "ChartCollection.add",
      "1.1",
      [type, "(range)", seriesBy],
      (s) => {
        const src = (source as unknown as { target: () => { sheet: Sheet; rect: Rect } }).target();
        created = {
          name: `Chart ${s.charts.length + 1}`,
          type,
          source: rectAddress(src.rect),
          title: "",
          legend: "",
          series: Array.from({ length: src.rect.cols }, (_, j) => ({
            name: "",
            values: rectAddress({ ...src.rect, c0: src.rect.c0 + j, cols: 1 }),
          })),
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        s.charts.push(created);
      },
      () => ({ op: "charts.add", type })
    );
    return new ChartProxy(
      this.q,
      () => {
        if (!created) throw new ExcelError("ItemNotFound", "The chart was not added.");
        return { sheet: this.target(), chart: created };
      },
      `${this.path}.add`
    );
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.q,
      () => {
        const s = this.target();
        const chart = s.charts.find((c) => c.name === name);
        if (!chart) throw new ExcelError("ItemNotFound", `The chart '${name}' does not exist.`);
        return { sheet: s, chart };
      },
      `${this.path}(${name})`
    );
  }
}

export class ChartProxy extends ProxyBase<{ sheet: Sheet; chart: ChartModel }> {
  protected readProp(t: { chart: ChartModel }, prop: string): unknown {
    return (t.chart as unknown as Record<string, unknown>)[prop];
  }
  get name(): string {
    return this.read("name") as string;
  }
  private chartProp(
    member: string,
    requires: string,
    v: unknown,
    apply: (c: ChartModel) => void
  ): void {
    this.setter(member, requires, v, (t) => apply(t.chart));
  }
  set name(n: string) {
    this.chartProp("Chart.name", "1.1", n, (c) => (c.name = n));
  }
  // Chart.top/left/width/height: ExcelApi 1.1, in points (REF excel.chart.yml: "the distance, in points").
  set top(v: number) {
    this.chartProp("Chart.top", "1.1", v, (c) => (c.top = v));
  }
  set left(v: number) {
    this.chartProp("Chart.left", "1.1", v, (c) => (c.left = v));
  }
  set width(v: number) {
    this.chartProp("Chart.width", "1.1", v, (c) => (c.width = v));
  }
  set height(v: number) {
    this.chartProp("Chart.height", "1.1", v, (c) => (c.height = v));
  }
  get title() {
    const self = this;
    return {
      set text(t: string) {
        self.chartProp("ChartTitle.text", "1.1", t, (c) => (c.title = t));
      },
    };
  }
  get legend() {
    const self = this;
    return {
      set position(p: string) {
        self.chartProp("ChartLegend.position", "1.1", p, (c) => (c.legend = p));
      },
    };
  }
  /** Chart.setPosition (ExcelApi 1.1): top-left at startCell; with endCell, sized to cover it. */
  setPosition(startCell: string, endCell?: string): void {
    this.op("Chart.setPosition", "1.1", [startCell, endCell], (t) => {
      const a = parseAddress(startCell).rect;
      const p = t.sheet.pointsAt(a.r0, a.c0);
      t.chart.top = p.top;
      t.chart.left = p.left;
      if (endCell) {
        const b = parseAddress(endCell).rect;
        const q = t.sheet.pointsAt(b.r0 + b.rows, b.c0 + b.cols);
        t.chart.width = q.left - p.left;
        t.chart.height = q.top - p.top;
      }
    });
  }
  delete(): void {
    this.op(
      "Chart.delete",
      "1.1",
      [],
      (t) => t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1),
      () => ({ op: "chart.delete" })
    );
  }
  get series() {
    const self = this;
    const item = (get: (c: ChartModel) => ChartModel["series"][number]) => {
      const set = (
        member: string,
        requires: string,
        v: unknown,
        apply: (s: ChartModel["series"][number], sheet: Sheet) => void
      ) => self.setter(member, requires, v, (t) => apply(get(t.chart), t.sheet));
      const addr = (r: RangeProxy) =>
        rectAddress((r as unknown as { target: () => { rect: Rect } }).target().rect);
      return {
        set name(n: string) {
          set("ChartSeries.name", "1.1", n, (s) => (s.name = n));
        },
        /** ChartSeries.overlap: ExcelApi 1.8. */
        set overlap(o: number) {
          set("ChartSeries.overlap", "1.8", o, (s) => (s.overlap = o));
        },
        /** ExcelApi 1.7. */
        setValues(r: RangeProxy) {
          set("ChartSeries.setValues", "1.7", "(range)", (s) => (s.values = addr(r)));
        },
        /** ExcelApi 1.7. */
        setXAxisValues(r: RangeProxy) {
          set("ChartSeries.setXAxisValues", "1.7", "(range)", (s) => (s.categories = addr(r)));
        },
        // ChartSeries.format: fill (a bar's colour) and line (a line's colour, ChartLineFormat.color);
        // in a line chart the fill does not colour the line (learn.microsoft.com, Excel.ChartSeriesFormat:
        // "line: Represents line formatting"; VBA ChartFormat.Line: "For a line, the LineFormat object
        // represents the line itself").
        format: {
          fill: {
            setSolidColor: (c: string) =>
              set("ChartFill.setSolidColor", "1.1", c, (s) => (s.color = c)),
          },
          line: {
            set color(c: string) {
              set("ChartLineFormat.color", "1.1", c, (s) => (s.lineColor = c));
            },
          },
        },
      };
    };
    return {
      getItemAt: (i: number) =>
        item((c) => {
          if (!c.series[i]) throw new ExcelError("ItemNotFound", `The chart has no series ${i}.`);
          return c.series[i];
        }),
      /** ChartSeriesCollection.add: ExcelApi 1.7. */
      add: (name: string) => {
        let created: ChartModel["series"][number] | undefined;
        self.op("ChartSeriesCollection.add", "1.7", [name], (t) =>
          t.chart.series.push((created = { name }))
        );
        return item(() => created!);
      },
    };
  }
}

// ---------------------------------------------------------------- pivots

export class PivotTableCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(m: WorkbookModel): unknown {
    return m.pivots.map((p) => p.name);
  }
  protected override commitPath(_: string, names: unknown): void {
    this.loaded.set(
      "items",
      (names as string[]).map((n) => ({ name: n }))
    );
  }
  override load(): this {
    return super.load("items");
  }
  get items(): Array<{ name: string }> {
    return this.read("items") as Array<{ name: string }>;
  }
  /** PivotTableCollection.add: ExcelApi 1.8; the source is a table (by object or name). */
  add(name: string, source: TableProxy | string, destination: RangeProxy) {
    let created: PivotModel | undefined;
    this.op(
      "PivotTableCollection.add",
      "1.8",
      [name, typeof source === "string" ? source : "(table)"],
      (m) => {
        const table =
          typeof source === "string"
            ? m.table(source)
            : (source as unknown as { target: () => Table }).target();
        if (!table)
          throw new ExcelError(
            "InvalidArgument",
            `PivotTable source '${String(source)}' is not a table.`
          );
        const dest = (
          destination as unknown as { target: () => { sheet: Sheet; rect: Rect } }
        ).target();
        if (m.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase()))
          throw new ExcelError("ItemAlreadyExists", `A PivotTable named '${name}' exists.`);
        created = {
          name,
          sheet: dest.sheet,
          anchor: dest.rect,
          source: table,
          fields: { rows: [], columns: [], data: [], filters: [] },
        };
        m.pivots.push(created);
      }
    );
    const hierarchy = (field: string) => ({ field });
    const adder = (kind: keyof PivotModel["fields"]) => ({
      add: (h: { field: string }) =>
        this.op(`PivotTable.${kind}Hierarchies.add`, "1.8", [h.field], () => {
          if (!created!.source || created!.source.columnIndex(h.field) < 0)
            throw new ExcelError("InvalidArgument", `The pivot source has no field '${h.field}'.`);
          created!.fields[kind].push(h.field);
        }),
    });
    return {
      hierarchies: { getItem: hierarchy },
      rowHierarchies: adder("rows"),
      columnHierarchies: adder("columns"),
      dataHierarchies: adder("data"),
      filterHierarchies: adder("filters"),
    };
  }
  getItem(name: string) {
    return {
      /** PivotTable.delete: ExcelApi 1.8. */
      delete: () =>
        this.op("PivotTable.delete", "1.8", [name], (m) => {
          const i = m.pivots.findIndex((p) => p.name === name);
          if (i < 0) throw new ExcelError("ItemNotFound", `No PivotTable '${name}'.`);
          m.pivots.splice(i, 1);
        }),
    };
  }
}

// ---------------------------------------------------------------- slicers

/**
 * Workbook.slicers (SlicerCollection, ExcelApi 1.10, REF excel.slicercollection.yml): load
 * items/name, add, getItem (by name or ID; a missing one fails the sync, ItemNotFound).
 */
export class SlicerCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(m: WorkbookModel): unknown {
    return m.slicers.map((x) => ({
      id: String(x.id),
      name: x.name,
      isFilterCleared: m.slicerFilterCleared(x),
    }));
  }
  protected override commitPath(_: string, list: unknown): void {
    this.loaded.set(
      "items",
      (list as Array<Record<string, unknown>>).map((x) => {
        const p = this.getItem(x.id as string);
        const loaded = (p as unknown as { loaded: Loaded }).loaded;
        for (const [k, v] of Object.entries(x)) loaded.set(k, v);
        return p;
      })
    );
  }
  override load(): this {
    // Workbook.slicers needs ExcelApi 1.10 (excel.slicercollection).
    this.requireForLoad("SlicerCollection.load", "1.10");
    return super.load("items");
  }
  get items(): SlicerProxy[] {
    return this.read("items") as SlicerProxy[];
  }
  /**
   * add(slicerSource, sourceField, slicerDestination): a Table or its name/ID as the source (a
   * PivotTable is not modelled), the column by name or TableColumn, the worksheet by object or name.
   */
  add(
    source: TableProxy | string,
    field: string,
    destination: WorksheetProxy | string
  ): SlicerProxy {
    let created: SlicerModel | undefined;
    this.op(
      "SlicerCollection.add",
      "1.10",
      [
        typeof source === "string" ? source : "(table)",
        field,
        typeof destination === "string" ? destination : "(worksheet)",
      ],
      (m) => {
        const table =
          typeof source === "string"
            ? (m.table(source) ?? m.tables.find((t) => String(t.id) === source))
            : (source as unknown as { target: () => Table }).target();
        const sheet =
          typeof destination === "string"
            ? m.requireSheet(destination)
            : (destination as unknown as { target: () => Sheet }).target();
        created = m.addSlicer(table, field, sheet, String(source));
      },
      () =>
        created
          ? {
              op: "slicers.add",
              table: created.table.name,
              field,
              sheet: created.sheet.name,
              name: created.name,
            }
          : null
    );
    return new SlicerProxy(
      this.q,
      () => {
        if (!created) throw new ExcelError("ItemNotFound", "The slicer was not added.");
        return created;
      },
      `slicers.add(${field})`
    );
  }
  getItem(key: string): SlicerProxy {
    return new SlicerProxy(
      this.q,
      () => {
        const s = this.q.model.slicer(key);
        if (!s) throw new ExcelError("ItemNotFound", `The slicer '${key}' does not exist.`);
        return s;
      },
      `slicer(${key})`
    );
  }
}

/**
 * A Slicer (ExcelApi 1.10, REF excel.slicer.yml): name, caption and position. height and width
 * throw "InvalidArgument … when set with a negative value or zero", left and top "when set with a
 * negative value".
 */
export class SlicerProxy extends ProxyBase<SlicerModel> {
  protected readProp(s: SlicerModel, prop: string): unknown {
    if (prop === "name") return s.name;
    if (prop === "caption") return s.caption;
    // Slicer.id ("the unique ID of the slicer", a string) and isFilterCleared: ExcelApi 1.10.
    if (prop === "id") return String(s.id);
    if (prop === "isFilterCleared") return this.q.model.slicerFilterCleared(s);
    throw new ExcelError(
      "InvalidArgument",
      `Slicer.load: '${prop}' is not supported by the strict host.`
    );
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    // Slicer's properties need ExcelApi 1.10 (excel.slicer).
    this.requireForLoad("Slicer.load", "1.10");
    return super.load(props);
  }
  get name(): string {
    return this.read("name") as string;
  }
  get id(): string {
    return this.read("id") as string;
  }
  get isFilterCleared(): boolean {
    return this.read("isFilterCleared") as boolean;
  }
  /** Slicer.worksheet (ExcelApi 1.10): "Represents the worksheet containing the slicer." */
  get worksheet(): WorksheetProxy {
    this.requireForLoad("Slicer.worksheet", "1.10");
    return new WorksheetProxy(this.q, () => this.target().sheet, `${this.path}.worksheet`);
  }
  /**
   * Slicer.slicerItems (SlicerItemCollection, ExcelApi 1.10): one item per distinct value of its
   * column; SlicerItem.key "the unique value representing the slicer item", name "the title
   * displayed in the Excel UI" (REF excel.sliceritem.yml): both the value as text here.
   */
  get slicerItems(): SlicerItemCollectionProxy {
    this.requireForLoad("Slicer.slicerItems", "1.10");
    return new SlicerItemCollectionProxy(this.q, () => this.target(), `${this.path}.slicerItems`);
  }
  /** Slicer.selectItems (ExcelApi 1.10): filters the slicer's table column (model.ts, selectSlicerItems). */
  selectItems(items?: string[]): void {
    this.op(
      "Slicer.selectItems",
      "1.10",
      [items ?? []],
      (s) => this.q.model.selectSlicerItems(s, items),
      () => ({ op: "slicer.selectItems", slicer: safe(() => this.target().name), items })
    );
  }
  /** Slicer.clearFilters (ExcelApi 1.10): "Clears all the filters currently applied on the slicer." */
  clearFilters(): void {
    this.op("Slicer.clearFilters", "1.10", [], (s) => this.q.model.selectSlicerItems(s, []));
  }
  private set1(member: string, v: unknown, apply: (s: SlicerModel) => void): void {
    let name = "";
    this.setter(
      `Slicer.${member}`,
      "1.10",
      v,
      (s) => {
        name = s.name;
        apply(s);
      },
      () => ({ op: `slicer.${member}`, slicer: name, value: v })
    );
  }
  set name(n: string) {
    this.set1("name", n, (s) => this.q.model.renameSlicer(s, n));
  }
  set caption(c: string) {
    this.set1("caption", c, (s) => (s.caption = c));
  }
  private size(member: "left" | "top" | "width" | "height", v: number): void {
    this.set1(member, v, (s) => {
      const zeroOk = member === "left" || member === "top";
      if (!Number.isFinite(v) || v < 0 || (!zeroOk && v === 0))
        throw new ExcelError("InvalidArgument", `Slicer.${member} cannot be ${v}.`);
      s[member] = v;
    });
  }
  set left(v: number) {
    this.size("left", v);
  }
  set top(v: number) {
    this.size("top", v);
  }
  set width(v: number) {
    this.size("width", v);
  }
  set height(v: number) {
    this.size("height", v);
  }
  delete(): void {
    let name = "";
    this.op(
      "Slicer.delete",
      "1.10",
      [],
      (s) => {
        name = s.name;
        this.q.model.deleteSlicer(s);
      },
      () => ({ op: "slicer.delete", name })
    );
  }
}

/** A slicer's items (ExcelApi 1.10): load "items/name" or "items/key". */
class SlicerItemCollectionProxy extends ProxyBase<SlicerModel> {
  protected readProp(): unknown {
    return undefined;
  }
  protected override readPath(s: SlicerModel, path: string): unknown {
    if (path !== "items/name" && path !== "items/key" && path !== "items")
      throw new ExcelError(
        "InvalidArgument",
        `SlicerItemCollection.load: '${path}' is not supported by the strict host.`
      );
    return this.q.model.columnItems(s.table, s.column);
  }
  protected override commitPath(_: string, keys: unknown): void {
    this.loaded.set(
      "items",
      (keys as string[]).map((key) => ({ key, name: key === "" ? "(blank)" : key }))
    );
  }
  get items(): Array<{ key: string; name: string }> {
    return this.read("items") as Array<{ key: string; name: string }>;
  }
}

// ---------------------------------------------------------------- settings

/** Workbook.settings (SettingCollection): ExcelApi 1.4; part of the batch like any other write. */
export class SettingCollectionProxy extends ProxyBase<WorkbookModel> {
  protected readProp(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): void {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.op(
      "SettingCollection.add",
      "1.4",
      [key, copy],
      (m) => m.setSetting(key, copy),
      () => ({ op: "settings.add", key })
    );
  }
  getItemOrNullObject(key: string) {
    const result = new SettingProxy(
      this.q,
      () => {
        if (!this.q.model.settings.has(key))
          throw new ExcelError("ItemNotFound", `No setting '${key}'.`);
        return this.q.model.settings.get(key);
      },
      `setting(${key})`
    );
    this.q.enqueue({
      member: "SettingCollection.getItemOrNullObject",
      requires: "1.4",
      wire: { m: "settings.getItemOrNullObject", a: [key] },
      run: () => undefined,
    });
    return result.markNullable();
  }
}

class SettingProxy extends ProxyBase<unknown> {
  constructor(
    q: Queue,
    target: () => unknown,
    path: string,
    private readonly key = path.slice(8, -1)
  ) {
    super(q, target, path);
  }
  protected readProp(v: unknown, prop: string): unknown {
    if (prop === "value") return v;
    throw new ExcelError("InvalidArgument", `Setting.load: '${prop}'.`);
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.op("Setting.delete", "1.4", [], () => this.q.model.settings.delete(this.key));
  }
}

export { ProxyBase };
