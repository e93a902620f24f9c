/*
 * The functions' webpack entry: registers the EDU functions (functions.ts, whose associate calls
 * the metadata plugin appends) and restores the workbook's imported reports, without the pane.
 */
import "./functions";
import { restoreWhenOfficeReady } from "../excel/restoreOnReady";
import { runtimeStore } from "./runtime";

restoreWhenOfficeReady(runtimeStore);
