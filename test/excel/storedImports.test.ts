import { friendlyError } from "../../src/taskpane/friendlyError";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { restoreWhenOfficeReady } from "../../src/excel/restoreOnReady";
import {
  IMPORTS_LIMIT_BYTES,
  IMPORTS_SETTING,
  persistImports,
  restoreImports,
  SETTINGS_LIMIT_BYTES,
  storedImportsBytes,
} from "../../src/excel/storedImports";
import { HostError } from "../../src/host/hostMessages";
import { userWorkbook } from "../helpers/strictHost";
import { renderReport } from "../../src/report/renderReport";
import { seedReport } from "../helpers/seed";
import { parseReport } from "../../src/report/parseReport";

function installSettings(initial: Record<string, unknown>, saveFails = false) {
  const values = { ...initial };
  // The Common API's document settings, as the host provides them.
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          get: (k: string) => values[k] ?? null,
          set: (k: string, v: unknown) => {
            values[k] = v;
          },
          remove: (k: string) => {
            delete values[k];
          },
          saveAsync: (cb: (r: unknown) => void) =>
            cb(
              saveFails
                ? { status: "failed", error: { message: "quota" } }
                : { status: "succeeded" }
            ),
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office });
  return values;
}

describe("imported reports stored in the workbook", () => {
  const q2 = renderReport({ ...seedReport(), period: "2023-Q2" });

  it("are saved as their source text and restored on reopening", async () => {
    const values = installSettings({});
    const store = new DatasetStore([seedReport()]);
    store.addImported(parseReport(q2), q2);
    await persistImports(store.importedTexts());
    expect(values[IMPORTS_SETTING]).toEqual([{ period: "2023-Q2", text: q2 }]);

    // Reopen: a fresh runtime with only the built-in report reads the setting back.
    const reopened = new DatasetStore([seedReport()]);
    expect(restoreImports(reopened)).toBe(1);
    expect(reopened.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
  });

  it("ignores a setting that is not a list of reports", () => {
    installSettings({ [IMPORTS_SETTING]: "garbage" });
    expect(restoreImports(new DatasetStore([]))).toBe(0);
    installSettings({ [IMPORTS_SETTING]: [{ period: "x", text: "not a report" }, 42] });
    expect(restoreImports(new DatasetStore([]))).toBe(0);
  });

  it("reports a failed save", async () => {
    installSettings({}, true);
    await expect(persistImports([])).rejects.toThrow(
      "Could not save the imported report in the workbook: quota"
    );
  });
});

describe("restoring when Office is ready (the functions' entry, before the pane)", () => {
  it("restores the stored imports, then releases the functions", async () => {
    const q2 = renderReport({ ...seedReport(), period: "2023-Q2" });
    installSettings({ [IMPORTS_SETTING]: [{ period: "2023-Q2", text: q2 }] });
    Object.assign((globalThis as unknown as { Office: Record<string, unknown> }).Office, {
      HostType: { Excel: "Excel" },
      onReady: (cb: (info: { host: string }) => void) => cb({ host: "Excel" }),
    });
    const store = new DatasetStore([seedReport()]);
    restoreWhenOfficeReady(store);
    await store.whenReady();
    expect(store.ready).toBe(true);
    expect(store.dataset.periods()).toEqual(["2023-Q1", "2023-Q2"]);
    expect(store.startupProblem).toBeNull();
  });

  it("releases the functions with a message for the pane when the settings cannot be read", async () => {
    installSettings({});
    const office = (
      globalThis as unknown as {
        Office: { context: { document: { settings: { get: () => unknown } } } };
      }
    ).Office;
    office.context.document.settings.get = () => {
      throw new Error("settings are locked");
    };
    Object.assign(office, {
      HostType: { Excel: "Excel" },
      onReady: (cb: (info: { host: string }) => void) => cb({ host: "Excel" }),
    });
    const store = new DatasetStore([seedReport()]);
    restoreWhenOfficeReady(store);
    await store.whenReady();
    expect(store.startupProblem?.message).toBe(
      "The reports stored in this workbook could not be restored: settings are locked"
    );
    // The pane says it in its language.
    expect(friendlyError(store.startupProblem, "ru")).toBe(
      "Не удалось восстановить отчёты, сохранённые в этой книге: settings are locked"
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
    expect(host.documentSettings.get(IMPORTS_SETTING)).toEqual(texts);
    expect(restoreImports(new DatasetStore([]))).toBe(n);
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
    expect(host.documentSettings.get(IMPORTS_SETTING)).toEqual(before);
  });

  it("a save that fails puts the previous value back: settings and saved workbook agree", async () => {
    const host = await userWorkbook();
    const before = stored(3);
    await persistImports(before);
    host.failSaveAsync = true;
    await expect(persistImports(stored(4))).rejects.toThrow(/^Could not save the imported report/);
    expect(host.documentSettings.get(IMPORTS_SETTING)).toEqual(before);
    // A first import that fails leaves no setting at all.
    const fresh = await userWorkbook();
    fresh.failSaveAsync = true;
    await expect(persistImports(stored(1))).rejects.toThrow();
    expect(fresh.documentSettings.has(IMPORTS_SETTING)).toBe(false);
  });

  it("the strict host refuses a save past 2 MB as Office's error 4001 does", async () => {
    const host = await userWorkbook();
    const settings = Office.context.document.settings;
    settings.set("big", "ж".repeat(SETTINGS_LIMIT_BYTES / 2 + 1));
    const result = await new Promise<Office.AsyncResult<void>>((r) => settings.saveAsync(r));
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({ code: 4001 });
    void host;
  });
});
