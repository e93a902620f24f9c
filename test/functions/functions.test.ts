import * as functions from "../../src/functions/functions";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { runtimeStore } from "../../src/functions/runtime";
import { asExcelCalls, cell, installCustomFunctionsHost } from "../helpers/customFunctionsHost";

/** Each EDU function called as Excel calls it (matrix parameters as functions.json declares them). */
const edu = asExcelCalls(functions);
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

beforeAll(() => {
  installCustomFunctionsHost();
  // Built by webpack from seeds/ in the add-in; here the same parser gives the same reports.
  runtimeStore.dataset.addReport(seedReport());
  runtimeStore.setReady();
});

describe("EDU functions: answers on the seed (hand-computed from the report text)", () => {
  it("COVERAGE", async () => {
    expect(await cell(edu.coverage("Алматы", "school", "turnstile"))).toBeCloseTo(100 / 214, 12);
    expect(await cell(edu.coverage("ВКО", "kg", "ЦОУ"))).toBe(1);
    expect(await cell(edu.coverage("Алматинская", "college", "video"))).toBe(0);
    expect(await cell(edu.coverage("Казахстан", "all", "video"))).toBeCloseTo(5985 / 9986, 12);
    expect(await cell(edu.coverage("Kazakhstan", "school", "turnstile", "2023-Q1"))).toBeCloseTo(
      1054 / 1407,
      12
    );
  });

  it("COVERED, TOTAL, GAP", async () => {
    expect(await cell(edu.covered("Алматы", "school", "turnstile"))).toBe(100);
    expect(await cell(edu.total("Алматы", "school", "turnstile"))).toBe(214);
    expect(await cell(edu.gap("Алматы", "school", "turnstile"))).toBe(114);
    // Семей, all types, turnstiles: 0+47+10 of 14+70+13.
    expect(await cell(edu.covered("Семей", "all", "turnstile"))).toBe(57);
    expect(await cell(edu.total("Семей", "all", "turnstile"))).toBe(97);
    expect(await cell(edu.gap("Семей", "all", "turnstile"))).toBe(40);
  });

  it("STATED returns the report's own percentage, even where it is wrong", async () => {
    expect(await cell(edu.stated("Семей", "college", "turnstile"))).toBe(0.54);
    expect(await cell(edu.coverage("Семей", "college", "turnstile"))).toBeCloseTo(10 / 13, 12);
    expect(await cell(edu.stated("Казахстан", "all", "panic"))).toBe(0.93);
  });

  it("LAGGING spills names and coverage, worst first", async () => {
    const rows = (await cell(edu.lagging("video", "college", 0.5))) as unknown[][];
    // Колледжи, видео: Алматинская 0/22, Туркестанская 0/25, Улытау 0/9, Жамбылская 1/18, Абай 2/21, Атырауская 6/17, Актюбинская 11/24.
    expect(rows.map((r) => r[0])).toEqual([
      "Алматинская",
      "Туркестанская",
      "Улытау",
      "Жамбылская",
      "Абай",
      "Атырауская",
      "Актюбинская",
    ]);
    expect(rows[3][1]).toBeCloseTo(1 / 18, 12);
    const none = (await cell(edu.lagging("video", "college", 0))) as unknown[][];
    expect(none).toEqual([["(none below 0.0%)", ""]]);
  });

  it("RANK and TERRITORIES", async () => {
    expect(await cell(edu.rank("ЗКО", "school", "video"))).toBe(20);
    expect(await cell(edu.rank("Шымкент", "kindergarten", "turnstile"))).toBe(1);
    const names = (await cell(edu.territories("turnstile"))) as string[][];
    expect(names).toHaveLength(20);
    expect(names[12]).toEqual(["Караганда и Темиртау"]);
    expect(((await cell(edu.territories())) as string[][]).length).toBe(37);
  });
});

