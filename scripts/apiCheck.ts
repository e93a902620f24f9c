/**
 * npm run api-check: every Office.js member the product calls, checked against Microsoft's own
 * type definitions. It reads the typed program (the TypeScript compiler API, tsconfig.json), finds
 * every use in src/ of a member declared in @types/office-js or @types/custom-functions-runtime
 * (property reads and writes, calls, enum values, and the property paths named in load("…")
 * strings), takes the member's requirement set from its "[Api set: ExcelApi 1.10]" tag (a member
 * without one: its class's), and fails when a use needs more than the manifest's floor and stands
 * outside a gate for at least that set. Prints `office_members_checked: N` and
 * `office_members_ungated: N`.
 *
 * A gate is a condition on hasExcelApi("1.x") / isSetSupported("Set", "1.x") (or a function whose
 * JSDoc says `@gates Set 1.x`), around the use (if, ?:, &&) or before it in its block
 * (`if (!gate) return …;`), or a function whose JSDoc says `@requires Set 1.x`: its uses are then
 * checked at each call of the function instead.
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

export interface Use {
  member: string;
  set: string;
  version: string;
  file: string;
  line: number;
}
export interface ApiReport {
  floors: Record<string, { version: string; why: string }>;
  members: Map<string, { set: string; version: string }>;
  ungated: Use[];
}

const ROOT = join(__dirname, "..");
const TYPE_FILES = ["@types/office-js/index.d.ts", "@types/custom-functions-runtime/index.d.ts"];

/**
 * The floor: what every Office that runs the add-in has. The manifest's <Requirements><Sets>
 * (Office does not offer the add-in where one is missing), and what those imply, each with its
 * reason. Nothing else counts as present.
 */
export function manifestFloors(manifestXml: string): ApiReport["floors"] {
  const requirements =
    /<Requirements>\s*<Sets[^>]*>([\s\S]*?)<\/Sets>/.exec(manifestXml)?.[1] ?? "";
  const floors: ApiReport["floors"] = {};
  for (const m of requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g))
    floors[m[1]] = { version: m[2], why: "manifest.xml <Requirements>" };
  if (floors.SharedRuntime)
    // Custom functions run where CustomFunctionsRuntime 1.2 is on every build SharedRuntime 1.1
    // needs (REF requirement-sets/excel/custom-functions-requirement-sets.md: 1.2 on Windows
    // Version 1909, Mac 16.34, Office 2021 Version 2108; REF requirement-sets/common/
    // shared-runtime-requirement-sets.md: SharedRuntime 1.1 on Windows Version 2002, Mac 16.35,
    // Excel 2021 Version 2108; both on the web).
    floors.CustomFunctionsRuntime = {
      version: "1.2",
      why: "implied by SharedRuntime 1.1 (custom-functions-requirement-sets.md, shared-runtime-requirement-sets.md)",
    };
  // The Common API's Settings set: "Excel on the web, Excel on Windows, Excel on Mac, Excel on
  // iPad" (REF requirement-sets/common/office-add-in-requirement-sets.md, Settings).
  floors.Settings = {
    version: "1.1",
    why: "Excel on every platform (office-add-in-requirement-sets.md)",
  };
  return floors;
}

/**
 * Where @types/office-js's tag is wrong, the set Microsoft's requirement-set pages give, and why.
 */
export const ALLOWED: Record<string, { set: string; version: string; why: string }> = {
  "CustomFunctions.ErrorCode.invalidValue": {
    set: "CustomFunctionsRuntime",
    version: "1.2",
    why: "custom-functions-requirement-sets.md: 1.2 adds CustomFunctions.Error with #VALUE! and #N/A; 1.3 adds the other codes (the d.ts tags all of them 1.3)",
  },
  "Excel.TableRowCollection.add": {
    set: "ExcelApi",
    version: "1.4",
    why: "the d.ts tag is per argument (1.1 one row, 1.4 several, 1.15 alwaysInsert): the add-in adds several rows, never with alwaysInsert",
  },
  "CustomFunctions.ErrorCode.notAvailable": {
    set: "CustomFunctionsRuntime",
    version: "1.2",
    why: "as invalidValue",
  },
};

/**
 * Files where a structural cast reads the Office global, and why: code that must run where there
 * is no Office (tests, the CLI, a page outside Office), so it cannot name Office's types.
 */
