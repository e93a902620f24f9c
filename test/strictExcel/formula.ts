/**
 * Excel formulas for the strict host: a tokenizer, the references a formula makes (so the host can
 * refuse one that names a missing table, sheet or name, and turn a deleted table into #REF!), and a
 * small evaluator (so the host can answer `range.values` the way Excel computes them).
 *
 * Only the A1, English-locale syntax the add-in and its tests write is supported; anything else is
 * refused with a parse error rather than guessed (stricter than Excel, never more lenient).
 */
import { colIndex } from "./a1";
import { fieldValue } from "./entity";

export type Token =
  | { t: "num"; v: number; s: string }
  | { t: "str"; v: string; s: string }
  | { t: "bool"; v: boolean; s: string }
  | { t: "err"; v: string; s: string }
  | { t: "op"; v: string; s: string }
  | { t: "(" | ")" | "," | ":"; s: string }
  | {
      t: "cell";
      sheet?: string;
      col: number;
      row: number;
      colAbs: boolean;
      rowAbs: boolean;
      s: string;
    }
  | { t: "struct"; table: string; spec: StructSpec; s: string }
  | { t: "name"; v: string; s: string }
  | { t: "func"; v: string; s: string };

/** A structured reference's parts: `T[[#This Row],[Covered]]` → thisRow, columns [Covered]. */
export interface StructSpec {
  thisRow: boolean;
  headers: boolean;
  columns: string[];
}

export class FormulaError extends Error {}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#BUSY!",
  "#SPILL!",
  "#CALC!",
];

