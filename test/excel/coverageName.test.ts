import { OfficeMockObject } from "office-addin-mock";
import { COVERAGE_LAMBDA, registerCoverageName } from "../../src/excel/coverageName";

interface NamesMock {
  added: Array<{ name: string; formula: string }>;
  existing: { isNullObject: boolean; formula?: string };
  failOnAdd?: string;
}

function installHost(names: NamesMock, excelApi17 = true) {
  const officeMock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && (excelApi17 || Number(v) < 1.7),
      },
    },
  });
  const excelMock = new OfficeMockObject({
    context: {
      workbook: {
        names: {
          getItemOrNullObject: () => names.existing,
          add: (name: string, formula: string) => {
            if (names.failOnAdd) throw new Error(names.failOnAdd);
            names.added.push({ name, formula });
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<void>) {
      await callback((this as unknown as { context: unknown }).context);
    },
  });
  Object.assign(globalThis, { Office: officeMock, Excel: excelMock });
}

describe("registerCoverageName", () => {
  it("adds the workbook name COVERAGE holding a LAMBDA over EDU.COVERAGE", async () => {
    const names: NamesMock = { added: [], existing: { isNullObject: true } };
    installHost(names);
    expect(await registerCoverageName()).toEqual({ registered: true });
    expect(names.added).toEqual([{ name: "COVERAGE", formula: COVERAGE_LAMBDA }]);
    expect(COVERAGE_LAMBDA).toBe(
      "=LAMBDA(territory, org_type, measure, EDU.COVERAGE(territory, org_type, measure))"
    );
  });

  it("updates the name in place when the workbook has it already", async () => {
    const names: NamesMock = { added: [], existing: { isNullObject: false, formula: "=1" } };
    installHost(names);
    expect(await registerCoverageName()).toEqual({ registered: true });
    expect(names.added).toEqual([]);
    expect(names.existing.formula).toBe(COVERAGE_LAMBDA);
  });

  it("skips it with a reason when the host rejects LAMBDA", async () => {
    installHost({ added: [], existing: { isNullObject: true }, failOnAdd: "InvalidArgument" });
    const r = await registerCoverageName();
    expect(r.registered).toBe(false);
    if (!r.registered)
      expect(r.reason).toMatch(
        /does not accept LAMBDA names \(InvalidArgument\); use =EDU.COVERAGE/
      );
  });

  it("skips it with a reason when the requirement set is missing", async () => {
    const names: NamesMock = { added: [], existing: { isNullObject: true } };
    installHost(names, false);
    const r = await registerCoverageName();
    expect(r).toEqual({
      registered: false,
      reason: expect.stringContaining("ExcelApi 1.7 is missing"),
    });
    expect(names.added).toEqual([]);
  });
});
