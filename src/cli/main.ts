#!/usr/bin/env node
/**
 * The team's way to use the data core without Excel:
 *   cli parse FILE                                   JSON of the parsed report
 *   cli audit FILE                                   the report's contradictions, for a person
 *   cli coverage TERRITORY ORGTYPE MEASURE [--report FILE] [--period P]
 *   cli change TERRITORY ORGTYPE MEASURE --report A --report B [--from P] [--to P]
 *   cli workbook --out FILE [--report FILE …] [--lang en|ru|kk]
 *                                                    the workbook plan written as .xlsx (one period per report)
 *   cli report --lang ru|kk --out FILE.txt|FILE.docx [--report FILE …] [--period P] [--previous P]
 *                                                    the quarter's report written from the figures
 * Exit codes: 0 fine, 1 the input has errors (or a name does not resolve), 2 usage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readReportSource, UnreadableFileError } from "../report/readReportFile";
import { parseReportSource } from "../report/reportSource";
import { draftReport, writeReportText } from "../report/writeReport";
import { auditReport } from "../analysis/audit";
import { CoverageDataset } from "../analysis/dataset";
import { QueryCache } from "../analysis/queryCache";
import { issueCount, type Report } from "../domain/report";
import { WORKBOOK_LANGS, type WorkbookLang } from "../workbook/layout";
import { MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import { nodePdfEngine } from "./nodePdf";
import { loadSeedReports } from "./seeds";
import { addAllTexts } from "../host/allTexts";

class UsageError extends Error {}

const USAGE = `usage:
  cli parse FILE
  cli audit FILE
  cli coverage TERRITORY ORGTYPE MEASURE [--report FILE] [--period PERIOD]
  cli change TERRITORY ORGTYPE MEASURE --report FILE --report FILE [--from PERIOD] [--to PERIOD]
  cli workbook --out FILE.xlsx [--report FILE ...] [--lang ${WORKBOOK_LANGS.join("|")}]
  cli report --out FILE.txt|FILE.docx [--lang ru|kk] [--report FILE ...] [--period PERIOD]
             [--previous PERIOD]

FILE       a ministry report: .pdf (its text; a scan is refused, no OCR), .docx (prose or tables),
           or text (.txt) in UTF-8, UTF-16, Windows-1251, KOI8-R or CP866 (found by itself)
TERRITORY  as people write it, in Russian, Kazakh or English: Алматы, "Алматинская область",
           ВКО, ШҚО, Shymkent, KZ-75; Казахстан for the whole country
ORGTYPE    ${[...ORG_TYPES, "all"].join(" | ")}
MEASURE    ${MEASURE_IDS.join(" | ")}
PERIOD     as the report names it: 2023-Q1
--report   read this report instead of the built-in one (repeat it for several periods)
--lang     the workbook's language: ${WORKBOOK_LANGS.join(" | ")} (default en); the written
           report's: ru | kk (default ru)
--period   (report) the quarter written (default: the latest); --previous: the one its changes
           are counted from (default: the one before it, when two or more are given)

Exit codes: 0 fine; 1 the report has errors, the file cannot be read, or a name does not
resolve; 2 usage.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A report file, read: a PDF (its text layer), a Word .docx (prose or tables), or text in any
 * encoding the ministry saves (readReportSource).
 */
async function readReport(file: string | undefined): Promise<Report> {
  if (!file) throw new UsageError("missing FILE");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : (code ?? "unreadable");
    throw new UsageError(`cannot read '${file}': ${why}`);
  }
  // A file that is no report we can read (UnreadableFileError) is said as it is, with exit 1.
  return parseReportSource(await readReportSource(file, bytes, { pdf: nodePdfEngine }));
}

/** Splits "--name value" options from positional arguments; a repeated option keeps every value. */
function options(
  args: string[],
  known: string[]
): { positional: string[]; opts: Record<string, string>; all: Record<string, string[]> } {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  const all: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (!known.includes(name)) throw new UsageError(`unknown option ${a}`);
      if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
      opts[name] = args[++i];
      (all[name] ??= []).push(opts[name]);
    } else positional.push(a);
  }
  return { positional, opts, all };
}

/** Every --report given (each one a period), else the project's own reports. */
async function reportsFrom(all: Record<string, string[]>): Promise<Report[]> {
  if (!all.report?.length) return loadSeedReports();
  const reports: Report[] = [];
  for (const f of all.report) reports.push(await readReport(f));
  return reports;
}

const isWorkbookLang = (s: string): s is WorkbookLang =>
  (WORKBOOK_LANGS as readonly string[]).includes(s);

function issueLines(report: Report): string[] {
  return report.issues.map((i) => `${i.line}:${i.column}: ${i.severity}: ${i.message} [${i.code}]`);
}

function hasErrors(report: Report): boolean {
  return report.issues.some((i) => i.severity === "error");
}

async function cmdParse(args: string[], io: Io): Promise<number> {
  const { positional } = options(args, []);
  const report = await readReport(positional[0]);
  io.out(JSON.stringify(report, null, 2));
  for (const line of issueLines(report)) io.err(line);
  return hasErrors(report) ? 1 : 0;
}

