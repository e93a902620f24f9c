/**
 * The workbook's text catalogue (src/workbook/labels.ts) and what the planners make of it: the
 * three languages complete, the tables' headers valid column names (a reload from any language to
 * any other renames them in place), every formula naming the columns of its own language, nothing
 * English left in the Russian or Kazakh workbook but ids, and the Kazakh workbook naming every
 * territory officially in Kazakh with the same ids.
 */
import { MEASURE_IDS } from "../../src/domain/measures";
import { ORG_TYPES } from "../../src/domain/orgTypes";
import { territoriesAt, territoryById } from "../../src/domain/territories";
import { WORKBOOK_LABELS, type WorkbookLabels } from "../../src/workbook/labels";
import {
  AUDIT_KEYS,
  COVERAGE_KEYS,
  AUDIT_TABLE,
  DATA_TABLE,
  SHEETS,
  VIEW_SHEETS,
  WORKBOOK_LANGS,
  type WorkbookLang,
} from "../../src/workbook/layout";
import { headerMatch, type PlanCell, type WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { planRecipe, readRecipe, replan } from "../../src/workbook/recipe";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { oneUp, seedReport } from "../helpers/seed";

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
  it("has every text in all three languages, none empty, and each language's text differs from the others'", () => {
    expect(WORKBOOK_LANGS).toEqual(["en", "ru", "kk"]);
    expect(shape(WORKBOOK_LABELS.ru)).toEqual(shape(WORKBOOK_LABELS.en));
    expect(shape(WORKBOOK_LABELS.kk)).toEqual(shape(WORKBOOK_LABELS.en));
    for (const lang of WORKBOOK_LANGS)
      for (const s of strings(WORKBOOK_LABELS[lang]))
        expect({ lang, s: s.trim() === "" }).toEqual({ lang, s: false });
    // Every text differs: even the view titles, now in the workbook's language.
    for (const a of WORKBOOK_LANGS)
      for (const b of WORKBOOK_LANGS) {
        if (a >= b) continue;
        const other = strings(WORKBOOK_LABELS[b]);
        const same = strings(WORKBOOK_LABELS[a]).filter((s, i) => s === other[i]);
        expect({ a, b, same }).toEqual({ a, b, same: [] });
      }
  });

  it("words the Kazakh workbook with the official Kazakh terms of the measures and the types", () => {
    const kk = WORKBOOK_LABELS.kk;
    expect(kk.orgTypes).toEqual({
      kindergarten: "Балабақшалар",
      school: "Мектептер",
      college: "Колледждер",
    });
    expect(kk.settings.comments.target("panic", "school")).toBe(
      "Артта қалу мақсаты: «Дабыл түймесі», мектептер."
    );
    expect(kk.view.title("Турникеттер (өткізу жүйесі)", "city")).toBe(
      "Турникеттер (өткізу жүйесі) — ірі қалалар бойынша"
    );
    // The Kazakh letters are there: this is Kazakh, not Russian.
    const text = strings(kk).join(" ");
    expect(text.match(/[ӘәҒғҚқҢңӨөҰұҮүІі]/g)!.length).toBeGreaterThan(100);
  });

  it("gives each table headers that are valid, distinct column names, different per language at each position", () => {
    for (const lang of WORKBOOK_LANGS)
      for (const table of plans[lang].sheets.flatMap((s) => s.tables)) {
        const names = table.columns.map((c) => c.name);
        // The same table's headers in each of the other languages, in the order of WORKBOOK_LANGS.
        expect(table.otherHeaders).toEqual(
          WORKBOOK_LANGS.filter((l) => l !== lang).map((l) =>
            plans[l].sheets
              .flatMap((s) => s.tables)
              .find((t) => t.name === table.name)!
              .columns.map((c) => c.name)
          )
        );
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
      expect(columns.get(DATA_TABLE)!.size).toBe(COVERAGE_KEYS.length);
      expect(columns.get(AUDIT_TABLE)!.size).toBe(AUDIT_KEYS.length);
    }
  });

  it.each(["ru", "kk"] as const)(
    "leaves nothing English in the %s workbook but the ids formulas match on (and the audit's findings, as the data core words them)",
    (lang) => {
      const plan = plans[lang];
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
        // Sheet names are the same in every language (a text may name one: "Map: …").
        ...Object.values(SHEETS),
        ...Object.values(VIEW_SHEETS),
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
            t.name === AUDIT_TABLE
              ? [AUDIT_KEYS.indexOf("code"), AUDIT_KEYS.indexOf("finding")]
              : [];
          t.rows.forEach((r) => r.forEach((c, j) => skip.includes(j) || visit(t.name, c)));
        }
        for (const c of s.charts)
          [c.title, ...c.series.map((x) => x.name)].forEach((x) => visit(`${s.name} chart`, x));
      }
      plan.names.forEach((n) => visit(`name ${n.name}`, n.comment));
      visit("pivot", plan.pivot.note);
      expect(seen).toEqual([]);
      expect(plan.pivot).toMatchObject(
        {
          ru: {
            rows: ["Территория"],
            columns: ["Тип организации"],
            values: ["Охвачено", "Всего"],
            filters: ["Мера"],
          },
          kk: {
            rows: ["Аумақ"],
            columns: ["Ұйым түрі"],
            values: ["Қамтылғаны", "Барлығы"],
            filters: ["Шара"],
          },
        }[lang]
      );
    }
  );
});

