import { DatasetStore } from "../../src/analysis/datasetStore";
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
    await persistImports(store);
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
    await expect(persistImports(new DatasetStore([]))).rejects.toThrow(
      "Could not save the imported report in the workbook: quota"
    );
  });
});
