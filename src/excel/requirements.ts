/** Whether this Excel has ExcelApi `version` (Office.context.requirements.isSetSupported). */
export function hasExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
