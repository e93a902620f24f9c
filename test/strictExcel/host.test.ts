/**
 * Unit tests of the strict Excel host's own rules (formula.ts, model.ts, api.ts, host.ts), driven
 * the way an add-in drives Excel: queue through the Office.js-shaped proxies, then context.sync().
 * The project's writer (src/excel) is deliberately not used here.
 */
import { FormulaError, parse } from "./formula";
import { PAYLOAD_LIMIT_BYTES, PROFILES, type StrictContext, type StrictExcelHost } from "./host";
import { userWorkbook } from "../helpers/strictHost";

type Ctx = StrictContext;

/** One batch, synced once: the body of an Excel.run. */
const batch = (host: StrictExcelHost, f: (c: Ctx) => void) =>
  host.run(async (c) => {
    f(c);
    await c.sync();
  });

/** Reads "Sheet!A1:B2" the Office.js way (load, sync, read). */
const read = (host: StrictExcelHost, address: string, prop: "values" | "formulas" = "values") =>
  host.run(async (c) => {
    const [sheet, a] = address.split("!");
    const r = c.workbook.worksheets.getItem(sheet).getRange(a).load(prop);
    await c.sync();
    return r[prop];
  });

/** Writes formulas into Notes!D1:Dn (Notes!B1 is =1+1, B2 is 42) and returns what the cells show. */
async function shown(host: StrictExcelHost, ...formulas: string[]): Promise<unknown[]> {
  const address = `D1:D${formulas.length}`;
  await batch(
    host,
    (c) =>
      (c.workbook.worksheets.getItem("Notes").getRange(address).formulas = formulas.map((f) => [f]))
  );
  return (await read(host, `Notes!${address}`)).map((row) => row[0]);
}

/** The user's workbook plus Data!A1:D4, a table "Sales" whose Double column is =Sales[[#This Row],[Amount]]*2. */
async function salesWorkbook(
  profile = PROFILES.web,
  fns: Record<string, (...a: unknown[]) => unknown> = {}
) {
  const host = await userWorkbook(profile, fns);
  await batch(host, (c) => {
    const ws = c.workbook.worksheets.add("Data");
    ws.getRange("A1:D4").values = [
      ["Region", "Kind", "Amount", "Double"],
      ["North", "school", 10, ""],
      ["South", "school", 20, ""],
      ["North", "college", 30, ""],
    ];
    c.workbook.tables.add("Data!A1:D4", true).name = "Sales";
    ws.getRange("D2:D4").formulas = [1, 2, 3].map(() => ["=Sales[[#This Row],[Amount]]*2"]);
  });
  return host;
}

const code = (c: string, text?: string) =>
  expect.objectContaining({ code: c, ...(text ? { message: expect.stringContaining(text) } : {}) });

