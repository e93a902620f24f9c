/**
 * An in-memory Excel host for the writer's tests (no Excel runs on Linux). It implements the part of
 * the Excel API the writer uses, applies each call at once (the pessimistic case for a failing
 * batch: everything queued before the failure took effect), counts context.sync() calls, measures
 * each request's payload, and can fail a chosen sync.
 */
import { columnLetter } from "../../src/workbook/a1";

type Cell = { formula: unknown; format: string };

function parseCell(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

export function parseAddress(address: string): {
  sheet?: string;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
} {
  let sheet: string | undefined;
  let a = address;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  const colOnly = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (colOnly) {
    const [, c0] = parseCell(`${colOnly[1]}1`);
    const [, c1] = parseCell(`${colOnly[2]}1`);
    return { sheet, r0: 0, c0, rows: 1_048_576, cols: c1 - c0 + 1 };
  }
  const [from, to] = a.split(":");
  const [r0, c0] = parseCell(from);
  const [r1, c1] = to ? parseCell(to) : [r0, c0];
  return { sheet, r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export class FakeHost {
  syncs = 0;
  requests: number[] = [];
  failAtSync: number | null = null;
  private pending = 0;
  settings = new Map<string, unknown>();
  /** What the user would see selected: the active sheet and the selected range. */
  active = "";
  selected = "";
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  calculations = 0;

  charge(value: unknown): void {
    this.pending += 64 + new TextEncoder().encode(JSON.stringify(value ?? null)).length;
  }

  readonly context = {
    sync: async () => {
      this.syncs++;
      this.requests.push(this.pending);
      this.pending = 0;
      if (this.failAtSync === this.syncs)
        throw new Error(`GeneralException: simulated failure of sync ${this.syncs}`);
    },
    application: {
      suspendApiCalculationUntilNextSync: () => this.charge("suspend"),
      calculate: () => {
        this.calculations++;
      },
    },
    workbook: {
      worksheets: {
        load: () => this.context.workbook.worksheets,
        get items() {
          return host.sheets;
        },
        add: (name: string) => {
          if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          this.charge(name);
          const s = new FakeSheet(this, name);
          this.sheets.push(s);
          return s;
        },
        getItem: (name: string) => {
          const s = this.sheet(name);
          if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
          return s;
        },
      },
      tables: {
        load: () => this.context.workbook.tables,
        get items() {
          return host.tables;
        },
        add: (address: string) => {
          this.charge(address);
          const a = parseAddress(address);
          const t = new FakeTable(this, this.sheet(a.sheet!)!, a);
          this.tables.push(t);
          return t;
        },
        getItem: (name: string) => {
          const t = this.tables.find((x) => x.name === name);
          if (!t) throw new Error(`ItemNotFound: table ${name}`);
          return t;
        },
      },
      names: {
        load: () => this.context.workbook.names,
        get items() {
          return host.names;
        },
        add: (name: string, formula: string, comment: string) => {
          if (this.names.some((n) => n.name === name))
            throw new Error(`ItemAlreadyExists: name ${name}`);
          this.charge([name, formula, comment]);
          const n = new FakeName(this, name, formula);
          this.names.push(n);
          return n;
        },
        getItem: (name: string) => {
          const n = this.names.find((x) => x.name === name);
          if (!n) throw new Error(`ItemNotFound: name ${name}`);
          return n;
        },
        getItemOrNullObject: (name: string) =>
          this.names.find((x) => x.name === name) ?? { isNullObject: true },
      },
    },
  };

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    host = this;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Everything a user could see, as plain data (to compare before and after). */
  snapshot() {
    return {
      sheets: this.sheets.map((s) => s.snapshot()),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: t.address(),
        style: t.style,
      })),
      names: this.names
        .map((n) => ({ name: n.name, formula: n.formula }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /** Installs Office and Excel globals backed by this host. */
  install(requirements: (set: string, version: string) => boolean = () => true): this {
    const settings = this.settings;
    Object.assign(globalThis, {
      Office: {
        AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
        context: {
          requirements: { isSetSupported: requirements },
          document: {
            settings: {
              get: (k: string) => settings.get(k) ?? null,
              set: (k: string, v: unknown) => settings.set(k, JSON.parse(JSON.stringify(v))),
              saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "succeeded" }),
            },
          },
        },
      },
      Excel: {
        run: async <T>(cb: (c: unknown) => Promise<T>) => cb(this.context),
        ConditionalFormatType: { custom: "Custom" },
        ChartType: { barClustered: "BarClustered" },
        ChartSeriesBy: { columns: "Columns" },
        ChartLegendPosition: { bottom: "Bottom" },
        ClearApplyTo: { all: "All" },
        CalculationType: { full: "Full" },
      },
    });
    return this;
  }
}

let host: FakeHost;

export class FakeSheet {
  tabColor = "";
  cells = new Map<string, Cell>();
  formats = new Map<string, Record<string, unknown>>();
  rules: Array<{
    range: string;
    formula: string;
    fill: string;
    font: string;
    priority: number;
    stopIfTrue: boolean;
  }> = [];
  chartList: FakeChart[] = [];
  frozen = { rows: 0, cols: 0 };

  constructor(
    readonly host: FakeHost,
    public name: string
  ) {}

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this,
      address ? parseAddress(address) : { r0: 0, c0: 0, rows: 1_048_576, cols: 16_384 }
    );
  }

  readonly freezePanes = {
    freezeRows: (n: number) => {
      this.frozen.rows = n;
    },
    freezeColumns: (n: number) => {
      this.frozen.cols = n;
    },
    unfreeze: () => {
      this.frozen = { rows: 0, cols: 0 };
    },
  };

  get charts() {
    const sheet = this;
    return {
      load: () => sheet.charts,
      get items(): FakeChart[] {
        return sheet.chartList;
      },
      add: (type: string, range: FakeRange) => sheet.addChart(type, range),
      getItem: (name: string) => {
        const c = sheet.chartList.find((x) => x.name === name);
        if (!c) throw new Error(`ItemNotFound: chart ${name}`);
        return c;
      },
    };
  }

  private addChart(type: string, range: FakeRange): FakeChart {
    this.host.charge([type, range.address()]);
    const c = new FakeChart(this, type);
    this.chartList.push(c);
    return c;
  }

  activate(): void {
    this.host.active = this.name;
  }

  delete(): void {
    this.host.charge(["delete", this.name]);
    this.host.tables = this.host.tables.filter((t) => t.sheet !== this);
    this.host.sheets = this.host.sheets.filter((s) => s !== this);
  }

  snapshot() {
    return {
      name: this.name,
      tabColor: this.tabColor,
      cells: [...this.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      formats: [...this.formats.entries()].sort(([a], [b]) => a.localeCompare(b)),
      rules: this.rules,
      charts: this.chartList.map((c) => c.snapshot()),
      frozen: this.frozen,
    };
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly a: { r0: number; c0: number; rows: number; cols: number }
  ) {}

  address(): string {
    const { r0, c0, rows, cols } = this.a;
    return `${columnLetter(c0)}${r0 + 1}:${columnLetter(c0 + cols - 1)}${r0 + rows}`;
  }

  load(): this {
    return this;
  }

  select(): void {
    this.sheet.host.selected = `${this.sheet.name}!${this.address()}`;
  }

  private key(i: number, j: number): string {
    return `${String(this.a.r0 + i).padStart(7, "0")},${String(this.a.c0 + j).padStart(5, "0")}`;
  }

  private write(m: unknown[][], field: "formula" | "format"): void {
    if (
      !Array.isArray(m) ||
      m.length !== this.a.rows ||
      m.some((row) => !Array.isArray(row) || row.length !== this.a.cols)
    ) {
      throw new Error(
        `InvalidArgument: a ${this.a.rows}×${this.a.cols} matrix is needed for ${this.address()}`
      );
    }
    this.sheet.host.charge(m);
    m.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = this.key(i, j);
        const cell = this.sheet.cells.get(k) ?? { formula: "", format: "General" };
        if (field === "formula") cell.formula = v;
        else cell.format = String(v);
        this.sheet.cells.set(k, cell);
      })
    );
  }

  set formulas(m: unknown[][]) {
    this.write(m, "formula");
  }
  get formulas(): unknown[][] {
    return Array.from({ length: this.a.rows }, (_, i) =>
      Array.from(
        { length: this.a.cols },
        (_, j) => this.sheet.cells.get(this.key(i, j))?.formula ?? ""
      )
    );
  }
  set values(m: unknown[][]) {
    this.write(m, "formula");
  }
  set numberFormat(m: unknown[][]) {
    this.write(m, "format");
  }

  /** The cell's format (General, @, 0.0%) and content, for assertions. */
  cell(i: number, j: number): Cell | undefined {
    return this.sheet.cells.get(this.key(i, j));
  }

  get format() {
    const set = (k: string) => (v: unknown) => {
      this.sheet.host.charge(v);
      const f = this.sheet.formats.get(this.address()) ?? {};
      f[k] = v;
      this.sheet.formats.set(this.address(), f);
    };
    const props = (prefix: string, keys: string[]) =>
      Object.defineProperties(
        {},
        Object.fromEntries(keys.map((k) => [k, { set: set(`${prefix}${k}`), enumerable: true }]))
      );
    return Object.defineProperties(
      {
        font: props("font.", ["bold", "italic", "size", "color"]),
        fill: props("fill.", ["color"]),
      },
      { columnWidth: { set: set("columnWidth") } }
    );
  }

  get conditionalFormats() {
    return {
      add: () => {
        const rule = {
          range: this.address(),
          formula: "",
          fill: "",
          font: "",
          priority: 0,
          stopIfTrue: false,
        };
        this.sheet.rules.push(rule);
        this.sheet.host.charge("cf");
        return {
          custom: {
            rule: {
              set formula(f: string) {
                rule.formula = f;
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  rule.fill = c;
                },
              },
              font: {
                set color(c: string) {
                  rule.font = c;
                },
              },
            },
          },
          set priority(p: number) {
            rule.priority = p;
          },
          set stopIfTrue(b: boolean) {
            rule.stopIfTrue = b;
          },
        };
      },
      clearAll: () => {
        this.sheet.rules = [];
      },
    };
  }

  clear(): void {
    const inside = (k: string) => {
      const [r, c] = k.split(",").map(Number);
      return (
        r >= this.a.r0 &&
        r < this.a.r0 + this.a.rows &&
        c >= this.a.c0 &&
        c < this.a.c0 + this.a.cols
      );
    };
    for (const k of [...this.sheet.cells.keys()]) if (inside(k)) this.sheet.cells.delete(k);
    this.sheet.formats.clear();
  }
}

