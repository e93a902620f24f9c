import { DatasetStore } from "../analysis/datasetStore";
import { builtinReports } from "./builtinReports";

/** The shared runtime's dataset: one instance for the functions and the task pane. */
export const runtimeStore = new DatasetStore(builtinReports());
