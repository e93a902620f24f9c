/**
 * One write to the workbook at a time. Two Excel.run calls are two batches of operations each, and
 * Excel runs their syncs in the order they come: a second Load started while one runs, an Import
 * saved or a target applied meanwhile, would interleave with it and leave either half-written.
 * So a write that finds another running is refused at once, with a sentence saying which is
 * running; nothing of it is queued. Within this runtime the turn is kept here; across windows
 * that may run their own, through a defined name in the workbook (workbookLock.ts).
 */
import { HostError, notice } from "../host/hostMessages";
import { releaseWorkbookLock, takeWorkbookLock } from "./workbookLock";

export type WriteKind = "load" | "import" | "targets" | "pivot" | "name";

let running: WriteKind | null = null;

/** Runs `write` unless another write is running; then refuses with a HostError ("write-busy"). */
export async function exclusiveWrite<T>(kind: WriteKind, write: () => Promise<T>): Promise<T> {
  if (running !== null) throw new HostError(notice("write-busy", { running, asked: kind }));
  running = kind;
  try {
    // Another window's write, seen through the workbook (workbookLock.ts).
    const locked = await takeWorkbookLock(kind);
    try {
      return await write();
    } finally {
      if (locked) await releaseWorkbookLock();
    }
  } finally {
    running = null;
  }
}

/** The write running now, if any (the pane disables its write buttons meanwhile). */
export function runningWrite(): WriteKind | null {
  return running;
}