function parseStructSpec(inner: string, at: string): StructSpec {
  // inner is what stands between the outer brackets: "Covered", "@Covered", "[#This Row],[Covered]", "#This Row".
  const spec: StructSpec = { thisRow: false, headers: false, columns: [] };
  const parts: string[] = [];
  if (inner.startsWith("@")) {
    spec.thisRow = true;
    inner = inner.slice(1);
    if (inner) parts.push(inner.replace(/^\[(.*)\]$/, "$1"));
  } else if (inner.includes("[")) {
    for (const m of inner.matchAll(/\[((?:'.|[^\]'])*)\]/g)) parts.push(m[1]);
  } else if (inner) parts.push(inner);
  for (const p of parts) {
    const unescaped = p.replace(/'(.)/g, "$1");
    if (/^#this row$/i.test(unescaped)) spec.thisRow = true;
    else if (/^#headers$/i.test(unescaped)) spec.headers = true;
    else if (/^#(data|all|totals)$/i.test(unescaped)) continue;
    else if (unescaped.startsWith("#"))
      throw new FormulaError(`unknown item specifier ${p} in ${at}`);
    else spec.columns.push(unescaped);
  }
  return spec;
}

/** How many formulas the memos below keep before starting again (bounds a long run's memory). */
const MEMO_LIMIT = 50_000;

/** Tokens by formula text: tokens are never changed once made, so a formula is read once however often it is rewritten. */
const tokenized = new Map<string, readonly Token[]>();

/** Splits a formula (with its leading "=") into tokens; `s` keeps each token's text for rewriting. */
export function tokenize(formula: string): readonly Token[] {
  let toks = tokenized.get(formula);
  if (!toks) {
    if (tokenized.size >= MEMO_LIMIT) tokenized.clear();
    tokenized.set(formula, (toks = readTokens(formula)));
  }
  return toks;
}

function readTokens(formula: string): Token[] {
  if (!formula.startsWith("=")) throw new FormulaError(`a formula starts with "=": ${formula}`);
  const src = formula.slice(1);
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (ch === '"') {
      m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaError(`unterminated string in ${formula}`);
      out.push({ t: "str", v: m[1].replace(/""/g, '"'), s: m[0] });
    } else if (
      (m = /^#[A-Z/0]+[!?A]?/i.exec(rest)) &&
      ERRORS.some((e) => rest.toUpperCase().startsWith(e))
    ) {
      const e = ERRORS.find((x) => rest.toUpperCase().startsWith(x))!;
      out.push({ t: "err", v: e, s: rest.slice(0, e.length) });
      m = [e] as unknown as RegExpExecArray;
    } else if ((m = /^(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?/i.exec(rest))) {
      out.push({ t: "num", v: Number(m[0]), s: m[0] });
    } else if ((m = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) {
      out.push({ t: "op", v: m[0], s: m[0] });
    } else if ("(),:".includes(ch)) {
      out.push({ t: ch as "(" | ")" | "," | ":", s: ch });
      m = [ch] as unknown as RegExpExecArray;
    } else if (
      (m =
        /^(?:'((?:[^']|'')+)'|([A-Za-z_\u0400-\u04FF][\w.\u0400-\u04FF]*))!(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(
          rest
        ))
    ) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      out.push({
        t: "cell",
        sheet,
        colAbs: m[3] === "$",
        col: colIndex(m[4]),
        rowAbs: m[5] === "$",
        row: Number(m[6]) - 1,
        s: m[0],
      });
    } else if ((m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w.([])/.exec(rest))) {
      out.push({
        t: "cell",
        colAbs: m[1] === "$",
        col: colIndex(m[2]),
        rowAbs: m[3] === "$",
        row: Number(m[4]) - 1,
        s: m[0],
      });
    } else if ((m = /^[A-Za-z_\\\u0400-\u04FF][\w.\u0400-\u04FF]*/.exec(rest))) {
      const word = m[0];
      const next = src[i + word.length];
      if (next === "[") {
        // A structured reference: the bracketed part is balanced (nested [..] and ' escapes).
        let depth = 0;
        let j = i + word.length;
        for (; j < src.length; j++) {
          if (src[j] === "'") {
            j++;
            continue;
          }
          if (src[j] === "[") depth++;
          else if (src[j] === "]" && --depth === 0) break;
        }
        if (depth !== 0) throw new FormulaError(`unbalanced brackets in ${formula}`);
        const text = src.slice(i, j + 1);
        out.push({
          t: "struct",
          table: word,
          spec: parseStructSpec(src.slice(i + word.length + 1, j), text),
          s: text,
        });
        i = j + 1;
        continue;
      }
      if (next === "(") out.push({ t: "func", v: word.toUpperCase(), s: word });
      else if (/^(TRUE|FALSE)$/i.test(word))
        out.push({ t: "bool", v: /^TRUE$/i.test(word), s: word });
      else out.push({ t: "name", v: word, s: word });
    } else {
      throw new FormulaError(`cannot read "${rest.slice(0, 12)}" in ${formula}`);
    }
    i += m![0].length;
  }
  return out;
}

/** The formula text again, with some tokens replaced (for #REF! and renames). */
export function rewrite(formula: string, replace: (tok: Token) => string | undefined): string {
  return (
    "=" +
    tokenize(formula)
      .map((tok) => replace(tok) ?? tok.s)
      .join("")
  );
}

// ---------------------------------------------------------------- parsing

export type Node =
  | { k: "lit"; v: Value }
  | { k: "cell"; tok: Extract<Token, { t: "cell" }> }
  | { k: "range"; from: Extract<Token, { t: "cell" }>; to: Extract<Token, { t: "cell" }> }
  | { k: "struct"; tok: Extract<Token, { t: "struct" }> }
  | { k: "name"; v: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node };

/** Parsed formulas by their text: a tree is never changed once built, so one serves every evaluation. */
const parsedFormulas = new Map<string, Node>();

/** parse, remembered per formula text (a formula that does not parse throws each time). */
export function parseOnce(formula: string): Node {
  let node = parsedFormulas.get(formula);
  if (!node) {
    if (parsedFormulas.size >= MEMO_LIMIT) parsedFormulas.clear();
    parsedFormulas.set(formula, (node = parse(formula)));
  }
  return node;
}

export function parse(formula: string): Node {
  const toks = tokenize(formula);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (...ops: string[]) =>
    peek()?.t === "op" && ops.includes((peek() as { v: string }).v);
  const expect = (t: string) => {
    if (peek()?.t !== t) throw new FormulaError(`expected ${t} in ${formula}`);
    p++;
  };
  const binary =
    (next: () => Node, ...ops: string[]) =>
    (): Node => {
      let a = next();
      while (isOp(...ops)) {
        const op = (toks[p++] as { v: string }).v;
        a = { k: "bin", op, a, b: next() };
      }
      return a;
    };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new FormulaError(`unexpected end of ${formula}`);
    switch (tok.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: tok.v };
      case "err":
        return { k: "lit", v: { error: tok.v } };
      case "cell":
        if (peek()?.t === ":") {
          p++;
          const to = toks[p++];
          if (to?.t !== "cell") throw new FormulaError(`bad range in ${formula}`);
          return { k: "range", from: tok, to: { ...to, sheet: to.sheet ?? tok.sheet } };
        }
        return { k: "cell", tok };
      case "struct":
        return { k: "struct", tok };
      case "name":
        return { k: "name", v: tok.v };
      case "func": {
        expect("(");
        const args: Node[] = [];
        if (peek()?.t !== ")") {
          for (;;) {
            args.push(peek()?.t === "," || peek()?.t === ")" ? { k: "lit", v: "" } : comparison());
            if (peek()?.t === ",") p++;
            else break;
          }
        }
        expect(")");
        return { k: "call", fn: tok.v, args };
      }
      case "(": {
        const e = comparison();
        expect(")");
        return e;
      }
      case "op":
        if (tok.v === "-" || tok.v === "+") return { k: "un", op: tok.v, a: postfix() };
    }
    throw new FormulaError(`unexpected "${tok.s}" in ${formula}`);
  };
  const postfix = (): Node => {
    let a = primary();
    while (isOp("%")) {
      p++;
      a = { k: "bin", op: "*", a, b: { k: "lit", v: 0.01 } };
    }
    return a;
  };
  const power = binary(postfix, "^");
  const mult = binary(power, "*", "/");
  const add = binary(mult, "+", "-");
  const concat = binary(add, "&");
  const comparison: () => Node = binary(concat, "=", "<>", "<", ">", "<=", ">=");
  const node = comparison();
  if (p !== toks.length) throw new FormulaError(`unexpected "${toks[p].s}" in ${formula}`);
  return node;
}