export const CASTS: Record<string, string> = {
  "src/host/requirements.ts":
    "the requirement-set check itself (isSetSupported): it must answer no where there is no Office",
  "src/functions/cellResult.ts":
    "Office.context.displayLanguage (Common API, no set) read where there may be no Office (the CLI)",
};

const versionNumber = (v: string) =>
  v.split(".").reduce((n, part, i) => n + Number(part) / 1000 ** i, 0);
const atLeast = (have: string, need: string) => versionNumber(have) >= versionNumber(need);

interface ApiSet {
  set: string;
  /** What reading or calling it needs. */
  version: string;
  /** What writing it needs, where the tag says so ("ExcelApi 1.1 for get, 1.8 for set"). */
  write?: string;
}

/**
 * The "[Api set: ExcelApi 1.4]" of a declaration, or the Common API's "**Requirement set**:
 * {@link …| Settings}" (a set without a version: 1.1). A tag that names several versions for the
 * uses of one member ("1.1 for String…; 1.7 for Array", "1.10 for string, 1.11 for …") counts as
 * its highest, the stricter reading; "… for get, … for set" gives reads and writes their own.
 */
function apiSetOf(decl: ts.Node): ApiSet | null {
  const text = decl.getSourceFile().text;
  for (const range of ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []) {
    const comment = text.slice(range.pos, range.end);
    const tag = /\[Api set: (\w+) ([^\]]+)\]/.exec(comment);
    if (tag) {
      const versions = [...tag[2].matchAll(/(\d+\.\d+)/g)].map((m) => m[1]);
      if (!versions.length) continue;
      const write = /(\d+\.\d+) for (?:set|setting)/.exec(tag[2])?.[1];
      const read = /(\d+\.\d+) for (?:get|getting|reading)/.exec(tag[2])?.[1];
      const highest = versions.reduce((a, b) => (atLeast(a, b) ? a : b));
      return write
        ? { set: tag[1], version: read ?? versions[0], write }
        : { set: tag[1], version: highest };
    }
    const common = /\*\*Requirement set\*\*: \{@link [^|}]*\| (\w+)\}/.exec(comment);
    if (common) return { set: common[1], version: "1.1" };
  }
  return null;
}

function isTypeFile(sf: ts.SourceFile): boolean {
  const path = sf.fileName.split(sep).join("/");
  return TYPE_FILES.some((f) => path.endsWith(`node_modules/${f}`));
}

/** "Excel.Table.clearFilters" and its set, for one declaration in the type files. */
function memberOf(decl: ts.Declaration): { member: string; set: ApiSet | null } | null {
  if (!isTypeFile(decl.getSourceFile())) return null;
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
  }
  if (names[0] !== "Excel" && names[0] !== "Office" && names[0] !== "CustomFunctions") return null;
  let set = apiSetOf(decl);
  // A member without a tag of its own (a collection's items, an enum's value): its class's.
  for (let n: ts.Node | undefined = decl.parent; !set && n && !ts.isSourceFile(n); n = n.parent)
    if (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isEnumDeclaration(n))
      set = apiSetOf(n);
  const member = names.filter((x) => x !== "Interfaces").join(".");
  const allowed = ALLOWED[member];
  return { member, set: allowed ? { set: allowed.set, version: allowed.version } : set };
}

/**
 * A member declared in the type files, with the set a use needs (a write: the tag's write
 * version). A member declared more than once (a union of receivers, overloads) takes the
 * highest its declarations name.
 */
function officeMember(
  symbol: ts.Symbol | undefined,
  writing = false
): { member: string; set: string; version: string } | null {
  const found = (symbol?.declarations ?? []).flatMap((d) => memberOf(d) ?? []);
  if (!found.length) return null;
  const need = (s: ApiSet | null) => (s ? (writing && s.write ? s.write : s.version) : "");
  const best = found.reduce((a, b) =>
    need(b.set) && (!need(a.set) || !atLeast(need(a.set), need(b.set))) ? b : a
  );
  return { member: best.member, set: best.set?.set ?? "", version: need(best.set) };
}

/** Whether `node` is written to: the left of an assignment. */
const isWrite = (node: ts.Node) =>
  ts.isBinaryExpression(node.parent) &&
  node.parent.left === node &&
  node.parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
  node.parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;