describe("formula.ts: parsing and evaluation as Excel computes", () => {
  it("operator precedence: unary minus > ^ > % > * / > + - > & > comparisons, left to right", async () => {
    const host = await userWorkbook();
    expect(
      await shown(
        host,
        "=1+2*3^2",
        "=(1+2)*3",
        "=-2^2",
        "=2^3^2",
        "=10-4-3",
        '="n"&1+2',
        "=1+2=3",
        "=50%*4",
        "=7/2"
      )
    ).toEqual([19, 9, 4, 64, 3, "n3", true, 2, 3.5]);
  });

  it("IF, IFERROR, AND, OR, SUM, ROUND (half away from zero); an error propagates through IF but not IFERROR", async () => {
    const host = await userWorkbook();
    expect(
      await shown(
        host,
        '=IF(B2>40,"big","small")',
        '=IF(B2>50,"big","small")',
        '=IFERROR(1/0,"none")',
        "=1/0",
        "=IF(1/0>1,1,2)",
        "=AND(B2>40,B2<50)",
        "=OR(B2<0,FALSE)",
        "=SUM(B1:B2,8)",
        "=ROUND(2.345,2)",
        "=ROUND(-2.5,0)"
      )
    ).toEqual(["big", "small", "none", "#DIV/0!", "#DIV/0!", true, false, 52, 2.35, -3]);
  });

  it("LEFT, RIGHT, VALUE, INT, MOD, N as Excel computes them (a period's year and quarter)", async () => {
    const host = await userWorkbook();
    expect(
      await shown(
        host,
        '=LEFT("2023-Q3",4)',
        '=RIGHT("2023-Q3")',
        '=VALUE(LEFT("2023-Q3",4))*4+VALUE(RIGHT("2023-Q3",1))',
        '=VALUE("Q3")',
        '=LEFT("abc",-1)',
        "=INT(-8.9)",
        "=MOD(-3,4)",
        "=MOD(3,-4)",
        "=MOD(1,0)",
        "=LEFT(2023,2)",
        '=N("2")',
        "=N(TRUE)+N(4)"
      )
    ).toEqual(["2023", "3", 8095, "#VALUE!", "#VALUE!", -9, 1, -1, "#DIV/0!", "20", 0, 5]);
  });

  it("structured references: T[Col] is the column's body, T[[#This Row],[Col]] the formula's own row (#VALUE! elsewhere)", async () => {
    const host = await salesWorkbook();
    expect(await read(host, "Data!D2:D4")).toEqual([[20], [40], [60]]);
    expect(
      await shown(
        host,
        "=SUM(Sales[Amount])",
        "=SUM(Sales[Double])",
        "=Sales[[#This Row],[Amount]]",
        "=Sales[@Amount]"
      )
    ).toEqual([60, 120, "#VALUE!", "#VALUE!"]);
  });

  it("SUMIFS with several criteria ('>15'), INDEX/MATCH (exact, case-insensitive; #N/A when absent)", async () => {
    const host = await salesWorkbook();
    expect(
      await shown(
        host,
        '=SUMIFS(Sales[Amount],Sales[Region],"North")',
        '=SUMIFS(Sales[Amount],Sales[Region],"North",Sales[Amount],">15")',
        '=INDEX(Sales[Kind],MATCH("south",Sales[Region],0))',
        '=MATCH("East",Sales[Region],0)',
        "=INDEX(Data!A2:C4,3,3)"
      )
    ).toEqual([40, 30, "school", "#N/A", 30]);
  });

  it("a defined name holding a LAMBDA is called like a function (Microsoft 365); Excel 2021 has no LAMBDA (#NAME?)", async () => {
    for (const [profile, want] of [
      [PROFILES.web, [42, "#VALUE!"]],
      [PROFILES.excel2021, ["#NAME?", "#NAME?"]],
    ] as const) {
      const host = await userWorkbook(profile);
      await batch(host, (c) => c.workbook.names.add("TWICE", "=LAMBDA(x,x*2)"));
      expect(await shown(host, "=TWICE(B2/2)", "=TWICE(1,2)")).toEqual(want);
    }
  });

  it('strings: "" inside a string is one quote; an unknown function keeps its formula and shows #NAME?', async () => {
    const host = await userWorkbook();
    const formulas = ['="say ""hi"""', '=""""', '="a""b"&"c"', "=NOSUCHFN(1)"];
    expect(await shown(host, ...formulas)).toEqual(['say "hi"', '"', 'a"bc', "#NAME?"]);
    expect((await read(host, "Notes!D1:D4", "formulas")).flat()).toEqual(formulas);
  });

  it("a formula that does not parse is refused at sync (InvalidArgument); parse() throws FormulaError", async () => {
    const host = await userWorkbook();
    for (const bad of ["=1+", "=SUM(1,2", "=(1+2", '="open', "=1 2", "=1+*2"]) {
      expect(() => parse(bad)).toThrow(FormulaError);
      await expect(
        batch(
          host,
          (c) => (c.workbook.worksheets.getItem("Notes").getRange("E1").formulas = [[bad]])
        )
      ).rejects.toEqual(code("InvalidArgument"));
    }
  });
});