// ---------------------------------------------------------------- evaluation

export type ErrorValue = { error: string };
export type Scalar = number | string | boolean | ErrorValue;
export interface RangeValue {
  range: true;
  rows: Scalar[][];
}
export interface LambdaValue {
  lambda: true;
  params: string[];
  body: Node;
}
export type Value = Scalar | RangeValue | LambdaValue;

export const isError = (v: unknown): v is ErrorValue =>
  typeof v === "object" && v !== null && "error" in v;
const err = (e: string): ErrorValue => ({ error: e });

/** What the evaluator needs from the workbook it runs in. */
export interface EvalHost {
  /** A cell's value (evaluating its formula); row and column 0-based. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** The cells of a table's columns (body rows; with `thisRow`, only the row at `row`). */
  struct(tok: Extract<Token, { t: "struct" }>, sheet: string, row: number): Value;
  /** A defined name's value (its refersTo evaluated), or #NAME?. */
  name(name: string): Value;
  /** A custom function (EDU.COVERAGE); undefined when none is registered under that name. */
  customFunction(name: string): ((...args: unknown[]) => Scalar) | undefined;
  /** Whether this host's Excel knows LAMBDA (Microsoft 365, Excel on the web). */
  lambda: boolean;
}

export interface EvalAt {
  sheet: string;
  row: number;
  col: number;
  /** For conditional formats: where the rule's top-left cell is; relative references move by the difference. */
  origin?: { row: number; col: number };
}