/** A symbol as declared: through an import's alias to the function itself. */
function declared(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Symbol | undefined {
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

type Gate = { set: string; version: string };

/** The gates a condition guarantees when it is true (`negated`: when it is false). */
function gatesOf(cond: ts.Expression, checker: ts.TypeChecker, negated = false): Gate[] {
  while (ts.isParenthesizedExpression(cond)) cond = cond.expression;
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken)
    return gatesOf(cond.operand, checker, !negated);
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    // a && b true: both; a || b false: both false.
    if (
      (op === ts.SyntaxKind.AmpersandAmpersandToken && !negated) ||
      (op === ts.SyntaxKind.BarBarToken && negated)
    )
      return [...gatesOf(cond.left, checker, negated), ...gatesOf(cond.right, checker, negated)];
    return [];
  }
  if (negated) return [];
  if (ts.isIdentifier(cond)) {
    // A const holding a gate's answer, or a value that exists only under a gate (valueGates).
    const decl = checker.getSymbolAtLocation(cond)?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.isVariableDeclarationList(decl.parent) &&
      decl.parent.flags & ts.NodeFlags.Const
    )
      return [...gatesOf(decl.initializer, checker), ...valueGates(cond, checker)];
    return [];
  }
  if (!ts.isCallExpression(cond)) return [];
  const literal = (e: ts.Expression | undefined) => {
    if (!e) return undefined;
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : undefined;
  };
  const callee = ts.isPropertyAccessExpression(cond.expression)
    ? cond.expression.name
    : cond.expression;
  const name = ts.isIdentifier(callee) ? callee.text : "";
  if (name === "hasExcelApi") {
    const v = literal(cond.arguments[0]);
    return v ? [{ set: "ExcelApi", version: v }] : [];
  }
  if (name === "isSetSupported") {
    const s = literal(cond.arguments[0]);
    const v = literal(cond.arguments[1]) ?? "1.1";
    return s ? [{ set: s, version: v }] : [];
  }
  const decl = declared(checker.getSymbolAtLocation(callee), checker)?.valueDeclaration;
  return decl ? taggedGates(decl, "gates") : [];
}

/** The `@gates Set 1.x` or `@requires Set 1.x` tags of a function's JSDoc. */
function taggedGates(decl: ts.Node, tag: "gates" | "requires"): Gate[] {
  const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return ts
    .getJSDocTags(holder)
    .filter((t) => t.tagName.text === tag)
    .flatMap((t) => {
      const text =
        typeof t.comment === "string" ? t.comment : (ts.getTextOfJSDocComment(t.comment) ?? "");
      return [...text.matchAll(/(\w+) (\d+\.\d+)/g)].map((m) => ({ set: m[1], version: m[2] }));
    });
}

const exits = (s: ts.Statement): boolean => {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s)) return true;
  if (ts.isBlock(s)) return s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
  return false;
};

/** The gates that hold where `node` runs, up to its function (and that function's @requires). */
function gatesAt(node: ts.Node, checker: ts.TypeChecker): Gate[] {
  const gates: Gate[] = [];
  let child: ts.Node = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n)) {
      if (child === n.thenStatement) gates.push(...gatesOf(n.expression, checker));
      if (child === n.elseStatement) gates.push(...gatesOf(n.expression, checker, true));
    } else if (ts.isConditionalExpression(n)) {
      if (child === n.whenTrue) gates.push(...gatesOf(n.condition, checker));
      if (child === n.whenFalse) gates.push(...gatesOf(n.condition, checker, true));
    } else if (ts.isBinaryExpression(n) && child === n.right) {
      if (n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
        gates.push(...gatesOf(n.left, checker));
      if (n.operatorToken.kind === ts.SyntaxKind.BarBarToken)
        gates.push(...gatesOf(n.left, checker, true));
    } else if (ts.isBlock(n) || ts.isSourceFile(n)) {
      // An early exit before the use: `if (!hasExcelApi("1.8")) return;`
      for (const s of n.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement))
          gates.push(...gatesOf(s.expression, checker, true));
      }
    }
    if (ts.isFunctionLike(n)) {
      gates.push(...taggedGates(n, "requires"));
      // An arrow or function expression exists only once the code around it has run, under its
      // gates (the host's sets do not change while the add-in runs); a declaration is hoisted.
      if (!(ts.isArrowFunction(n) || ts.isFunctionExpression(n))) break;
    }
  }
  return [...gates, ...valueGates(node, checker)];
}

