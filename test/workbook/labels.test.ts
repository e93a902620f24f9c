/**
 * The workbook's text catalogue (src/workbook/labels.ts) and what the planners make of it: both
 * languages complete, the tables' headers valid column names, every formula naming the columns of
 * its own language, and nothing English left in the Russian workbook but ids.
 */
import { MEASURE_IDS } from "../../src/domain/measures";
import { ORG_TYPES } from "../../src/domain/orgTypes";
import { territoriesAt } from "../../src/domain/territories";
import { WORKBOOK_LABELS, type WorkbookLabels } from "../../src/workbook/labels";
import {
  AUDIT_KEYS,
  AUDIT_TABLE,
  DATA_TABLE,
  WORKBOOK_LANGS,
  type WorkbookLang,
} from "../../src/workbook/layout";
import { headerMatch, type PlanCell, type WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { planRecipe, readRecipe, replan } from "../../src/workbook/recipe";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const plans = Object.fromEntries(
  WORKBOOK_LANGS.map((lang) => [lang, planWorkbook([seed], { lang })])
) as Record<WorkbookLang, WorkbookPlan>;

/** The catalogue's shape: every key, and what kind of value it holds. */
function shape(x: unknown): unknown {
  if (typeof x === "function") return `function/${x.length}`;
  if (typeof x === "string") return "string";
  if (x && typeof x === "object")
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shape(v)]));
  return typeof x;
}

/** Every string a catalogue entry holds (functions called with a sample). */
function strings(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") return strings((x as (...a: string[]) => unknown)("X", "region"));
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === "object") return Object.values(x).flatMap(strings);
  return [];
}

/** Every formula of the plan: cells, table columns, rules, names. */
function formulas(plan: WorkbookPlan): string[] {
  const cell = (c: PlanCell) => (c !== null && typeof c === "object" ? [c.formula] : []);
  return [
    ...plan.sheets.flatMap((s) => [
      ...s.blocks.flatMap((b) => b.cells.flat().flatMap(cell)),
      ...s.tables.flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : []))),
      ...s.conditionalFormats.map((r) => r.formula),
    ]),
    ...plan.names.map((n) => n.refersTo),
  ];
}