const scalarOf = (v: Value): Scalar => {
  if (typeof v === "object" && "range" in v)
    return v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : err("#VALUE!");
  if (typeof v === "object" && "lambda" in v) return err("#CALC!");
  return v;
};
const num = (v: Scalar): number | ErrorValue => {
  if (isError(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : err("#VALUE!");
};
const flat = (v: Value): Scalar[] =>
  typeof v === "object" && "range" in v ? v.rows.flat() : [scalarOf(v)];
const text = (v: Scalar) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function compare(a: Scalar, b: Scalar): number {
  // Excel orders numbers < text < booleans; text compares without case.
  const rank = (x: Scalar) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (a === "" && typeof b === "number") a = 0;
  if (b === "" && typeof a === "number") b = 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const [x, y] = [a.toLowerCase(), String(b).toLowerCase()];
    return x === y ? 0 : x.localeCompare(y);
  }
  return Number(a) - Number(b);
}

/** A SUMIFS/COUNTIFS criterion as a test of one value: the criterion is read once, not per row. */
function criterionTest(criterion: Scalar): (value: Scalar) => boolean {
  if (typeof criterion === "string") {
    const m = /^(<>|<=|>=|<|>|=)?(.*)$/s.exec(criterion)!;
    const op = m[1] ?? "=";
    const target: Scalar = m[2] !== "" && Number.isFinite(Number(m[2])) ? Number(m[2]) : m[2];
    const holds = {
      "=": (c: number) => c === 0,
      "<>": (c: number) => c !== 0,
      "<": (c: number) => c < 0,
      ">": (c: number) => c > 0,
      "<=": (c: number) => c <= 0,
      ">=": (c: number) => c >= 0,
    }[op]!;
    return (value) => {
      if (isError(value)) return false;
      const c = typeof value === typeof target ? compare(value, target) : op === "<>" ? 1 : NaN;
      return !Number.isNaN(c) && holds(c);
    };
  }
  return (value) =>
    !isError(value) && typeof value === typeof criterion && compare(value, criterion) === 0;
}

const ROUND = (x: number, d: number) => {
  const f = 10 ** d;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
};

export function evaluate(
  node: Node,
  host: EvalHost,
  at: EvalAt,
  scope: Map<string, Value> = new Map()
): Value {
  const ev = (n: Node) => evaluate(n, host, at, scope);
  const sc = (n: Node) => scalarOf(ev(n));
  const shift = (tok: Extract<Token, { t: "cell" }>) => {
    const o = at.origin;
    return {
      sheet: tok.sheet ?? at.sheet,
      row: tok.row + (o && !tok.rowAbs ? at.row - o.row : 0),
      col: tok.col + (o && !tok.colAbs ? at.col - o.col : 0),
    };
  };
  switch (node.k) {
    case "lit":
      return node.v;
    case "cell": {
      const c = shift(node.tok);
      return host.cell(c.sheet, c.row, c.col);
    }
    case "range": {
      const a = shift(node.from);
      const b = shift(node.to);
      const rows: Scalar[][] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
        const row: Scalar[] = [];
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++)
          row.push(host.cell(a.sheet, r, c));
        rows.push(row);
      }
      return { range: true, rows };
    }
    case "struct":
      return host.struct(node.tok, at.sheet, at.row);
    case "name":
      return scope.get(node.v.toLowerCase()) ?? host.name(node.v);
    case "un": {
      const a = num(sc(node.a));
      return isError(a) ? a : node.op === "-" ? -a : a;
    }
    case "bin": {
      const a = sc(node.a);
      const b = sc(node.b);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === "&") return text(a) + text(b);
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) {
        const c = compare(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[
          node.op
        ]!;
      }
      const x = num(a);
      const y = num(b);
      if (isError(x)) return x;
      if (isError(y)) return y;
      if (node.op === "/") return y === 0 ? err("#DIV/0!") : x / y;
      return node.op === "+" ? x + y : node.op === "-" ? x - y : node.op === "*" ? x * y : x ** y;
    }
    case "call":
      return call(node, host, at, scope, ev, sc);
  }
}