/**
 * A use on a value that exists only under a gate: `const s = hasExcelApi("1.10") ? load() : null`,
 * then `s?.items`. The access chain's first name, a const whose initializer is such a conditional.
 */
function valueGates(node: ts.Node, checker: ts.TypeChecker): Gate[] {
  let base: ts.Node = node;
  while (
    ts.isPropertyAccessExpression(base) ||
    ts.isCallExpression(base) ||
    ts.isElementAccessExpression(base)
  )
    base = base.expression;
  if (!ts.isIdentifier(base)) return [];
  const decl = checker.getSymbolAtLocation(base)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return [];
  let init = decl.initializer;
  while (ts.isParenthesizedExpression(init)) init = init.expression;
  if (!ts.isConditionalExpression(init)) return [];
  const nothing = (e: ts.Expression) =>
    e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");
  return nothing(init.whenFalse) ? gatesOf(init.condition, checker) : [];
}

/** load({ a: true, b: { c: true } }) → ["a", "b/c"]. */
function objectPaths(o: ts.ObjectLiteralExpression, prefix = ""): string[] {
  return o.properties.flatMap((p) => {
    if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
      return [];
    const path = `${prefix}${p.name.text}`;
    return ts.isObjectLiteralExpression(p.initializer)
      ? objectPaths(p.initializer, `${path}/`)
      : [path];
  });
}

/**
 * A cast that hides Office members from this check: `x as { diagnostics: … }` on an Office
 * object, or a structural type naming Office or Excel. Allowed only where CASTS says why.
 */
function castHides(
  node: ts.AsExpression | ts.TypeAssertion,
  checker: ts.TypeChecker
): string | null {
  // The object the cast is of, through `as unknown as …` chains.
  let root: ts.Expression = node.expression;
  while (
    ts.isAsExpression(root) ||
    ts.isTypeAssertionExpression(root) ||
    ts.isParenthesizedExpression(root)
  )
    root = root.expression;
  const structural = (t: ts.TypeNode): boolean =>
    ts.isTypeLiteralNode(t) || (ts.isUnionTypeNode(t) && t.types.some(structural));
  if (!structural(node.type)) return null;
  const fromOffice = (checker.getTypeAtLocation(root).getSymbol()?.declarations ?? []).some((d) =>
    isTypeFile(d.getSourceFile())
  );
  if (!fromOffice && !/\b(Office|Excel)\??:/.test(node.type.getText())) return null;
  const where = relative(ROOT, node.getSourceFile().fileName).split(sep).join("/");
  return CASTS[where] ? null : `a cast (${node.getText().slice(0, 60)}…)`;
}

/** The members a load("a/b,c") string names, from the type the load is called on. */
function loadPaths(call: ts.CallExpression, checker: ts.TypeChecker): ts.Symbol[] {
  const arg = call.arguments[0];
  if (!arg || !ts.isPropertyAccessExpression(call.expression)) return [];
  // load("a/b,c"), load(["a/b", "c"]), load({ a: true, b: { c: true } }) (its keys as paths).
  const text = ts.isStringLiteralLike(arg)
    ? arg.text
    : ts.isArrayLiteralExpression(arg)
      ? arg.elements
          .filter(ts.isStringLiteralLike)
          .map((e) => e.text)
          .join(",")
      : ts.isObjectLiteralExpression(arg)
        ? objectPaths(arg).join(",")
        : "";
  const owner = checker.getTypeAtLocation(call.expression.expression);
  const found: ts.Symbol[] = [];
  for (const path of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    let type: ts.Type | undefined = owner;
    for (const part of path.split("/")) {
      const prop: ts.Symbol | undefined = type && checker.getPropertyOfType(type, part);
      if (!prop) break;
      found.push(prop);
      type = checker.getTypeOfSymbol(prop);
      // items: an array of the element type.
      const element = type && checker.getIndexTypeOfType(type, ts.IndexKind.Number);
      if (element) type = element;
    }
  }
  return found;
}

/** Every use with the gates that hold where it is; the floors apply after (applyFloors). */
interface GatedUse extends Use {
  gates: Gate[];
}

export function checkOfficeApi(root = ROOT): ApiReport {
  return applyFloors(
    readOfficeUses(root),
    manifestFloors(readFileSync(join(root, "manifest.xml"), "utf8"))
  );
}