describe("model.ts: what Excel refuses or rewrites", () => {
  it("a formula referring to a table (or column) that does not exist is refused at sync, naming it", async () => {
    const host = await salesWorkbook();
    const set = (f: string) =>
      batch(host, (c) => (c.workbook.worksheets.getItem("Notes").getRange("D1").formulas = [[f]]));
    await expect(set("=SUM(Ghost[Amount])")).rejects.toEqual(
      code("InvalidArgument", "table 'Ghost', which does not exist")
    );
    await expect(set("=SUM(Sales[Price])")).rejects.toEqual(
      code("InvalidArgument", "no column 'Price'")
    );
    await expect(set("=SUM(Nowhere!A1:A3)")).rejects.toEqual(
      code("InvalidArgument", "sheet 'Nowhere'")
    );
  });

  it("a name that is not defined is refused (stricter than Excel's #NAME?); once defined, the same formula is accepted", async () => {
    const host = await userWorkbook();
    await expect(shown(host, "=B2*Rate")).rejects.toEqual(
      code("InvalidArgument", "the name 'Rate', which is not defined")
    );
    await batch(host, (c) => c.workbook.names.add("Rate", "=0.5"));
    expect(await shown(host, "=B2*Rate", "=B2*RATE")).toEqual([21, 21]);
  });

  it("a name's comment is settable and at most 255 characters, when added or set", async () => {
    const host = await userWorkbook();
    await batch(host, (c) => c.workbook.names.add("Rate", "=0.5", "first"));
    await batch(host, (c) => (c.workbook.names.getItem("Rate").comment = "Ставка"));
    expect(host.model.names.find((n) => n.name === "Rate")!.comment).toBe("Ставка");
    const long = "x".repeat(256);
    await expect(
      batch(host, (c) => (c.workbook.names.getItem("Rate").comment = long))
    ).rejects.toEqual(code("InvalidArgument", "cannot exceed 255"));
    await expect(batch(host, (c) => c.workbook.names.add("Other", "=1", long))).rejects.toEqual(
      code("InvalidArgument", "cannot exceed 255")
    );
    expect(host.model.names.find((n) => n.name === "Rate")!.comment).toBe("Ставка");
  });

  it("tables and defined names share one namespace without case: a table cannot take a name's name", async () => {
    const host = await userWorkbook();
    await expect(
      batch(host, (c) => {
        c.workbook.names.add("rates", "=1");
        c.workbook.worksheets.getItem("Notes").getRange("A5:B6").values = [
          ["k", "v"],
          [1, 2],
        ];
        c.workbook.tables.add("Notes!A5:B6", true).name = "Rates";
      })
    ).rejects.toEqual(code("ItemAlreadyExists", "defined name"));
    // The operations before the refused rename ran: the name and the table (under its generated name).
    expect(host.snapshot().tables.map((t) => t.name)).toEqual(["Table1"]);
    expect(host.model.name("RATES")?.formula).toBe("=1");
  });

  it("… nor a defined name a table's name", async () => {
    const host = await salesWorkbook();
    await expect(batch(host, (c) => c.workbook.names.add("SALES", "=1"))).rejects.toEqual(
      code("ItemAlreadyExists", "table")
    );
    await expect(batch(host, (c) => c.workbook.names.add("A1", "=1"))).rejects.toEqual(
      code("InvalidArgument", "not a valid name")
    );
    expect(host.model.names).toEqual([]);
  });

  it("Table.delete clears the table's cells and turns every formula referring to it into #REF!, on any sheet, for good", async () => {
    const host = await salesWorkbook();
    await batch(host, (c) => {
      c.workbook.worksheets.getItem("Notes").getRange("D1").formulas = [["=SUM(Sales[Amount])"]];
      c.workbook.worksheets.getItem("Data").getRange("F1:F2").formulas = [
        ["=SUM(Sales[Double])/2"],
        ['=SUMIFS(Sales[Amount],Sales[Kind],"school")'],
      ];
    });
    expect([await read(host, "Notes!D1"), await read(host, "Data!F1:F2")]).toEqual([
      [[60]],
      [[60], [30]],
    ]);
    await batch(host, (c) => c.workbook.tables.getItem("Sales").delete());
    expect(await read(host, "Notes!D1", "formulas")).toEqual([["=SUM(#REF!)"]]);
    expect(await read(host, "Data!F1:F2", "formulas")).toEqual([
      ["=SUM(#REF!)/2"],
      ['=SUMIFS(#REF!,#REF!,"school")'],
    ]);
    expect((await read(host, "Data!A1:D4")).flat().every((v) => v === "")).toBe(true);
    // A new table under the old name does not re-bind the broken references.
    await batch(host, (c) => {
      c.workbook.worksheets.getItem("Data").getRange("A1:C2").values = [
        ["Region", "Kind", "Amount"],
        ["X", "school", 5],
      ];
      c.workbook.tables.add("Data!A1:C2", true).name = "Sales";
    });
    expect([await read(host, "Notes!D1"), await read(host, "Data!F1:F2")]).toEqual([
      [["#REF!"]],
      [["#REF!"], ["#REF!"]],
    ]);
  });

  it("a refused write leaves the cell as it was; a resize that moves the left edge keeps the columns that stay", async () => {
    const host = await salesWorkbook();
    await expect(
      batch(
        host,
        (c) => (c.workbook.worksheets.getItem("Notes").getRange("B2").formulas = [["=1+"]])
      )
    ).rejects.toEqual(code("InvalidArgument"));
    expect(await read(host, "Notes!B2")).toEqual([[42]]);
    await batch(host, (c) => c.workbook.tables.getItem("Sales").resize("B1:D4"));
    const t = host.model.tables.find((x) => x.name === "Sales")!;
    expect(t.columns).toEqual(["Kind", "Amount", "Double"]);
  });

  it("MATCH: match_type 0 is exact; 1 (the default) the largest value not above; -1 the smallest not below", async () => {
    const host = await userWorkbook();
    await batch(
      host,
      (c) =>
        (c.workbook.worksheets.getItem("Notes").getRange("F1:G3").values = [
          [10, 30],
          [20, 20],
          [30, 10],
        ])
    );
    expect(
      await shown(
        host,
        "=MATCH(25,F1:F3,0)",
        "=MATCH(25,F1:F3)",
        "=MATCH(25,F1:F3,1)",
        "=MATCH(25,G1:G3,-1)",
        "=MATCH(5,F1:F3)"
      )
    ).toEqual(["#N/A", 2, 2, 1, "#N/A"]);
  });

  it("Table.convertToRange keeps all data: references become plain ranges (this row: the formula's own row), values unchanged", async () => {
    const host = await salesWorkbook();
    await batch(
      host,
      (c) =>
        (c.workbook.worksheets.getItem("Notes").getRange("D1:D2").formulas = [
          ["=SUM(Sales[Amount])"],
          ["=Sales[[#Headers],[Kind]]"],
        ])
    );
    const before = await read(host, "Data!A1:D4");
    await batch(host, (c) => c.workbook.tables.getItem("Sales").convertToRange());
    expect(host.model.tables).toEqual([]);
    expect(await read(host, "Data!A1:D4")).toEqual(before);
    expect(before[3]).toEqual(["North", "college", 30, 60]);
    expect(await read(host, "Data!D2:D4", "formulas")).toEqual([
      ["='Data'!$C2*2"],
      ["='Data'!$C3*2"],
      ["='Data'!$C4*2"],
    ]);
    expect(await read(host, "Notes!D1:D2", "formulas")).toEqual([
      ["=SUM('Data'!$C$2:$C$4)"],
      ["='Data'!$B$1"],
    ]);
    expect(await read(host, "Notes!D1:D2")).toEqual([[60], ["Kind"]]);
  });

  it('a Text-formatted ("@") cell keeps a formula string literally; a General one computes it', async () => {
    const host = await userWorkbook();
    await batch(host, (c) => {
      const r = c.workbook.worksheets.getItem("Notes").getRange("D1:E1");
      r.numberFormat = [["@", "General"]];
      r.values = [["=1+1", "=1+1"]];
    });
    expect(await read(host, "Notes!D1:E1")).toEqual([["=1+1", 2]]);
    expect(host.model.requireSheet("Notes").cell(0, 3)).toEqual({ nf: "@", v: "=1+1" });
  });

  it("conditional formats: each one added takes the top priority (index 0), so a later rule wins where both apply", async () => {
    const host = await userWorkbook();
    const cells = await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Notes").getRange("D1:D3");
      r.values = [[1], [10], [20]];
      const red = r.conditionalFormats.add("Custom");
      red.custom.rule.formula = "=$D1>5";
      red.custom.format.fill.color = "red";
      const green = r.conditionalFormats.add("Custom");
      green.custom.rule.formula = "=$D1>15";
      green.custom.format.fill.color = "green";
      const shownProps = r.getDisplayedCellProperties({ format: { fill: { color: true } } });
      await c.sync();
      return shownProps.value.map((row) => row[0].format.fill.color);
    });
    expect(host.model.requireSheet("Notes").rules.map((r) => r.fill)).toEqual(["green", "red"]);
    expect(cells).toEqual([null, "red", "green"]);
  });

  it("an async custom function shows #BUSY! until its promise settles, then the value (a rejection with NotAvailable is #N/A)", async () => {
    let resolve!: (v: number) => void;
    let reject!: (e: unknown) => void;
    const host = await userWorkbook(PROFILES.web, {
      "EDU.SLOW": (x: unknown) =>
        new Promise<number>((res) => (resolve = (v) => res(v * Number(x)))),
      "EDU.GONE": () => new Promise((_, rej) => (reject = rej)),
    });
    expect(await shown(host, "=EDU.SLOW(2)", "=edu.gone()")).toEqual(["#BUSY!", "#BUSY!"]);
    resolve(21);
    reject({ code: "NotAvailable" });
    await new Promise((r) => setImmediate(r));
    expect((await read(host, "Notes!D1:D2")).flat()).toEqual([42, "#N/A"]);
  });
});

