/**
 * Writes take turns across windows too. A second window of the workbook may run a runtime of its
 * own (Microsoft's docs say a shared runtime serves one task pane and lives as long as the
 * document, REF office-js-docs-pr docs/testing/runtimes.md and
 * docs/develop/configure-your-add-in-to-use-a-shared-runtime.md, but not what a second window
 * gets), where writeLock.ts's in-memory turn is not seen. So a write also holds a workbook-level
 * defined name while it runs: added before it (one sync), deleted after it (one sync). Adding a
 * name that exists fails (ItemAlreadyExists: names and tables share one namespace), so two windows
 * never both hold it. A name left by a window that closed mid-write is taken over once it is
 * older than STALE_MS. Without ExcelApi 1.4 (no names API) only the in-memory turn holds.
 */
import { HostError, notice } from "../host/hostMessages";
import { hasExcelApi } from "./requirements";
import type { WriteKind } from "./writeLock";

export const LOCK_NAME = "SchoolSafetyCoverage_Writing";
/** Longer than the slowest load measured (100 periods on the strict host take seconds). */
export const STALE_MS = 10 * 60 * 1000;
/** This runtime's mark on the lock (not secret: only told apart from another window's). */
const OWNER = `w${Math.floor(Math.random() * 1e9).toString(36)}`;

interface Held {
  owner: string;
  since: number;
  kind: string;
}

const lockFormula = (kind: WriteKind, now: number) => `="${OWNER}|${now}|${kind}"`;

function heldBy(formula: string): Held | null {
  const m = /^="?([^|"]+)\|(\d+)\|([^"]*)"?$/.exec(formula);
  return m ? { owner: m[1], since: Number(m[2]), kind: m[3] } : null;
}

function busyElsewhere(held: Held | null, asked: WriteKind): HostError {
  const since = held ? new Date(held.since) : null;
  const at = since
    ? `${String(since.getHours()).padStart(2, "0")}:${String(since.getMinutes()).padStart(2, "0")}`
    : "?";
  return new HostError(
    notice("write-busy-elsewhere", { running: held?.kind ?? "load", asked, since: at })
  );
}

/** Takes the workbook's write lock, or refuses with a HostError naming what holds it and since when. */
export async function takeWorkbookLock(kind: WriteKind, now = Date.now()): Promise<boolean> {
  if (!hasExcelApi("1.4")) return false;
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.add(LOCK_NAME, lockFormula(kind, now));
    try {
      await context.sync();
      return true;
    } catch {
      // Held: by another window (refused), or left behind by a closed one (taken over).
    }
    const existing = names.getItemOrNullObject(LOCK_NAME);
    existing.load("formula");
    await context.sync();
    if (existing.isNullObject) throw busyElsewhere(null, kind); // released meanwhile: try again
    const held = heldBy(existing.formula);
    if (held && held.owner !== OWNER && now - held.since < STALE_MS)
      throw busyElsewhere(held, kind);
    existing.formula = lockFormula(kind, now);
    await context.sync();
    return true;
  });
}

/** Releases the lock this runtime holds (one sync). */
export async function releaseWorkbookLock(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.names.getItem(LOCK_NAME).delete();
    await context.sync();
  });
}
