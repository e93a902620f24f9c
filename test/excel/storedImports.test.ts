import { friendlyError } from "../../src/taskpane/friendlyError";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { restoreWhenOfficeReady } from "../../src/excel/restoreOnReady";
import { IMPORTS_SETTING, restoreImports } from "../../src/excel/storedImports";
import {
  IMPORTS_LIMIT_BYTES,
  persistImports,
  SETTINGS_LIMIT_BYTES,
  storedImportsBytes,
} from "../../src/excel/persistImports";
import { HostError } from "../../src/host/hostMessages";
import { userWorkbook } from "../helpers/strictHost";
import { renderReport } from "../../src/report/renderReport";
import { seedReport } from "../helpers/seed";
import { parseReport } from "../../src/report/parseReport";
import { StrictExcelHost } from "../strictExcel/host";
import { loadStrings } from "../../src/taskpane/i18n";

// The pane's words for what Excel refused, in each language (the page fetches one at a time).
beforeAll(() => Promise.all((["en", "ru", "kk"] as const).map(loadStrings)));

describe("imported reports stored in the workbook", () => {
  const q2 = renderReport({ ...seedReport(), period: "2023-Q2" });

  it("are saved as their source text, through Workbook.settings, and restored on reopening", async () => {
    const host = await userWorkbook();
    const store = new DatasetStore([seedReport()]);
    store.addImported(parseReport(q2), q2);
    await persistImports(store.importedTexts());
    expect(host.model.settings.get(IMPORTS_SETTING)).toEqual([{ period: "2023-Q2", text: q2 }]);
    expect(host.trace.map((t) => t.op)).toContain("settings.add");

    // Reopen: a fresh runtime with only the built-in report reads the setting back.
    host.reopen();
    const reopened = new DatasetStore([seedReport()]);
    expect(await restoreImports(reopened)).toBe(1);
    expect(reopened.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
  });

  it("ignores a setting that is not a list of reports", async () => {
    const host = await userWorkbook();
    host.model.settings.set(IMPORTS_SETTING, "garbage");
    expect(await restoreImports(new DatasetStore([]))).toBe(0);
    host.model.settings.set(IMPORTS_SETTING, [{ period: "x", text: "not a report" }, 42]);
    expect(await restoreImports(new DatasetStore([]))).toBe(0);
  });

  it("a workbook saved by an earlier version (imports in the Common API's settings) still restores", async () => {
    // Were the two APIs two stores, the imports would be where the earlier version put them.
    const host = await userWorkbook();
    Office.context.document.settings.set(IMPORTS_SETTING, [{ period: "2023-Q2", text: q2 }]);
    expect(host.model.settings.has(IMPORTS_SETTING)).toBe(false);
    const store = new DatasetStore([seedReport()]);
    expect(await restoreImports(store)).toBe(1);
    // The next import is written through Workbook.settings, and wins over the legacy copy.
    await persistImports([]);
    expect(await restoreImports(new DatasetStore([]))).toBe(0);
  });

  it("reports a save Excel refuses, and writes nothing", async () => {
    const host = await userWorkbook();
    host.fail = { sync: host.syncs + 1, at: "first" };
    await expect(persistImports([{ period: "2023-Q2", text: q2 }])).rejects.toThrow(
      /^Could not save the imported report in the workbook: GeneralException/
    );
    expect(host.model.settings.has(IMPORTS_SETTING)).toBe(false);
  });
});

describe("one settings store (Workbook.settings and Office.context.document.settings)", () => {
  it("the Common API's saveAsync writes the pane's whole copy back: a key written through Workbook.settings since is lost", async () => {
    // The strict host's rule, which the add-in's writes must survive (REF office.settings.yml).
    const host = await userWorkbook();
    await host.run(async (context) => {
      context.workbook.settings.add("written.by.load", 1);
      await context.sync();
    });
    expect(Office.context.document.settings.get("written.by.load")).toBeNull();
    Office.context.document.settings.set("written.by.pane", 2);
    await new Promise((r) => Office.context.document.settings.saveAsync(r));
    expect([...host.model.settings.keys()]).toEqual(["written.by.pane"]);
    // refreshAsync takes the copy again.
    await host.run(async (context) => {
      context.workbook.settings.add("again", 3);
      await context.sync();
    });
    await new Promise((r) => Office.context.document.settings.refreshAsync(r));
    expect(Office.context.document.settings.get("again")).toBe(3);
  });

  it("storing an import keeps every key the load wrote", async () => {
    const host = await userWorkbook();
    await host.run(async (context) => {
      context.workbook.settings.add("schoolSafetyCoverage.sheets", ["Coverage"]);
      await context.sync();
    });
    await persistImports([{ period: "2023-Q2", text: "…" }]);
    expect(host.model.settings.get("schoolSafetyCoverage.sheets")).toEqual(["Coverage"]);
  });
});

describe("restoring when Office is ready (the functions' entry, before the pane)", () => {
  it("restores the stored imports, then releases the functions", async () => {
    const q2 = renderReport({ ...seedReport(), period: "2023-Q2" });
    const host = await userWorkbook();
    host.model.settings.set(IMPORTS_SETTING, [{ period: "2023-Q2", text: q2 }]);
    const store = new DatasetStore([seedReport()]);
    restoreWhenOfficeReady(store);
    await store.whenReady();
    expect(store.ready).toBe(true);
    expect(store.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
    expect(store.startupProblem).toBeNull();
  });

  it("releases the functions with a message for the pane when the settings cannot be read", async () => {
    const host = await userWorkbook();
    host.fail = { sync: host.syncs + 1, at: "first" };
    const store = new DatasetStore([seedReport()]);
    restoreWhenOfficeReady(store);
    await store.whenReady();
    expect(store.startupProblem?.message).toMatch(
      /^The reports stored in this workbook could not be restored: GeneralException/
    );
    // The pane says it in its language.
    expect(friendlyError(store.startupProblem, "ru")).toMatch(
      /^Не удалось восстановить отчёты, сохранённые в этой книге: GeneralException/
    );
  });
});

describe("the stored imports against Office's 2 MB settings limit", () => {
  /** `n` quarters, each the seed's figures under its own period, as their report texts. */
  const stored = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const period = `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      return { period, text: renderReport({ ...seedReport(), period }) };
    });

  it.each([25, 100])("%i periods fit, are saved and restored", async (n) => {
    const host = await userWorkbook();
    const texts = stored(n);
    expect(storedImportsBytes(texts)).toBeLessThan(IMPORTS_LIMIT_BYTES);
    await persistImports(texts);
    expect(host.model.settings.get(IMPORTS_SETTING)).toEqual(texts);
    expect(await restoreImports(new DatasetStore([]))).toBe(n);
  });

  it("past the limit nothing is written and the user is told; what was stored stays", async () => {
    const host = await userWorkbook();
    const before = stored(100);
    await persistImports(before);
    const more = stored(150);
    expect(storedImportsBytes(more)).toBeGreaterThan(SETTINGS_LIMIT_BYTES);
    const refused = persistImports(more);
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toThrow(
      /^This import was not saved: with it the workbook would keep 150 imported reports, \d+\.\d MB, and Office keeps at most 2 MB of an add-in's settings in a workbook\. Nothing was lost/
    );
    expect(host.model.settings.get(IMPORTS_SETTING)).toEqual(before);
  });

  it("the strict host refuses settings past 2 MB, through either API", async () => {
    const host = new StrictExcelHost().install();
    const settings = Office.context.document.settings;
    settings.set("big", "ж".repeat(SETTINGS_LIMIT_BYTES / 2 + 1));
    const result = await new Promise<Office.AsyncResult<void>>((r) => settings.saveAsync(r));
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ code: 4001 });
    await expect(
      host.run(async (context) => {
        context.workbook.settings.add("big", "ж".repeat(SETTINGS_LIMIT_BYTES / 2 + 1));
        await context.sync();
      })
    ).rejects.toThrow(/GeneralException/);
    expect(host.model.settings.has("big")).toBe(false);
  });
});