async function cmdAudit(args: string[], io: Io): Promise<number> {
  const { positional } = options(args, []);
  const file = positional[0];
  const report = await readReport(file);
  const findings = auditReport(report);
  io.out(
    `${file}: period ${report.period ?? "unknown"}, ${report.records.length} territory figures, ${report.statedTotals.length} stated headline figures.`
  );
  io.out("");
  io.out(
    findings.length
      ? `${findings.length} contradictions in the report's own figures:`
      : "No contradictions: every figure adds up."
  );
  for (const f of findings) io.out(`  line ${f.line}:${f.column}  [${f.code}] ${f.message}`);
  if (report.issues.length) {
    io.out("");
    io.out(`${issueCount(report.issues)} problems reading the text:`);
    for (const line of issueLines(report)) io.out(`  ${line}`);
  }
  return hasErrors(report) ? 1 : 0;
}

async function cmdCoverage(args: string[], io: Io): Promise<number> {
  const { positional, opts, all } = options(args, ["report", "period"]);
  if (positional.length !== 3) throw new UsageError("coverage needs TERRITORY ORGTYPE MEASURE");
  const ds = new CoverageDataset(await reportsFrom(all));
  const [territory, orgType, measure] = positional;
  const result = new QueryCache(ds).coverage(territory, orgType, measure, opts.period);
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  io.out(String(result.value));
  return 0;
}

/** As EDU.CHANGE and EDU.CHANGEIN: the change between two periods (default: the two latest). */
async function cmdChange(args: string[], io: Io): Promise<number> {
  const { positional, opts, all } = options(args, ["report", "from", "to"]);
  if (positional.length !== 3) throw new UsageError("change needs TERRITORY ORGTYPE MEASURE");
  const ds = new CoverageDataset(await reportsFrom(all));
  const [territory, orgType, measure] = positional;
  const result = new QueryCache(ds).change(territory, orgType, measure, opts.from, opts.to);
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  const c = result.value;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  io.out(String(c.points));
  io.err(
    `${c.from} → ${c.to}: ${pct(c.coverageFrom)} → ${pct(c.coverageTo)} (${c.points >= 0 ? "+" : ""}${(c.points * 100).toFixed(1)} points); covered ${c.coveredFrom} → ${c.coveredTo} (${c.covered >= 0 ? "+" : ""}${c.covered})`
  );
  return 0;
}

async function cmdWorkbook(args: string[], io: Io): Promise<number> {
  const { opts, all } = options(args, ["out", "report", "lang"]);
  if (!opts.out) throw new UsageError("workbook needs --out FILE");
  const lang = opts.lang ?? "en";
  if (!isWorkbookLang(lang))
    throw new UsageError(`--lang must be one of ${WORKBOOK_LANGS.join(", ")}, not '${lang}'`);
  const reports = await reportsFrom(all);
  const errors = reports.flatMap((r) => r.issues.filter((i) => i.severity === "error"));
  const { writeWorkbookFile } = await import("./workbookCommand");
  await writeWorkbookFile(reports, opts.out, lang);
  io.err(
    `wrote ${opts.out}${errors.length ? ` (the report has ${errors.length} errors: run 'cli audit')` : ""}`
  );
  return errors.length ? 1 : 0;
}

/** The quarter's report, written from the figures (every one computed), as text or Word. */
async function cmdReport(args: string[], io: Io): Promise<number> {
  const { opts, all } = options(args, ["out", "report", "lang", "period", "previous"]);
  if (!opts.out) throw new UsageError("report needs --out FILE.txt or FILE.docx");
  const lang = opts.lang ?? "ru";
  if (lang !== "ru" && lang !== "kk")
    throw new UsageError(`--lang must be ru or kk, not '${lang}'`);
  const docx = /\.docx$/i.test(opts.out);
  if (!docx && !/\.txt$/i.test(opts.out)) throw new UsageError("--out must end in .txt or .docx");
  const ds = new CoverageDataset(await reportsFrom(all));
  const periods = ds.periods();
  const period = opts.period ?? periods[periods.length - 1];
  if (!periods.includes(period))
    throw new UsageError(`no figures for ${period}: the reports give ${periods.join(", ")}`);
  const previous = opts.previous ?? periods[periods.indexOf(period) - 1];
  if (previous !== undefined && !periods.includes(previous))
    throw new UsageError(`no figures for ${previous}: the reports give ${periods.join(", ")}`);
  const draft = draftReport(
    ds.reportList().flatMap((r) => r.records),
    { period, previous }
  );
  // What the figures themselves disagree on: said before the text goes out, never changed.
  for (const d of draft.baseDifferences)
    io.err(
      `note: ${d.territoryName}, ${d.orgType}: the number of organisations differs between measures (${d.totals.map((t) => `${t.measure} ${t.total}`).join(", ")}); written as each measure gives it`
    );
  const bytes = docx
    ? await (await import("../report/reportDocx")).reportDocx(draft, lang)
    : new TextEncoder().encode(`${writeReportText(draft, lang)}\n`);
  writeFileSync(opts.out, bytes);
  io.err(
    `wrote ${opts.out}: ${period}${previous ? `, changes since ${previous}` : ""}, in ${lang}`
  );
  return 0;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  // The command line fetches nothing: every language's messages are here from the start.
  addAllTexts();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "parse":
        return await cmdParse(rest, io);
      case "audit":
        return await cmdAudit(rest, io);
      case "coverage":
        return await cmdCoverage(rest, io);
      case "change":
        return await cmdChange(rest, io);
      case "workbook":
        return await cmdWorkbook(rest, io);
      case "report":
        return await cmdReport(rest, io);
      case undefined:
        io.err(USAGE);
        return 2;
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`cli: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof UnreadableFileError) {
      io.err(`cli: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  // `cli parse FILE | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`cli: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  );
}
