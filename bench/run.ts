/**
 * npm run bench: one figure per line as `name: value unit`, comparable from one change to the next.
 * Ratios are measured side by side in one run (the machine is shared and noisy).
 */
import { benchBundle, productionBuild } from "./bundle.bench";
import { benchCoverage } from "./coverage.bench";
import { benchLoad, benchStoredImports } from "./load.bench";
import { benchParse, benchPdf } from "./parse.bench";
import { benchFirstPaint } from "./paint.bench";

const suites: Record<string, () => void | Promise<void>> = {
  parse: async () => {
    benchParse();
    await benchPdf();
  },
  coverage: benchCoverage,
  load: async () => {
    await benchLoad();
    benchStoredImports();
  },
  page: async () => {
    const dist = productionBuild();
    benchBundle(dist);
    await benchFirstPaint(dist);
  },
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const [name, run] of Object.entries(suites)) {
    if (only.length && !only.includes(name)) continue;
    await run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
