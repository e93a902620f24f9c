import { friendlyError } from "../../src/taskpane/friendlyError";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { restoreWhenOfficeReady } from "../../src/excel/restoreOnReady";
import { IMPORTS_SETTING, persistImports, restoreImports } from "../../src/excel/storedImports";
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
