import { CoverageDataset } from "../src/analysis/dataset";
import { queryCoverage } from "../src/analysis/query";
import { QueryCache } from "../src/analysis/queryCache";
import { parseReportStrict } from "../src/report/parseReport";
import { resolveTerritoryUncached } from "../src/domain/resolveTerritory";
import { orgTypeVocabulary } from "../src/domain/orgTypes";
import { measureVocabulary } from "../src/domain/measures";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { medianMs, report } from "./harness";

const CALLS = 100_000;

/** How analysts type the same question: the report's own name, case changes, Kazakh, English, codes. */
const SPELLINGS: Record<string, string[]> = {
  "KZ-75": ["Алматы", "алматы", "г. Алматы", "Almaty", "KZ-75"],
  "KZ-71": ["Астана", "АСТАНА", "Astana", "г.Астана"],
  "city:karaganda-temirtau": [
    "Караганда",
    "Темиртау",
    "гг. Караганда и Темиртау",
    "Karaganda",
    "Қарағанды",
  ],
  "city:oskemen": ["Усть-Каменогорск", "Өскемен", "Oskemen"],
  "city:semey": ["Семей", "Semey", "семей"],
  "KZ-63": ["ВКО", "вко", "East Kazakhstan Region", "Шығыс Қазақстан облысы"],
  "KZ-19": ["Алматинская", "Алматинская область", "Almaty Region"],
  "KZ-10": ["Абай", "область Абай", "Abai Region"],
};
const ORG = {
  kindergarten: ["kindergarten", "детсад", "kg"],
  school: ["school", "школа", "Schools"],
  college: ["college", "колледж"],
};
const MEASURE = {
  video: ["video", "ЦОУ"],
  guard: ["guard", "охрана"],
  panic: ["panic", "тревожная кнопка"],
  turnstile: ["turnstile", "турникеты"],
};

export function benchCoverage(): void {
  const seed = parseReportStrict(readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8"));
  const ds = new CoverageDataset([seed]);
  const records = seed.records.filter((r) => SPELLINGS[r.territoryId]);
  const calls: Array<[string, string, string]> = [];
  const canonical: string[] = [];
  for (let i = 0; calls.length < CALLS; i++) {
    const r = records[i % records.length];
    const names = SPELLINGS[r.territoryId];
    calls.push([
      names[i % names.length],
      ORG[r.orgType][i % ORG[r.orgType].length],
      MEASURE[r.measure][i % MEASURE[r.measure].length],
    ]);
    canonical.push(CoverageDataset.key(r.period, r.measure, r.territoryId, r.orgType));
  }
  const map = new Map(
    seed.records.map((r) => [CoverageDataset.key(r.period, r.measure, r.territoryId, r.orgType), r])
  );

  let sink = 0;
  // The path the custom functions take: one QueryCache over the shared dataset.
  const cache = new QueryCache(ds);
  const viaQuery = () => {
    for (const [t, o, m] of calls) {
      const q = cache.coverage(t, o, m);
      if (q.ok) sink += q.value;
    }
  };
  const uncached = () => {
    for (const [t, o, m] of calls) {
      const q = queryCoverage(ds, t, o, m);
      if (q.ok) sink += q.value;
    }
  };
  const viaMap = () => {
    for (const k of canonical) {
      const r = map.get(k)!;
      sink += r.covered / r.total;
    }
  };
  // The naive way: resolve the typed names afresh (no memo), then scan the records for the match.
  const viaScan = () => {
    for (const [t, o, m] of calls) {
      const tr = resolveTerritoryUncached(t);
      const ot = orgTypeVocabulary.resolveUncached(o);
      const me = measureVocabulary.resolveUncached(m);
      if (!tr.ok || !ot.ok || !me.ok) continue;
      const r = seed.records.find(
        (x) => x.territoryId === tr.territory.id && x.orgType === ot.value && x.measure === me.value
      )!;
      sink += r.covered / r.total;
    }
  };
  // Side by side, interleaved, so machine noise hits all three alike.
  const q: number[] = [];
  const mp: number[] = [];
  const sc: number[] = [];
  for (let round = 0; round < 7; round++) {
    q.push(medianMs(viaQuery, 1));
    mp.push(medianMs(viaMap, 1));
    sc.push(medianMs(viaScan, 1));
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  report("coverage_ns_per_call", (med(q) * 1e6) / CALLS, "ns", 0);
  report("coverage_vs_map_ratio", med(q) / med(mp), "x");
  report("coverage_vs_scan_speedup", med(sc) / med(q), "x");
  report("coverage_uncached_ns_per_call", (medianMs(uncached, 3) * 1e6) / CALLS, "ns", 0);
  if (sink === -1) console.log("");
}
