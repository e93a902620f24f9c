import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReportStrict } from "../src/report/parseReport";
import { renderReport } from "../src/report/renderReport";
import { type RenderStyle, SEED_LIKE_STYLE } from "../src/report/reportStyle";
import { nodePdfEngine } from "../src/cli/nodePdf";
import { readReportSource } from "../src/report/readReportFile";
import { parseReportSource } from "../src/report/reportSource";
import { makePdf, PLAIN_LAYOUT } from "../test/helpers/pdf";
import { medianMs, report } from "./harness";

const SEED = readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8");

/**
 * A synthetic report n times the seed's size: the seed's figures re-rendered n times in varied
 * typography (later copies repeat territories, so they also exercise the issue path).
 */
function synthetic(n: number): string {
  const seed = parseReportStrict(SEED);
  const styles: RenderStyle[] = [
    SEED_LIKE_STYLE,
    {
      dash: "—",
      thousands: "\u00A0",
      tight: true,
      spaceAfterPrefix: false,
      itemsOnOwnLines: true,
      splitItems: true,
      headingWording: 1,
      typoInGrowth: true,
    },
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < SEED.length * n; i++) {
    const text = renderReport(seed, styles[i % styles.length]);
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join("\n");
}

export function benchParse(): void {
  const kb = (s: string) => Buffer.byteLength(s, "utf8") / 1024;
  // Warm the JIT first: the seed run is short enough for a cold start to dominate it.
  for (let i = 0; i < 50; i++) parseReportStrict(SEED);
  const seedMs = medianMs(() => parseReportStrict(SEED), 41);
  report("parse_seed_ms", seedMs, "ms");
  const perKbSeed = seedMs / kb(SEED);
  for (const n of [10, 100]) {
    const text = synthetic(n);
    const ms = medianMs(() => parseReportStrict(text), n === 100 ? 3 : 7);
    report(`parse_${n}x_ms`, ms, "ms");
    report(`parse_per_kb_ratio_${n}x`, ms / kb(text) / perKbSeed, "x");
  }
}

/** The seed as a PDF (laid out by pdf-lib, as the tests make it), read through pdf.js and parsed. */
export async function benchPdf(): Promise<void> {
  const pdf = await makePdf(SEED, PLAIN_LAYOUT);
  const read = async () =>
    parseReportSource(await readReportSource("q.pdf", pdf.bytes, { pdf: nodePdfEngine }));
  await read(); // pdf.js loaded, the JIT warmed
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    const r = await read();
    times.push(performance.now() - t);
    if (r.records.length !== 240)
      throw new Error(`the seed's PDF read ${r.records.length} figures`);
  }
  times.sort((a, b) => a - b);
  report("parse_seed_pdf_ms", times[Math.floor(times.length / 2)], "ms");
}