describe("EDU functions: errors carry a message, never a wrong number", () => {
  it("unknown territory → #N/A with suggestions", async () => {
    expect(await cell(edu.coverage("Алмата", "school", "turnstile"))).toBe(
      "#N/A Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?"
    );
  });

  it("unknown type or measure → #VALUE! listing the accepted values", async () => {
    expect(await cell(edu.coverage("Алматы", "university", "turnstile"))).toBe(
      "#VALUE! Unknown organisation type 'university'. Accepted: kindergarten, school, college, all."
    );
    expect(await cell(edu.gap("Алматы", "school", "fence"))).toBe(
      "#VALUE! Unknown measure 'fence'. Accepted: video, guard, panic, turnstile."
    );
    expect(await cell(edu.lagging("fence"))).toMatch(/^#VALUE! Unknown measure 'fence'/);
  });

  it("a territory the measure is not reported for → #N/A that says why", async () => {
    expect(await cell(edu.coverage("Алматинская", "school", "turnstile"))).toBe(
      "#N/A Turnstiles are reported for the large cities, not for Алматинская область. Its cities in the data: Конаев."
    );
    expect(await cell(edu.covered("Караганда", "school", "video"))).toBe(
      "#N/A Video surveillance linked to the police centres (ЦОУ) is reported by region, not for the city Караганда и Темиртау; see Карагандинская область."
    );
  });

  it("unknown period → #N/A listing the loaded periods", async () => {
    expect(await cell(edu.total("Алматы", "school", "turnstile", "2022-Q4"))).toBe(
      "#N/A Unknown period '2022-Q4'. Loaded: 2023-Q1."
    );
  });

  it("in a Russian Office the messages are Russian (Office.context.displayLanguage)", async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "ru-RU" } };
    try {
      expect(await cell(edu.coverage("Алмата", "school", "turnstile"))).toBe(
        "#N/A Неизвестная территория «Алмата». Возможно, имелось в виду: Алматы, Алматинская область?"
      );
      expect(await cell(edu.coverage("Алматы", "school", "лифт"))).toBe(
        "#VALUE! Неизвестное значение «лифт» (мера). Допустимо: video, guard, panic, turnstile."
      );
      expect(await cell(edu.coverage("Алматинская", "school", "turnstile"))).toMatch(
        /^#N\/A Мера «Турникеты \(пропускная система\)» приводится по крупным городам, а не по территории «Алматинская область»\. Города этой территории в данных: Конаев\.$/
      );
      expect(await cell(edu.change("Алматы", "school", "turnstile"))).toBe(
        "#N/A Загружен только один период (2023-Q1): для изменения нужны два. Импортируйте отчёт за другой квартал."
      );
      expect(await cell(edu.lagging("video", "school", 0.01))).toEqual([["(ниже 1,0% нет)", ""]]);
    } finally {
      delete g.Office;
    }
  });

  it("in a Kazakh Office (kk-KZ) the messages are Kazakh", async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "kk-KZ" } };
    try {
      expect(await cell(edu.coverage("Алмата", "school", "turnstile"))).toBe(
        "#N/A «Алмата» аумағы табылмады. Мүмкін, мыналардың бірі шығар: Алматы, Алматы облысы."
      );
      expect(await cell(edu.coverage("Алматы", "school", "лифт"))).toBe(
        "#VALUE! «лифт» — белгісіз шара. Рұқсат етілген мәндер: video, guard, panic, turnstile."
      );
      expect(await cell(edu.coverage("Алматинская", "school", "turnstile"))).toMatch(
        /^#N\/A «Турникеттер \(өткізу жүйесі\)» шарасы «Алматы облысы» аумағы бойынша емес, ірі қалалар бойынша беріледі\. Осы аумақтың деректердегі қалалары: Қонаев\.$/
      );
      expect(await cell(edu.change("Алматы", "school", "turnstile"))).toBe(
        "#N/A Тек бір кезең жүктелген (2023-Q1): өзгеріс үшін екі кезең керек. Басқа тоқсанның есебін импорттаңыз."
      );
      expect(await cell(edu.lagging("video", "school", 0.01))).toEqual([
        ["(1,0%-дан төмен аумақ жоқ)", ""],
      ]);
    } finally {
      delete g.Office;
    }
  });

  it("a wrong threshold → #VALUE!", async () => {
    expect(await cell(edu.lagging("video", "school", -5))).toMatch(/^#VALUE! Threshold '-5'/);
  });

  it("CHANGE, CHANGEIN, SERIES with one period loaded → #N/A that says a change needs two", async () => {
    const message =
      "#N/A Only one period is loaded (2023-Q1): a change needs two. Import another quarter's report.";
    expect(await cell(edu.change("Алматы", "school", "turnstile"))).toBe(message);
    expect(await cell(edu.changeIn("Алматы", "school", "turnstile"))).toBe(message);
    expect(await cell(edu.series("Алматы", "school", "turnstile"))).toBe(message);
  });
});

