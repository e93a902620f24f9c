/** The requirement-set check, shared with the custom functions (src/host/requirements.ts). */
export { hasExcelApi, isSetSupported } from "../host/requirements";
