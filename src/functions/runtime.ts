import { DatasetStore } from "../analysis/datasetStore";
import { builtinReports } from "./builtinReports";

/** The shared runtime's dataset: one instance for the functions and the task pane. */
export const runtimeStore = new DatasetStore(builtinReports());

/**
 * The page releases the functions once the workbook's stored imports are restored. Should the page
 * never get there (office.js failed to start), answer from the built-in reports rather than wait forever.
 */
export const READY_FALLBACK_MS = 5000;
const fallback: unknown = setTimeout(() => runtimeStore.setReady(), READY_FALLBACK_MS);
// In Node (tests, CLI) the timer must not keep the process alive.
(fallback as { unref?: () => void }).unref?.();
