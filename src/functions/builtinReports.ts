import type { Report } from "../domain/report";

/** Set by webpack (DefinePlugin) to the reports parsed from seeds/ at build time. */
declare const __BUILTIN_REPORTS__: Report[] | undefined;

export function builtinReports(): Report[] {
  return typeof __BUILTIN_REPORTS__ !== "undefined" ? __BUILTIN_REPORTS__ : [];
}