/** The uses that stand above `floors` outside a gate for their set. */
export function applyFloors(
  read: { members: ApiReport["members"]; uses: readonly GatedUse[] },
  floors: ApiReport["floors"]
): ApiReport {
  const ungated = read.uses
    .filter((u) => {
      const floor = floors[u.set];
      if (floor && atLeast(floor.version, u.version)) return false;
      return !u.gates.some((g) => g.set === u.set && atLeast(g.version, u.version));
    })
    .map(({ gates: _gates, ...u }) => u);
  return { floors, members: read.members, ungated };
}

/** Reads src/ of `root` with the TypeScript compiler: every Office member it uses, and where. */
export function readOfficeUses(root = ROOT): {
  members: ApiReport["members"];
  uses: GatedUse[];
} {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    }
  )!;
  const src = join(root, "src") + sep;
  const inSrc = (f: string) => f.split("/").join(sep).startsWith(src);
  const program = ts.createProgram(config.fileNames.filter(inSrc), config.options);
  const checker = program.getTypeChecker();
  const members: ApiReport["members"] = new Map();
  const uses: GatedUse[] = [];
  const requiresOf = new Map<ts.Node, Gate[]>();

  const use = (node: ts.Node, m: { member: string; set: string; version: string }) => {
    members.set(m.member, { set: m.set, version: m.version });
    if (!m.set) return;
    const sf = node.getSourceFile();
    uses.push({
      ...m,
      file: relative(root, sf.fileName).split(sep).join("/"),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      gates: gatesAt(node, checker),
    });
  };

  /** A reference to a function that @requires a set (a call, or the function passed on). */
  const requiresUse = (node: ts.Node, name: ts.Node) => {
    const callee = declared(checker.getSymbolAtLocation(name), checker);
    const decl = callee?.valueDeclaration;
    if (!decl || !inSrc(decl.getSourceFile().fileName)) return;
    if (!requiresOf.has(decl)) requiresOf.set(decl, taggedGates(decl, "requires"));
    for (const g of requiresOf.get(decl)!) use(node, { member: `${callee!.name}()`, ...g });
  };

  const visitNode = (node: ts.Node): void => {
    // obj.member, obj["member"], and const { member } = obj: read, written or called.
    if (ts.isPropertyAccessExpression(node) && !ts.isTypeNode(node.parent)) {
      if (!ts.isExpressionWithTypeArguments(node.parent)) {
        const m = officeMember(checker.getSymbolAtLocation(node.name), isWrite(node));
        if (m) use(node, m);
      }
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression)
    ) {
      const prop = checker.getPropertyOfType(
        checker.getTypeAtLocation(node.expression),
        node.argumentExpression.text
      );
      const m = officeMember(prop, isWrite(node));
      if (m) use(node, m);
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = (node.propertyName ?? node.name) as ts.Node;
      if (ts.isIdentifier(name)) {
        const prop = checker.getPropertyOfType(checker.getTypeAtLocation(node.parent), name.text);
        const m = officeMember(prop);
        if (m) use(node, m);
      }
    } else if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const cast = castHides(node, checker);
      if (cast) use(node, { member: cast, set: "cast", version: "1.1" });
    }
    if (ts.isCallExpression(node)) {
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load")
        for (const symbol of loadPaths(node, checker)) {
          const m = officeMember(symbol);
          if (m) use(node, m);
        }
      requiresUse(
        node,
        ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression
      );
      // A @requires function handed on (`list.map(h)`) runs where it is called: checked here.
      for (const arg of node.arguments) if (ts.isIdentifier(arg)) requiresUse(arg, arg);
    }
  };

  for (const sf of program.getSourceFiles()) {
    if (!inSrc(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      visitNode(node);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { members, uses };
}

if (require.main === module) {
  const report = checkOfficeApi();
  for (const u of report.ungated)
    console.log(
      `${u.file}:${u.line}: ${u.member} needs ${u.set} ${u.version}, used outside a gate`
    );
  const floor = Object.entries(report.floors)
    .map(([s, f]) => `${s} ${f.version}`)
    .join(", ");
  console.log(`floor: ${floor}`);
  console.log(
    `office_members_checked: ${[...report.members.keys()].filter((k) => !k.endsWith("()")).length}`
  );
  console.log(`office_members_ungated: ${report.ungated.length}`);
  process.exit(report.ungated.length ? 1 : 0);
}