function call(
  node: Extract<Node, { k: "call" }>,
  host: EvalHost,
  at: EvalAt,
  scope: Map<string, Value>,
  ev: (n: Node) => Value,
  sc: (n: Node) => Scalar
): Value {
  const args = node.args;
  const fn = node.fn.replace(/^_XLFN\./, "");
  switch (fn) {
    case "IF": {
      const c = sc(args[0]);
      if (isError(c)) return c;
      const truthy = typeof c === "string" ? (c === "" ? false : err("#VALUE!")) : Boolean(c);
      if (isError(truthy)) return truthy;
      return truthy ? ev(args[1]) : args[2] ? ev(args[2]) : false;
    }
    case "IFERROR": {
      const v = sc(args[0]);
      return isError(v) ? ev(args[1]) : v;
    }
    case "ISNUMBER":
      return typeof sc(args[0]) === "number";
    case "ISERROR":
      return isError(sc(args[0]));
    case "AND":
    case "OR": {
      const vals = args.flatMap((a) => flat(ev(a)));
      const e = vals.find(isError);
      if (e) return e;
      const bools = vals.map((v) => (typeof v === "string" ? v !== "" : Boolean(v)));
      return fn === "AND" ? bools.every(Boolean) : bools.some(Boolean);
    }
    case "NOT":
      return !sc(args[0]);
    case "ROUND": {
      const x = num(sc(args[0]));
      const d = num(sc(args[1]));
      if (isError(x)) return x;
      if (isError(d)) return d;
      return ROUND(x, d);
    }
    case "ROUNDUP":
    case "ROUNDDOWN": {
      // Away from zero (ROUNDUP) or toward it (ROUNDDOWN), at 15 significant digits first, as
      // Excel does (support.microsoft.com "ROUNDUP function"; Excel keeps 15 digits of precision).
      const x = num(sc(args[0]));
      const d = num(sc(args[1]));
      if (isError(x)) return x;
      if (isError(d)) return d;
      const f = 10 ** d;
      const scaled = Number((Math.abs(x) * f).toPrecision(15));
      const r = (fn === "ROUNDUP" ? Math.ceil(scaled) : Math.floor(scaled)) / f;
      return x < 0 ? -r : r;
    }
    case "LEFT":
    case "RIGHT": {
      // The first or last num_chars characters (default 1; below 0 is #VALUE!); a number is taken
      // as its text (support.microsoft.com, "LEFT, LEFTB functions", "RIGHT, RIGHTB functions").
      const s = sc(args[0]);
      if (isError(s)) return s;
      const n = args[1] ? num(sc(args[1])) : 1;
      if (isError(n)) return n;
      if (n < 0) return err("#VALUE!");
      const t = text(s);
      const k = Math.floor(n);
      return fn === "LEFT" ? t.slice(0, k) : k === 0 ? "" : t.slice(-k);
    }
    case "VALUE": {
      // Text that reads as a number is that number; any other text is #VALUE! (support.microsoft.com,
      // "VALUE function"). Stricter than Excel on purpose for what it would read as a date or time.
      const s = sc(args[0]);
      if (isError(s)) return s;
      if (typeof s === "number") return s;
      const t = text(s).trim();
      const n = Number(t);
      return t !== "" && Number.isFinite(n) ? n : err("#VALUE!");
    }
    case "N": {
      // A number as it is; TRUE 1, FALSE 0; text (and anything else) 0 (support.microsoft.com,
      // "N function").
      const v = sc(args[0]);
      if (isError(v)) return v;
      return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
    }
    case "INT": {
      // Rounds down to the nearest integer: INT(-8.9) is -9 (support.microsoft.com, "INT function").
      const x = num(sc(args[0]));
      return isError(x) ? x : Math.floor(x);
    }
    case "MOD": {
      // n - d*INT(n/d), the sign of the divisor; a divisor of 0 is #DIV/0! (support.microsoft.com,
      // "MOD function").
      const n = num(sc(args[0]));
      const d = num(sc(args[1]));
      if (isError(n)) return n;
      if (isError(d)) return d;
      return d === 0 ? err("#DIV/0!") : n - d * Math.floor(n / d);
    }
    case "ABS": {
      const x = num(sc(args[0]));
      return isError(x) ? x : Math.abs(x);
    }
    case "SUM": {
      let s = 0;
      for (const v of args.flatMap((a) => flat(ev(a)))) {
        if (isError(v)) return v;
        if (typeof v === "number") s += v;
      }
      return s;
    }
    case "SUMIFS": {
      // A whole range that is an error (#REF! after Table.delete) is the result, as in Excel.
      for (let i = 0; i < args.length; i += i === 0 ? 1 : 2) {
        const whole = ev(args[i]);
        if (isError(whole)) return whole;
      }
      const sumRange = flat(ev(args[0]));
      const crit: Array<[Scalar[], (value: Scalar) => boolean]> = [];
      for (let i = 1; i + 1 < args.length; i += 2) {
        const range = flat(ev(args[i]));
        if (range.length !== sumRange.length) return err("#VALUE!");
        crit.push([range, criterionTest(sc(args[i + 1]))]);
      }
      let s = 0;
      sumRange.forEach((v, r) => {
        if (typeof v === "number" && crit.every(([range, test]) => test(range[r]))) s += v;
      });
      return s;
    }
    case "MATCH": {
      const needle = sc(args[0]);
      const hay = flat(ev(args[1]));
      // match_type: 0 exact; 1 (the default) the largest value ≤ the needle, -1 the smallest ≥ it,
      // both assuming a sorted list (support.microsoft.com, "MATCH function").
      const type = args[2] ? num(sc(args[2])) : 1;
      if (isError(type)) return type;
      if (isError(needle)) return needle;
      const comparable = (v: Scalar) => !isError(v) && typeof v === typeof needle;
      if (type === 0) {
        const idx = hay.findIndex((v) => comparable(v) && compare(v, needle) === 0);
        return idx < 0 ? err("#N/A") : idx + 1;
      }
      let found = -1;
      hay.forEach((v, i) => {
        if (comparable(v) && (type > 0 ? compare(v, needle) <= 0 : compare(v, needle) >= 0))
          found = i;
      });
      return found < 0 ? err("#N/A") : found + 1;
    }
    case "INDEX": {
      const a = ev(args[0]);
      const rows = typeof a === "object" && "range" in a ? a.rows : [[scalarOf(a)]];
      const r = num(sc(args[1]));
      const c = args[2] ? num(sc(args[2])) : 1;
      if (isError(r)) return r;
      if (isError(c)) return c;
      return rows[r - 1]?.[c - 1] ?? err("#REF!");
    }
    case "FIELDVALUE":
      // A data type's field (entity.ts): FIELDVALUE(A1,"Name"), as `=A1.[Name]` reads it.
      return fieldValue(sc(args[0]), sc(args[1]));
    case "LAMBDA": {
      if (!host.lambda) return err("#NAME?");
      const params = args.slice(0, -1).map((p) => (p.k === "name" ? p.v.toLowerCase() : "?"));
      return { lambda: true, params, body: args[args.length - 1] };
    }
  }
  // A defined name holding a LAMBDA, called like a function: =COVERAGE("Алматы","school","turnstile").
  const named = scope.get(fn.toLowerCase()) ?? host.name(node.fn);
  if (typeof named === "object" && "lambda" in named) {
    if (named.params.length !== args.length) return err("#VALUE!");
    const inner = new Map(scope);
    named.params.forEach((p, i) => inner.set(p, ev(args[i])));
    return evaluate(named.body, host, at, inner);
  }
  const custom = host.customFunction(fn);
  if (custom) {
    const values = args.map((a) => sc(a));
    const e = values.find(isError);
    return e ?? custom(...values);
  }
  // Excel keeps a formula with an unknown function and shows #NAME? (support: "How to correct a #NAME? error").
  return err("#NAME?");
}
