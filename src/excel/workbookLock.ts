/**
 * Writes take turns across windows too. A second window of the workbook may run a runtime of its
 * own (Microsoft's docs say a shared runtime serves one task pane and lives as long as the
 * document, REF office-js-docs-pr docs/testing/runtimes.md and
 * docs/develop/configure-your-add-in-to-use-a-shared-runtime.md, but not what a second window
 * gets), where writeLock.ts's in-memory turn is not seen. So a write also holds a workbook-level
 * defined name while it runs: added before it (one sync), deleted after it (one sync). Adding a
 * name that exists fails (ItemAlreadyExists: names and tables share one namespace), so two windows
 * never both hold it. A name left by a window that closed mid-write is taken over once it is
 * older than STALE_MS. Without ExcelApi 1.7 (a name's formula cannot be read) only the in-memory
 * turn holds.
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
  // names.add, getItemOrNullObject and delete are ExcelApi 1.4; reading a held lock's
  // NamedItem.formula is 1.7 (TYPES: "[Api set: ExcelApi 1.7]").
  if (!hasExcelApi("1.7")) return false;
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.add(LOCK_NAME, lockFormula(kind, now));
    let failure: unknown;
    try {
      await context.sync();
      return true;
    } catch (e) {
      failure = e; // held by another window, left by a closed one, or another reason
    }
    // The context stays usable after a failed sync: look at what holds the name.
    const existing = names.getItemOrNullObject(LOCK_NAME);
    existing.load("formula");
    await context.sync();
    if (existing.isNullObject) throw failure; // not held: the add failed for a reason of its own
    const held = heldBy(existing.formula);
    if (held && held.owner !== OWNER && now - held.since < STALE_MS)
      throw busyElsewhere(held, kind);
    // Stale, or this runtime's own: replaced in one batch (NamedItem.formula is settable only from
    // ExcelApi 1.7; delete and add are 1.4).
    existing.delete();
    names.add(LOCK_NAME, lockFormula(kind, now));
    await context.sync();
    return true;
  });
}

/**
 * Releases the lock if this runtime holds it (two syncs: a window whose write outlasted STALE_MS
 * may have lost it to another, whose lock must stay). Never throws: the write's own outcome is what
 * the user must see; a lock that could not be released is taken over once stale.
 */
export async function releaseWorkbookLock(): Promise<void> {
  if (!hasExcelApi("1.7")) return;
  try {
    await Excel.run(async (context) => {
      const existing = context.workbook.names.getItemOrNullObject(LOCK_NAME);
      existing.load("formula");
      await context.sync();
      if (existing.isNullObject || heldBy(existing.formula)?.owner !== OWNER) return;
      existing.delete();
      await context.sync();
    });
  } catch {
    // See above: left to go stale.
  }
}
