/**
 * Suites that need a real engine (Chromium, LibreOffice, xmllint and the XSDs) run where it is
 * found; elsewhere they are skipped with one line naming the engine and how to get it. With
 * REQUIRE_ENGINES=1 (set by .ci/run) a missing engine fails the suite instead.
 */
import { type Engine, REQUIRE_ENGINES, skipLine } from "../../scripts/engines";

export function describeWith(
  engines: Record<string, Engine>,
  name: string,
  suite: () => void
): void {
  const missing = Object.entries(engines).find(([, e]) => !e.found) as
    [string, Extract<Engine, { found: false }>] | undefined;
  if (!missing) {
    describe(name, suite);
    return;
  }
  const [what, engine] = missing;
  if (REQUIRE_ENGINES) {
    describe(name, () => {
      it(`needs ${what}`, () => {
        throw new Error(`${what}: ${engine.why} (REQUIRE_ENGINES=1)`);
      });
    });
    return;
  }
  process.stderr.write(`${skipLine(`"${name}"`, engine)}\n`);
  describe.skip(name, suite);
}
