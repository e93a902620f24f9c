/**
 * The Excel builds the strict host can pretend to be. Requirement-set levels per build come from
 * PR requirement-sets/excel/excel-api-requirement-sets.md (ExcelApi 1.8–1.14 = "Office 2021"
 * volume-licensed; Mac minimum builds per set), requirement-sets/common/shared-runtime-requirement-sets.md
 * (SharedRuntime 1.1: "Excel 2021: Version 2108", Mac "16.35"; 1.2 not on volume-licensed) and
 * requirement-sets/excel/custom-functions-requirement-sets.md (CustomFunctionsRuntime 1.1–1.3 on
 * Office 2021; 1.4 "Not supported" on perpetual builds). 1.4 "includes custom functions integration
 * with data types" (entity values from EDU.TERRITORY; entity.ts, entitiesSupported), with the
 * ExcelApi 1.16 data types (Version 2208, Mac 16.64): only the web profile has both.
 *
 * The Common API's Settings set (Office.context.document.settings): Excel on every platform (PR
 * requirement-sets/common/office-add-in-requirement-sets.md, Settings: Excel "Supported" on the
 * web, Windows, Mac and iPad).
 *
 * LAMBDA: Microsoft 365 and Excel on the web (and Excel 2024), not Excel 2021 nor older Mac builds
 * (support article "LAMBDA function", Applies to: Excel for Microsoft 365, Excel for the web, Excel 2024).
 */
export interface HostProfile {
  id: string;
  label: string;
  diagnostics: { host: string; platform: string; version: string };
  sets: Record<string, string>;
  lambda: boolean;
}

export const PROFILES: Record<"web" | "excel2021" | "macMin", HostProfile> = {
  web: {
    id: "web",
    label: "Excel on the web / Microsoft 365 (current)",
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.19328.30000" },
    sets: {
      ExcelApi: "1.20",
      ExcelApiOnline: "1.1",
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.4",
      Settings: "1.1",
    },
    lambda: true,
  },
  excel2021: {
    id: "excel2021",
    label: "Excel 2021 volume-licensed (Version 2108)",
    diagnostics: { host: "Excel", platform: "PC", version: "16.0.14332.20011" },
    sets: {
      ExcelApi: "1.14",
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.3",
      Settings: "1.1",
    },
    lambda: false,
  },
  macMin: {
    // The manifest asks for SharedRuntime 1.1, first on Mac 16.35; that build has ExcelApi 1.11 (1.12 needs 16.40).
    id: "macMin",
    label: "Excel for Mac 16.35 (the oldest build the manifest accepts)",
    diagnostics: { host: "Excel", platform: "Mac", version: "16.35.20030802" },
    sets: {
      ExcelApi: "1.11",
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.2",
      Settings: "1.1",
    },
    lambda: false,
  },
};

/**
 * The first Microsoft 365 build on Windows that takes data types from custom functions: Version 2208
 * (Build 15601.20148), the first with ExcelApi 1.16 and with CustomFunctionsRuntime 1.4 (the same
 * requirement-set pages; ExcelApi 1.17 came later). It has SharedRuntime 1.2 (Version 2108) and
 * LAMBDA (Microsoft 365). Between the data types (1.16) and DoubleCellValue.numberFormat (ExcelApi
 * 1.19): the build on which a card's number must carry its format as a FormattedNumber (entity.ts).
 * Not one of PROFILES, which every Office.js suite runs against; the entity tests use it.
 */
export const M365_2208: HostProfile = {
  id: "m365v2208",
  label: "Microsoft 365 on Windows, Version 2208 (ExcelApi 1.16)",
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.15601.20148" },
  sets: { ExcelApi: "1.16", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.4", Settings: "1.1" },
  lambda: true,
};

const versionNumber = (v: string) =>
  v.split(".").reduce((n, part, i) => n + Number(part) / 1000 ** i, 0);

/** Office.context.requirements.isSetSupported, answered from the profile (a missing version means 1.1). */
export function supports(profile: HostProfile, set: string, version = "1.1"): boolean {
  const have = profile.sets[set];
  return have !== undefined && versionNumber(have) >= versionNumber(version);
}