describe("ranges in, spills out (as Excel passes a range: a two-dimensional array)", () => {
  it("a column of territories spills one answer per name, the error only where a name does not resolve", async () => {
    const names = [["Алматы"], ["Алмата"], ["Шымкент"], ["Семей"]];
    const out = (await cell(edu.coverage(names, "school", "turnstile"))) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0][0]).toBeCloseTo(100 / 214, 12);
    expect(out[1][0]).toBe(
      "#N/A Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?"
    );
    for (const [i, name] of [
      [0, "Алматы"],
      [2, "Шымкент"],
      [3, "Семей"],
    ] as const)
      expect(out[i][0]).toBe(await cell(edu.coverage(name, "school", "turnstile")));
  });

  it("a row of types or of measures spills across; a single value goes with every cell", async () => {
    const byType = (await cell(
      edu.covered("Семей", [["kindergarten", "school", "college"]], "turnstile")
    )) as unknown[][];
    expect(byType).toEqual([[0, 47, 10]]);
    const byMeasure = (await cell(
      edu.total("Семей", "school", [["turnstile"], ["video"]])
    )) as unknown[][];
    expect(byMeasure[0][0]).toBe(70);
    expect(byMeasure[1][0]).toMatch(/^#N\/A Video surveillance .* is reported by region/);
  });

  it("ranges of different sizes are one #VALUE! that says so; the scalar call is unchanged", async () => {
    expect(await cell(edu.gap([["Алматы"], ["Семей"]], [["school", "college"]], "turnstile"))).toBe(
      "#VALUE! The ranges differ in size: 2×1 and 1×2; give ranges of one size, or single values."
    );
    expect(await cell(edu.gap("Алматы", "school", "turnstile"))).toBe(114);
    expect(await cell(functions.gap([["Алматы"]], [["school"]], [["turnstile"]]))).toBe(114);
  });
});

describe("EDU functions over two quarters (figures generated, not read back)", () => {
  it("CHANGE, CHANGEIN and SERIES answer as the generated figures", async () => {
    const q = quarters(2, 11);
    // The last tests in this file: the runtime store keeps the second quarter from here on.
    runtimeStore.dataset.addReport(q.reports[1]);
    const key =
      "turnstile|school|" +
      seedReport().records.find(
        (r) => r.measure === "turnstile" && r.territoryName.startsWith("Алматы")
      )!.territoryId;
    const [a, b] = q.periods.map((p) => q.figures.get(p)!.get(key)!);
    expect(await cell(edu.change("Алматы", "school", "turnstile"))).toBeCloseTo(
      b.covered / b.total - a.covered / a.total,
      12
    );
    expect(await cell(edu.changeIn("Алматы", "school", "turnstile", "2023-Q1", "2023-Q2"))).toBe(
      b.covered - a.covered
    );
    expect(await cell(edu.series("Алматы", "school", "turnstile"))).toEqual([
      ["2023-Q1", a.covered / a.total],
      ["2023-Q2", b.covered / b.total],
    ]);
  });

  it("STATED, RANK, CHANGE and CHANGEIN take a range too: one answer per name, the error in its cell", async () => {
    const names = [["Алматы"], ["Нарния"], ["Семей"]];
    for (const [fn, args] of [
      ["stated", ["school", "turnstile"]],
      ["rank", ["school", "turnstile"]],
      ["change", ["school", "turnstile"]],
      ["changeIn", ["school", "turnstile", "2023-Q1", "2023-Q2"]],
    ] as const) {
      const call = edu[fn] as (...a: unknown[]) => Promise<unknown>;
      const out = (await cell(call(names, ...args))) as unknown[][];
      expect({ fn, rows: out.length }).toEqual({ fn, rows: 3 });
      expect(out[1][0]).toMatch(/^#N\/A Unknown territory 'Нарния'/);
      for (const i of [0, 2])
        expect({ fn, i, v: out[i][0] }).toEqual({
          fn,
          i,
          v: await cell(call(names[i][0], ...args)),
        });
    }
  });

  it("answer as the CLI does on the same reports (cli change), errors included", async () => {
    const q = quarters(2, 11);
    const dir = mkdtempSync(join(tmpdir(), "edu-cli-"));
    const files = q.texts.map((text, i) => {
      const file = join(dir, `q${i + 1}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const asked: Array<[string, string, string]> = [
      ["Алматы", "school", "turnstile"],
      ["ВКО", "all", "video"],
      ["Казахстан", "college", "guard"],
      ["Семей", "kindergarten", "panic"],
      ["Нарния", "school", "turnstile"],
      ["Алматы", "school", "video"],
    ];
    for (const [t, o, m] of asked) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(["change", t, o, m, "--report", files[0], "--report", files[1]], {
        out: (x) => out.push(x),
        err: (x) => err.push(x),
      });
      const fromFunction = await cell(edu.change(t, o, m));
      if (code === 0) expect({ t, o, m, v: Number(out[0]) }).toEqual({ t, o, m, v: fromFunction });
      else expect({ t, o, m, v: `#N/A ${err[0]}` }).toEqual({ t, o, m, v: fromFunction });
    }
  });
});