/** Every cell of a plan by where it stands: blocks' cells, tables' headers and rows. */
function cellsOf(plan: WorkbookPlan): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  for (const s of plan.sheets) {
    for (const b of s.blocks)
      b.cells.forEach((r, i) =>
        r.forEach((c, j) => out.set(`${s.name}!${b.row + i},${b.col + j}`, c))
      );
    for (const t of s.tables) {
      t.columns.forEach((c, j) => out.set(`${s.name}!${t.row},${t.col + j}`, c.name));
      t.rows.forEach((r, i) =>
        r.forEach((c, j) => out.set(`${s.name}!${t.row + 1 + i},${t.col + j}`, c))
      );
    }
  }
  return out;
}

describe("the Kazakh workbook", () => {
  const kk = plans.kk;
  const table = (plan: WorkbookPlan, name: string) =>
    plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;
  const ids = (id: string) => territoryById(id) ?? territoriesAt("city").find((t) => t.id === id);

  it("names every territory in the data table by its official Kazakh name, its region too, and keeps every id and figure", () => {
    const [k, r] = [table(kk, DATA_TABLE), table(plans.ru, DATA_TABLE)];
    expect(k.rows).toHaveLength(seed.records.length);
    const names = new Set<string>();
    k.rows.forEach((row, i) => {
      const rec = seed.records[i];
      const t = territoryById(rec.territoryId)!;
      expect(row[COLUMN_INDEX.territory]).toBe(t.nameKk);
      names.add(String(row[COLUMN_INDEX.territory]));
      const region = territoryById(t.kind === "city-group" ? t.regionId : t.id)!;
      expect(row[COLUMN_INDEX.region]).toBe(region.nameKk);
      // What the formulas match on and compute from: as in the Russian workbook.
      for (const key of [
        "period",
        "measure",
        "territoryId",
        "orgType",
        "covered",
        "total",
        "stated",
        "sourceLine",
      ] as const)
        expect({ i, key, v: row[COLUMN_INDEX[key]] }).toEqual({
          i,
          key,
          v: r.rows[i][COLUMN_INDEX[key]],
        });
    });
    // The report's Russian words are gone where Kazakh differs: "Актюбинская" is "Ақтөбе облысы".
    expect(names).toContain("Ақтөбе облысы");
    expect(names).toContain("Семей");
    expect(names).not.toContain("Актюбинская");
    expect(
      [...names].filter((n) =>
        seed.records.some(
          (x) => x.territoryName === n && territoryById(x.territoryId)!.nameKk !== n
        )
      )
    ).toEqual([]);
  });

  it("names the territories in Kazakh on the views, Summary, Trend and Audit too, beside the same ids, and the country as Қазақстан", () => {
    const two = [seed, oneUp(seed)];
    const [k, r] = [planWorkbook(two, { lang: "kk" }), planWorkbook(two, { lang: "ru" })];
    const [kc, rc] = [cellsOf(k), cellsOf(r)];
    expect([...kc.keys()]).toEqual([...rc.keys()]);
    const byName = new Map<string, string>();
    let named = 0;
    for (const [at, cell] of kc) {
      const ru = rc.get(at);
      // A cell beside an id names that id's territory: in Kazakh here, in the report's Russian there.
      const [sheet, rowCol] = at.split("!");
      const [row, col] = rowCol.split(",").map(Number);
      const right = kc.get(`${sheet}!${row},${col + 1}`);
      const left = kc.get(`${sheet}!${row},${col - 1}`);
      const id = [right, left].find((x) => typeof x === "string" && ids(x) !== undefined) as
        string | undefined;
      if (id && typeof ru === "string" && ru !== cell && sheet !== "Coverage") {
        const t = ids(id)!;
        if (typeof cell === "string" && cell === t.nameKk) {
          named++;
          byName.set(cell, id);
        }
      }
      if (typeof cell !== "string" || typeof ru !== "string") {
        // Numbers, formulas' places and empty cells stand where the Russian workbook has them.
        expect({
          at,
          kind: typeof cell === "object" && cell !== null ? "formula" : typeof cell,
        }).toEqual({
          at,
          kind: typeof ru === "object" && ru !== null ? "formula" : typeof ru,
        });
      }
    }
    for (const sheet of ["Video", "Guard", "Panic", "Turnstile", "Summary", "Trend"]) {
      const names = [...kc].filter(
        ([at, c]) => at.startsWith(`${sheet}!`) && typeof c === "string" && byName.has(c)
      );
      expect({ sheet, named: names.length > 15 }).toEqual({ sheet, named: true });
    }
    expect(named).toBeGreaterThan(200);
    // Each view's total row.
    const video = k.sheets.find((s) => s.name === "Video")!;
    expect(video.blocks.find((b) => b.style === "total")!.cells[0].slice(0, 2)).toEqual([
      "Қазақстан",
      "KZ",
    ]);
    // Audit: a territory is named as the data table names it in that period.
    const audit = table(k, AUDIT_TABLE);
    const data = table(k, DATA_TABLE);
    const territories = audit.rows
      .map((row) => row[AUDIT_KEYS.indexOf("territory")])
      .filter((x) => x !== "");
    expect(territories.length).toBeGreaterThan(0);
    for (const name of territories)
      expect(data.rows.some((row) => row[COLUMN_INDEX.territory] === name)).toBe(true);
  });

  it("has no text cell the Russian workbook has at the same place, but ids, numbers and territory names Kazakh writes as Russian does", () => {
    const [kc, rc] = [cellsOf(kk), cellsOf(plans.ru)];
    const idLike = new Set<string>([...MEASURE_IDS, ...ORG_TYPES, "all", "KZ"]);
    const sameInBoth = new Set(
      (["region", "city"] as const)
        .flatMap((l) => territoriesAt(l))
        .filter((t) => t.nameKk === t.nameRu)
        .map((t) => t.nameKk)
    );
    expect(sameInBoth).toContain("Алматы");
    const same: string[] = [];
    // The sheets of this catalogue.
    const sheets = [
      "Summary",
      "Map",
      "Video",
      "Guard",
      "Panic",
      "Turnstile",
      "Coverage",
      "Audit",
      "Settings",
    ];
    expect(sheets.every((x) => kk.sheets.some((y) => y.name === x))).toBe(true);
    for (const [at, cell] of kc) {
      if (!sheets.includes(at.split("!")[0])) continue;
      if (typeof cell !== "string" || cell === "" || cell !== rc.get(at)) continue;
      if (idLike.has(cell) || territoryById(cell) || sameInBoth.has(cell)) continue;
      if (/^\d{4}-Q[1-4]$|^city:/.test(cell)) continue;
      // The audit's finding codes are ids.
      if (at.startsWith("Audit!") && /^[a-z-]+$/.test(cell)) continue;
      same.push(`${at}: ${cell}`);
    }
    expect(same).toEqual([]);
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