describe("the workbook's text catalogue", () => {
  it("has every text in both languages, none empty, and the Russian differs from the English", () => {
    expect(shape(WORKBOOK_LABELS.ru)).toEqual(shape(WORKBOOK_LABELS.en));
    for (const lang of WORKBOOK_LANGS)
      for (const s of strings(WORKBOOK_LABELS[lang]))
        expect({ lang, s: s.trim() === "" }).toEqual({ lang, s: false });
    const en = strings(WORKBOOK_LABELS.en);
    const ru = strings(WORKBOOK_LABELS.ru);
    // Every text differs: even the view titles, now in the workbook's language.
    const same = ru.filter((s, i) => s === en[i]);
    expect(same).toEqual([]);
  });

  it("gives each table headers that are valid, distinct column names, different per language at each position", () => {
    for (const lang of WORKBOOK_LANGS)
      for (const table of plans[lang].sheets.flatMap((s) => s.tables)) {
        const names = table.columns.map((c) => c.name);
        for (const n of names) {
          // Excel: a column name is text of at most 255 characters, without line breaks, not empty.
          expect({
            n,
            ok: n.length > 0 && n.length <= 255 && !/[\r\n]/.test(n) && n === n.trim(),
          }).toEqual({ n, ok: true });
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        // A rename in place writes the headers one by one: no new name may equal another column's old one.
        for (const other of table.otherHeaders ?? [])
          other.forEach((o, i) =>
            names.forEach((n, j) => {
              if (i !== j)
                expect({
                  table: table.name,
                  lang,
                  n,
                  o,
                  clash: n.toLowerCase() === o.toLowerCase(),
                }).toMatchObject({ clash: false });
            })
          );
        expect(headerMatch(names, table)).toBe("same");
        for (const other of table.otherHeaders ?? [])
          expect(headerMatch(other, table)).toBe("renamed");
        expect(headerMatch([...names].reverse(), table)).toBeNull();
      }
  });

  it("writes every formula with the column names of its own language, and each of those needs no escaping", () => {
    for (const lang of WORKBOOK_LANGS) {
      const plan = plans[lang];
      const columns = new Map(
        plan.sheets
          .flatMap((s) => s.tables)
          .map((t) => [t.name, new Set(t.columns.map((c) => c.name))])
      );
      let named = 0;
      for (const f of formulas(plan))
        for (const m of f.matchAll(/\b(CoverageData|AuditFindings)\[((?:\[[^\]]*\]|[^\]])*)\]/g)) {
          const specs = m[2].includes("[")
            ? [...m[2].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1])
            : [m[2]];
          for (const spec of specs.filter((x) => !x.startsWith("#"))) {
            named++;
            expect({ lang, f, spec, known: columns.get(m[1])!.has(spec) }).toMatchObject({
              known: true,
            });
            // ' [ ] # would need a ' before them inside a structured reference.
            expect({ spec, plain: !/['[\]#]/.test(spec) }).toEqual({ spec, plain: true });
          }
        }
      expect(named).toBeGreaterThan(1000);
      expect(columns.get(DATA_TABLE)!.size).toBe(16);
      expect(columns.get(AUDIT_TABLE)!.size).toBe(AUDIT_KEYS.length);
    }
  });

  it("leaves nothing English in the Russian workbook but the ids formulas match on (and the audit's findings, as the data core words them)", () => {
    const plan = plans.ru;
    // Ids, the period ("2023-Q1") and a product name.
    // The functions' names (EDU.COVERAGE, =COVERAGE) are the same in every language, as Excel's are.
    const ids = new Set<string>([
      ...MEASURE_IDS,
      ...ORG_TYPES,
      "all",
      "KZ",
      "Q",
      "Excel",
      "EDU",
      "COVERAGE",
    ]);
    const territoryIds = new Set(
      (["region", "city"] as const).flatMap((l) => territoriesAt(l).map((t) => t.iso ?? t.id))
    );
    const seen: string[] = [];
    const visit = (where: string, cell: PlanCell) => {
      if (typeof cell !== "string" || territoryIds.has(cell)) return;
      const words = (cell.match(/[A-Za-z]+/g) ?? []).filter((w) => !ids.has(w));
      if (words.length) seen.push(`${where}: ${cell}`);
    };
    for (const s of plan.sheets) {
      for (const b of s.blocks) b.cells.flat().forEach((c) => visit(s.name, c));
      for (const t of s.tables) {
        t.columns.forEach((c) => visit(`${t.name} header`, c.name));
        const skip =
          t.name === AUDIT_TABLE ? [AUDIT_KEYS.indexOf("code"), AUDIT_KEYS.indexOf("finding")] : [];
        t.rows.forEach((r) => r.forEach((c, j) => skip.includes(j) || visit(t.name, c)));
      }
      for (const c of s.charts)
        [c.title, ...c.series.map((x) => x.name)].forEach((x) => visit(`${s.name} chart`, x));
    }
    plan.names.forEach((n) => visit(`name ${n.name}`, n.comment));
    visit("pivot", plan.pivot.note);
    expect(seen).toEqual([]);
    expect(plan.pivot).toMatchObject({
      rows: ["Территория"],
      columns: ["Тип организации"],
      values: ["Охвачено", "Всего"],
      filters: ["Мера"],
    });
  });
});

describe("the language in the plan's recipe", () => {
  it("is kept, so a later pane rebuilds the Russian plan; a recipe from before languages is English; an unknown one is refused", () => {
    const recipe = planRecipe(plans.ru);
    expect(readRecipe(JSON.parse(JSON.stringify(recipe)))!.options.lang).toBe("ru");
    expect(replan(JSON.parse(JSON.stringify(recipe)), [seed])).toEqual(plans.ru);
    const older: Record<string, unknown> = { ...planRecipe(plans.en).options };
    delete older.lang;
    expect(readRecipe({ ...recipe, options: older })!.options.lang).toBe("en");
    expect(replan({ ...recipe, options: older }, [seed])).toEqual(plans.en);
    expect(readRecipe({ ...recipe, options: { ...recipe.options, lang: "de" } })).toBeNull();
  });

  it("defaults to English, as every caller that does not ask had it", () => {
    expect(planWorkbook([seed]).options.lang).toBe("en");
    expect(planWorkbook([seed], { lang: undefined }).options.lang).toBe("en");
    const typed: WorkbookLabels = WORKBOOK_LABELS.en;
    expect(plans.en.sheets.find((s) => s.name === "Summary")!.blocks[0].cells[0][0]).toBe(
      typed.summary.title
    );
  });
});