describe("api.ts / host.ts: the Office.js contract", () => {
  it("reading a property that was not loaded, or loaded but not yet synced, throws PropertyNotLoaded", async () => {
    const host = await userWorkbook();
    await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Notes").getRange("B2");
      expect(() => r.values).toThrow(code("PropertyNotLoaded"));
      r.load("values");
      expect(() => r.values).toThrow(code("PropertyNotLoaded"));
      const props = r.getDisplayedCellProperties({});
      expect(() => props.value).toThrow(code("PropertyNotLoaded"));
      await c.sync();
      expect(r.values).toEqual([[42]]);
      expect(() => r.formulas).toThrow(code("PropertyNotLoaded"));
      expect(props.value[0][0].format.fill.color).toBeNull();
    });
  });

  it("a sync fails part-way as Excel applies a batch: operations before the failing one took effect, later ones did not", async () => {
    const host = await userWorkbook();
    host.fail = { sync: 1, at: "middle" };
    await expect(
      batch(host, (c) => {
        const ws = c.workbook.worksheets.getItem("Notes");
        for (let i = 1; i <= 5; i++) ws.getRange(`D${i}`).values = [[i]];
      })
    ).rejects.toEqual(code("GeneralException", "operation 3 of 5"));
    expect((await read(host, "Notes!D1:D5")).flat()).toEqual([1, 2, "", "", ""]);
  });

  it("Excel on the web's 5 MB payload limit: a larger request fails whole (RequestPayloadSizeLimitExceeded), a smaller one passes", async () => {
    const host = await userWorkbook();
    const chunk = "x".repeat(10_000);
    const write = (rows: number, from = 1) =>
      batch(
        host,
        (c) =>
          (c.workbook.worksheets.getItem("Notes").getRange(`D${from}:D${from + rows - 1}`).values =
            Array.from({ length: rows }, () => [chunk]))
      );
    await expect(write(600)).rejects.toEqual(code("RequestPayloadSizeLimitExceeded"));
    expect(host.requests.at(-1)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(await read(host, "Notes!D1")).toEqual([[""]]);
    await write(300);
    expect(host.requests.at(-1)).toBeGreaterThan(3_000_000);
    expect((await read(host, "Notes!D300"))[0][0]).toBe(chunk);
  });

  it("… and a read whose response is over 5 MB fails (ResponsePayloadSizeLimitExceeded), leaving the property unloaded", async () => {
    const host = await userWorkbook();
    const chunk = "y".repeat(10_000);
    for (const from of [1, 301])
      await batch(
        host,
        (c) =>
          (c.workbook.worksheets.getItem("Notes").getRange(`D${from}:D${from + 299}`).values =
            Array.from({ length: 300 }, () => [chunk]))
      );
    await host.run(async (c) => {
      const all = c.workbook.worksheets.getItem("Notes").getRange("D1:D600").load("values");
      await expect(c.sync()).rejects.toEqual(code("ResponsePayloadSizeLimitExceeded"));
      expect(() => all.values).toThrow(code("PropertyNotLoaded"));
      const half = c.workbook.worksheets.getItem("Notes").getRange("D1:D300").load("values");
      await c.sync();
      expect(half.values).toHaveLength(300);
    });
    expect(host.responses.at(-2)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("a member needing a higher ExcelApi than the build has is refused at sync with ApiNotFound (Table.resize 1.13 on Mac 16.35)", async () => {
    const resize = () =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Sales").resize("A1:D5");
        await context.sync();
      });
    const mac = await salesWorkbook(PROFILES.macMin);
    await expect(resize()).rejects.toEqual(code("ApiNotFound", "Table.resize needs ExcelApi 1.13"));
    expect(mac.snapshot().tables[0].address).toBe("A1:D4");
    const web = await salesWorkbook(PROFILES.web);
    await resize();
    expect(web.snapshot().tables[0].address).toBe("A1:D5");
  });

  it("getDisplayedCellProperties (ExcelApi 1.19) is ApiNotFound on Excel 2021 (ExcelApi 1.14)", async () => {
    await userWorkbook(PROFILES.excel2021);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Notes")
          .getRange("A1")
          .getDisplayedCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      })
    ).rejects.toEqual(code("ApiNotFound", "ExcelApi 1.19"));
  });

  it("Office.context.requirements.isSetSupported answers from the build's requirement sets", async () => {
    const ask = (set: string, version?: string) =>
      Office.context.requirements.isSetSupported(set, version);
    await userWorkbook(PROFILES.web);
    expect([
      ask("ExcelApi", "1.20"),
      ask("ExcelApi", "1.21"),
      ask("ExcelApiOnline", "1.1"),
      ask("SharedRuntime", "1.2"),
    ]).toEqual([true, false, true, true]);
    await userWorkbook(PROFILES.excel2021);
    expect([
      ask("ExcelApi", "1.14"),
      ask("ExcelApi", "1.9"),
      ask("ExcelApi", "1.15"),
      ask("ExcelApiOnline"),
      ask("CustomFunctionsRuntime", "1.4"),
    ]).toEqual([true, true, false, false, false]);
    await userWorkbook(PROFILES.macMin);
    expect([
      ask("ExcelApi", "1.11"),
      ask("ExcelApi", "1.12"),
      ask("SharedRuntime"),
      ask("SharedRuntime", "1.2"),
    ]).toEqual([true, false, true, false]);
  });
});

