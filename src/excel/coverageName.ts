/**
 * The product brief's literal formula =COVERAGE("Алматы","school","turnstile"): a workbook-level
 * name holding a LAMBDA over EDU.COVERAGE. Hosts without LAMBDA reject the name; we report that.
 */
export const COVERAGE_NAME = "COVERAGE";
export const COVERAGE_LAMBDA =
  "=LAMBDA(territory, org_type, measure, EDU.COVERAGE(territory, org_type, measure))";

export type CoverageNameResult = { registered: true } | { registered: false; reason: string };

export async function registerCoverageName(): Promise<CoverageNameResult> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    return {
      registered: false,
      reason:
        "This Excel cannot define names from an add-in (ExcelApi 1.7 is missing); use =EDU.COVERAGE(…) instead.",
    };
  }
  try {
    await Excel.run(async (context) => {
      const existing = context.workbook.names.getItemOrNullObject(COVERAGE_NAME);
      await context.sync();
      if (existing.isNullObject) {
        context.workbook.names.add(
          COVERAGE_NAME,
          COVERAGE_LAMBDA,
          "School Safety Coverage: =COVERAGE(territory, org_type, measure)"
        );
      } else {
        existing.formula = COVERAGE_LAMBDA;
      }
      await context.sync();
    });
    return { registered: true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      registered: false,
      reason: `This Excel does not accept LAMBDA names (${message}); use =EDU.COVERAGE(…) instead.`,
    };
  }
}
