/**
 * The Map sheet's dropdowns and colour scales, and the slicers on the data table, in Office.js.
 * Each member is gated by its requirement set (learn.microsoft.com/javascript/api/excel, "API set"):
 *
 * - Range.dataValidation, DataValidation.clear / .rule, ListDataValidation: ExcelApi 1.8
 *   (excel.datavalidation, excel.listdatavalidation);
 * - ConditionalFormatCollection.add(colorScale), ConditionalFormat.colorScale,
 *   ColorScaleConditionalFormat.criteria: ExcelApi 1.6 (excel.colorscaleconditionalformat);
 * - Workbook.slicers, SlicerCollection.add / getItem, Slicer.name / caption / left / top / width /
 *   height / delete: ExcelApi 1.10 (excel.slicercollection, excel.slicer).
 *
 * A host without a set loads without that part and says so in the load's warnings.
 */
import { type HostNotice, notice } from "../host/hostMessages";
import type { PlanColorScale, PlanDataValidation, PlanSlicer } from "../workbook/plan";
import { payloadBytes, type SyncBudget } from "./budget";
import { hasExcelApi } from "./requirements";

/**
 * Dropdown lists. The range's validation is cleared first: a reload finds the previous load's
 * rules, and Range.clear is not documented to remove data validation (only contents and formats).
 * The list's source is a Range of the same sheet (ListDataValidation.source: "a Range object, or a
 * string that contains a comma-separated number, Boolean, or date").
 */
export async function queueValidations(
  ws: Excel.Worksheet,
  sheetName: string,
  validations: readonly PlanDataValidation[] | undefined,
  budget: SyncBudget,
  warnings: HostNotice[]
): Promise<void> {
  if (!validations?.length) return;
  if (!hasExcelApi("1.8")) {
    warnings.push(notice("dropdowns-need-1.8", { sheet: sheetName }));
    return;
  }
  for (const v of validations) {
    await budget.reserve(payloadBytes(v) + 128);
    const range = ws.getRange(v.range);
    range.dataValidation.clear();
    range.dataValidation.rule = {
      list: { inCellDropDown: true, source: ws.getRange(v.listSource) },
    };
  }
}

/** Colour scales with fixed number points (a 3-point scale when there are three). */
export async function queueColorScales(
  ws: Excel.Worksheet,
  scales: readonly PlanColorScale[] | undefined,
  budget: SyncBudget
): Promise<void> {
  if (!scales?.length || !hasExcelApi("1.6")) return;
  for (const scale of scales) {
    await budget.reserve(payloadBytes(scale));
    const point = (p: PlanColorScale["points"][number]): Excel.ConditionalColorScaleCriterion => ({
      type: Excel.ConditionalFormatColorCriterionType.number,
      formula: String(p.value),
      color: p.color,
    });
    const [min, ...rest] = scale.points;
    const max = rest[rest.length - 1];
    const cf = ws
      .getRange(scale.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
    cf.colorScale.criteria = {
      minimum: point(min),
      ...(rest.length === 2 ? { midpoint: point(rest[0]) } : {}),
      maximum: point(max),
    };
  }
}

/**
 * The slicers a previous load added (by name, read in readState) go first, before anything else
 * of the load: a table rebuilt later in the batch (convertToRange) may take its slicers with it.
 * Slicer names are unique in a workbook (VBA Slicers.Add: "The name must be unique across all
 * slicers within a workbook"), so a slicer of one of the plan's names is this add-in's.
 */
export async function queueDeleteSlicers(
  context: Excel.RequestContext,
  slicers: readonly PlanSlicer[] | undefined,
  existing: ReadonlySet<string>,
  budget: SyncBudget
): Promise<void> {
  if (!slicers?.length || existing.size === 0 || !hasExcelApi("1.10")) return;
  await budget.reserve(payloadBytes([...existing]) + 128);
  const lower = new Map([...existing].map((n) => [n.toLowerCase(), n]));
  for (const s of slicers) {
    const old = lower.get(s.name.toLowerCase());
    if (old !== undefined) context.workbook.slicers.getItem(old).delete();
  }
}

/**
 * The slicers, once the data table stands: each added on the table's column, then named,
 * captioned and placed. Without ExcelApi 1.10, none, and a warning.
 */
export async function queueAddSlicers(
  context: Excel.RequestContext,
  slicers: readonly PlanSlicer[] | undefined,
  budget: SyncBudget,
  warnings: HostNotice[]
): Promise<void> {
  if (!slicers?.length) return;
  if (!hasExcelApi("1.10")) {
    warnings.push(notice("slicers-need-1.10", { sheet: slicers[0].sheet }));
    return;
  }
  await budget.reserve(payloadBytes(slicers) + 256);
  for (const s of slicers) {
    const slicer = context.workbook.slicers.add(s.sourceTable, s.field, s.sheet);
    slicer.name = s.name;
    slicer.caption = s.caption;
    slicer.left = s.leftPt;
    slicer.top = s.topPt;
    slicer.width = s.widthPt;
    slicer.height = s.heightPt;
  }
}