describe("two Excel.run batches at once", () => {
  it("each context.sync() sends its own context's operations only, and the syncs interleave", async () => {
    const host = await userWorkbook();
    let releaseA!: () => void;
    const aQueued = new Promise<void>((r) => (releaseA = r));
    const a = host.run(async (c) => {
      c.workbook.worksheets.getItem("Notes").getRange("C1").values = [["from A"]];
      await aQueued; // A's write waits in A's queue while B syncs
      await c.sync();
    });
    await host.run(async (c) => {
      const cell = c.workbook.worksheets.getItem("Notes").getRange("C1").load("values");
      await c.sync();
      // B's sync did not carry A's pending write.
      expect(cell.values).toEqual([[""]]);
    });
    releaseA();
    await a;
    expect(await read(host, "Notes!C1")).toEqual([["from A"]]);
  });
});

describe("what the user sees", () => {
  it("Worksheet.activate and Range.select set the active sheet and the selection, from any Excel.run", async () => {
    const host = await userWorkbook();
    await batch(host, (c) => {
      const ws = c.workbook.worksheets.getItem("Notes");
      ws.activate();
      ws.getRange("B2").select();
    });
    expect([host.active, host.selected]).toEqual(["Notes", "Notes!B2"]);
  });

  it("Worksheet.getRanges(…).select() selects every area (ExcelApi 1.9); ApiNotFound on an ExcelApi 1.8 build", async () => {
    const host = await userWorkbook();
    await batch(host, (c) =>
      c.workbook.worksheets.getItem("Notes").getRanges("A1:B1, A3:B4").select()
    );
    expect(host.selected).toBe("Notes!A1:B1,A3:B4");
    await userWorkbook({ ...PROFILES.macMin, sets: { ...PROFILES.macMin.sets, ExcelApi: "1.8" } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Notes").getRanges("A1,A3").select();
        await context.sync();
      })
    ).rejects.toEqual(code("ApiNotFound", "ExcelApi 1.9"));
  });

  it("PageLayout (ExcelApi 1.9): what Excel takes is kept; what it refuses fails the sync; ApiNotFound below 1.9", async () => {
    const host = await userWorkbook();
    await batch(host, (c) => {
      const layout = c.workbook.worksheets.getItem("Notes").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 3 };
      layout.setPrintArea("$A$1:$C$9");
      layout.setPrintTitleRows("$1:$1");
      layout.headersFooters.defaultForAllPages.centerHeader = "Title — &A";
    });
    expect(host.model.sheet("Notes")!.print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 3 },
      area: "$A$1:$C$9",
      titleRows: "$1:$1",
      centerHeader: "Title — &A",
    });
    type Layout = ReturnType<Ctx["workbook"]["worksheets"]["getItem"]>["pageLayout"];
    const refused = (f: (l: Layout) => void) =>
      batch(host, (c) => f(c.workbook.worksheets.getItem("Notes").pageLayout));
    await expect(refused((l) => (l.orientation = "Sideways" as never))).rejects.toEqual(
      code("InvalidArgument", "orientation")
    );
    await expect(refused((l) => (l.zoom = { scale: 50, horizontalFitToPages: 1 }))).rejects.toEqual(
      code("InvalidArgument", "scale")
    );
    await expect(refused((l) => (l.zoom = { verticalFitToPages: 0 }))).rejects.toEqual(
      code("InvalidArgument", "fit to 0 pages")
    );
    await expect(refused((l) => l.setPrintTitleRows("A1:C1"))).rejects.toEqual(
      code("InvalidArgument", "not whole rows")
    );
    await expect(
      refused((l) => (l.headersFooters.defaultForAllPages.centerHeader = "x".repeat(256)))
    ).rejects.toEqual(code("InvalidArgument", "at most 255"));
    await userWorkbook({ ...PROFILES.macMin, sets: { ...PROFILES.macMin.sets, ExcelApi: "1.8" } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Notes").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    ).rejects.toEqual(code("ApiNotFound", "ExcelApi 1.9"));
  });
});
