import { hostMessage, notice } from "../../src/host/hostMessages";
import { COVERAGE_LAMBDA, registerCoverageName } from "../../src/excel/coverageName";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES } from "../strictExcel/host";
import { userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";
import { coverage } from "../../src/functions/functions";
import { runtimeStore } from "../../src/functions/runtime";

import { installCustomFunctionsHost } from "../helpers/customFunctionsHost";

beforeAll(() => {
  // Under jest the built-in dataset (injected at build time) is empty: give the runtime the seed.
  runtimeStore.addImported(seedReport(), "");
  runtimeStore.setReady();
});
beforeEach(() => installCustomFunctionsHost());

/** EDU.COVERAGE as the shared runtime registers it (the real function). */
const EDU = {
  "EDU.COVERAGE": (...args: unknown[]) => (coverage as (...a: unknown[]) => unknown)(...args),
};

describe("registerCoverageName: =COVERAGE(…) proved by evaluation", () => {
  it("Microsoft 365: defined beside the data table (no clash of names), evaluates, probe removed", async () => {
    const host = await userWorkbook(PROFILES.web, EDU);
    await loadPlanIntoExcel(planWorkbook([seedReport()]));
    const before = host.snapshot().sheets.find((s) => s.name === "Settings");
    await expect(registerCoverageName()).resolves.toEqual({ registered: true });
    expect(host.model.name("COVERAGE")?.formula).toBe(COVERAGE_LAMBDA);
    expect(host.snapshot().sheets.find((s) => s.name === "Settings")).toEqual(before);
  });

  it("its comment is in the workbook's language", async () => {
    const host = await userWorkbook(PROFILES.web, EDU);
    await loadPlanIntoExcel(planWorkbook([seedReport()], { lang: "ru" }));
    await expect(registerCoverageName("ru")).resolves.toEqual({ registered: true });
    expect(host.model.name("COVERAGE")?.comment).toMatch(/^Охват мерами антитеррористической/);
  });

  it("Excel 2021 (no LAMBDA): the name is accepted but gives #NAME?, so it is removed and the reason given", async () => {
    const host = await userWorkbook(PROFILES.excel2021, EDU);
    await loadPlanIntoExcel(planWorkbook([seedReport()]));
    const result = await registerCoverageName();
    expect(result).toMatchObject({ registered: false });
    if (result.registered) throw new Error("registered");
    expect(result.reason).toEqual(notice("lambda-unsupported", { value: "#NAME?" }));
    expect(hostMessage(result.reason, "en")).toMatch(
      /does not evaluate LAMBDA names \(a test cell gave #NAME\?\)/
    );
    expect(hostMessage(result.reason, "ru")).toMatch(/не вычисляет имена с LAMBDA/);
    expect(host.model.name("COVERAGE")).toBeUndefined();
  });

  it("without the add-in's sheets it says why, and defines nothing", async () => {
    const host = await userWorkbook(PROFILES.web, EDU);
    const result = await registerCoverageName();
    expect(result).toEqual({ registered: false, reason: notice("lambda-needs-load") });
    expect(host.model.name("COVERAGE")).toBeUndefined();
  });
});
