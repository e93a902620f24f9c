/**
 * Two things at once on the strict host, whose Excel.run calls each have their own queue and whose
 * syncs interleave as Excel's do: a second Load while one runs, an Import or a target while a Load
 * runs. The second is refused with a sentence naming what runs; nothing of it is written, and the
 * first completes exactly as it would alone.
 */
import { excelPaneHost } from "../../src/excel/excelPaneHost";
import { HostError, hostMessage } from "../../src/host/hostMessages";
import { IMPORTS_SETTING } from "../../src/excel/storedImports";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { periods, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";
import { PROFILES } from "../strictExcel/host";
import { LOCK_NAME, STALE_MS } from "../../src/excel/workbookLock";
import type { PaneHost } from "../../src/host/paneHost";

/** The pane in a second window with a runtime of its own: its own copy of every module. */
async function secondWindow(): Promise<PaneHost> {
  let host: PaneHost | undefined;
  await jest.isolateModulesAsync(async () => {
    host = (await import("../../src/excel/excelPaneHost")).excelPaneHost;
  });
  return host!;
}

const options = { replaceEdited: false, onProgress: () => undefined };

async function aloneSnapshot(plan: ReturnType<typeof planWorkbook>) {
  const host = await userWorkbook(PROFILES.web);
  await excelPaneHost.load(plan, options);
  return host.snapshot();
}

describe("writes take turns", () => {
  const first = planWorkbook([seedReport()]);
  const second = planWorkbook(periods(3));

  it("a second Load while one runs is refused, the first completes as it would alone", async () => {
    const expected = await aloneSnapshot(first);
    const host = await userWorkbook(PROFILES.web);
    const running = excelPaneHost.load(first, options);
    const refused = excelPaneHost.load(second, options);
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({
      notice: { code: "write-busy", params: { running: "load", asked: "load" } },
    });
    await expect(running).resolves.toMatchObject({ kind: "loaded" });
    expect(host.snapshot()).toEqual(expected);
    // Once it has finished, the next one runs.
    await expect(excelPaneHost.load(second, options)).resolves.toMatchObject({ kind: "loaded" });
  });

  it("an Import saved, a target applied, a pivot or =COVERAGE while a Load runs: refused, nothing stored", async () => {
    const expected = await aloneSnapshot(first);
    const host = await userWorkbook(PROFILES.web);
    const running = excelPaneHost.load(first, options);
    const attempts = await Promise.allSettled([
      excelPaneHost.saveImports([{ period: "2023-Q2", text: "…" }], () => undefined),
      excelPaneHost.applyThresholds({ "video|school": 0.9 }),
      excelPaneHost.buildPivot(first),
      excelPaneHost.registerCoverageName("en"),
    ]);
    expect(attempts.map((a) => a.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    const said = attempts.map((a) =>
      a.status === "rejected" ? hostMessage((a.reason as HostError).notice, "en") : ""
    );
    expect(said[0]).toBe(
      "Saving the import was not started: the load is still writing to this workbook. Nothing was changed; try again when it has finished."
    );
    expect(hostMessage((attempts[1] as PromiseRejectedResult).reason.notice, "ru")).toBe(
      "Применение целей не начато: загрузка ещё записывает данные в эту книгу. Ничего не изменено; повторите, когда оно закончится."
    );
    await running;
    expect(host.documentSettings.has(IMPORTS_SETTING)).toBe(false);
    expect(host.snapshot()).toEqual(expected);
  });

  it("another window's Load while one runs: refused through the workbook, with the time it began", async () => {
    const expected = await aloneSnapshot(first);
    const host = await userWorkbook(PROFILES.web);
    const other = await secondWindow();
    const running = excelPaneHost.load(first, options);
    const refused = other.load(second, options);
    await expect(refused).rejects.toMatchObject({
      notice: { code: "write-busy-elsewhere", params: { running: "load", asked: "load" } },
    });
    await expect(refused).rejects.toThrow(
      /^The load was not started: another window of this workbook has been writing to it since \d\d:\d\d \(the load\)\. Nothing was changed/
    );
    await running;
    expect(host.model.name(LOCK_NAME)).toBeUndefined();
    expect(host.snapshot()).toEqual(expected);
    await expect(other.load(second, options)).resolves.toMatchObject({ kind: "loaded" });
  });

  it("a lock left by a window that closed mid-write is taken over once stale, never while fresh", async () => {
    const host = await userWorkbook(PROFILES.web);
    const leave = (age: number) =>
      host.run(async (c) => {
        c.workbook.names.add(LOCK_NAME, `="wclosed|${Date.now() - age}|load"`);
        await c.sync();
      });
    await leave(STALE_MS / 2);
    await expect(excelPaneHost.load(first, options)).rejects.toMatchObject({
      notice: { code: "write-busy-elsewhere" },
    });
    expect(host.model.sheets.map((x) => x.name)).toEqual(["Notes"]);
    await host.run(async (c) => {
      c.workbook.names.getItem(LOCK_NAME).delete();
      await c.sync();
    });
    await leave(STALE_MS + 1000);
    await expect(excelPaneHost.load(first, options)).resolves.toMatchObject({ kind: "loaded" });
    expect(host.model.name(LOCK_NAME)).toBeUndefined();
  });

  it("the release keeps a lock that another window took over meanwhile", async () => {
    const host = await userWorkbook(PROFILES.web);
    const running = excelPaneHost.load(first, options);
    // Another window, finding this one's lock stale, replaces it while this load still runs.
    await host.run(async (c) => {
      c.workbook.names.getItem(LOCK_NAME).delete();
      c.workbook.names.add(LOCK_NAME, `="wother|${Date.now()}|load"`);
      await c.sync();
    });
    await expect(running).resolves.toMatchObject({ kind: "loaded" });
    expect(host.model.name(LOCK_NAME)?.formula).toMatch(/^="wother\|/);
  });

  it("a lock that cannot be taken for another reason says that reason, not another window", async () => {
    const host = await userWorkbook(PROFILES.web);
    // The user's own table holds the name (tables and names share one namespace).
    await host.run(async (c) => {
      c.workbook.worksheets.getItem("Notes").getRange("D1:D2").values = [["x"], [1]];
      c.workbook.tables.add("Notes!D1:D2", true).name = LOCK_NAME;
      await c.sync();
    });
    const failed = excelPaneHost.load(first, options);
    await expect(failed).rejects.toThrow(/already used by a table/);
    await expect(failed).rejects.not.toBeInstanceOf(HostError);
  });

  it("a write that fails frees the turn for the next", async () => {
    const host = await userWorkbook(PROFILES.web);
    host.fail = { sync: 3, at: "middle" }; // the lock is sync 1, the load's read sync 2
    await expect(excelPaneHost.load(first, options)).rejects.toThrow();
    expect(host.model.name(LOCK_NAME)).toBeUndefined(); // released: another window may write
    host.fail = null;
    await expect(excelPaneHost.load(first, options)).resolves.toMatchObject({ kind: "loaded" });
  });
});
