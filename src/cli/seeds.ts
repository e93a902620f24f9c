import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Report } from "../domain/report";
import { parseReport } from "../report/parseReport";

/** The project's own reports (seeds/*.txt), the built-in dataset. */
export const SEEDS_DIR = resolve(__dirname, "../../seeds");

export function seedFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

export function loadSeedReports(dir = SEEDS_DIR): Report[] {
  return seedFiles(dir).map((f) => parseReport(readFileSync(f, "utf8")));
}