export class FakeTable {
  name = "";
  style = "";
  constructor(
    readonly host: FakeHost,
    readonly sheet: FakeSheet,
    readonly a: { r0: number; c0: number; rows: number; cols: number }
  ) {}
  get worksheet() {
    return { name: this.sheet.name };
  }
  address(): string {
    return new FakeRange(this.sheet, this.a).address();
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.sheet, { ...this.a, r0: this.a.r0 + 1, rows: this.a.rows - 1 });
  }
  delete(): void {
    this.host.tables = this.host.tables.filter((t) => t !== this);
  }
}

export class FakeName {
  readonly isNullObject = false;
  constructor(
    readonly host: FakeHost,
    readonly name: string,
    public formula: string
  ) {}
  delete(): void {
    this.host.names = this.host.names.filter((n) => n !== this);
  }
}

export class FakeChart {
  name = "";
  title = { text: "" };
  legend = { position: "" };
  top = 0;
  left = 0;
  width = 0;
  height = 0;
  seriesList: Array<{
    name: string;
    values?: string;
    categories?: string;
    color?: string;
    overlap?: number;
  }> = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string
  ) {
    this.seriesList.push({ name: "" });
  }
  get series() {
    const wrap = (s: FakeChart["seriesList"][number]) => ({
      set name(n: string) {
        s.name = n;
      },
      set overlap(o: number) {
        s.overlap = o;
      },
      setValues: (r: FakeRange) => {
        s.values = r.address();
      },
      setXAxisValues: (r: FakeRange) => {
        s.categories = r.address();
      },
      format: { fill: { setSolidColor: (c: string) => (s.color = c) } },
    });
    return {
      getItemAt: (i: number) => wrap(this.seriesList[i]),
      add: (name: string) => {
        const s = { name };
        this.seriesList.push(s);
        return wrap(s);
      },
    };
  }
  delete(): void {
    this.sheet.chartList = this.sheet.chartList.filter((c) => c !== this);
  }
  snapshot() {
    return { name: this.name, type: this.type, title: this.title.text, series: this.seriesList };
  }
}
