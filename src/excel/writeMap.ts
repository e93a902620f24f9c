/**
 * The Map sheet's dropdowns and colour scales, and the slicers on the data table, in Office.js.
 * Each member is gated by its requirement set (learn.microsoft.com/javascript/api/excel, "API set"):
 *
 * - Range.dataValidation, DataValidation.clear / .rule, ListDataValidation: ExcelApi 1.8
 *   (excel.datavalidation, excel.listdatavalidation);
 * - ConditionalFormatCollection.add(colorScale), ConditionalFormat.colorScale,
 *   ColorScaleConditionalFormat.criteria: ExcelApi 1.6 (excel.colorscaleconditionalformat);
 * - Workbook.slicers, SlicerCollection.add / getItem, Slicer.id / name / caption / left / top /
 *   width / height / delete: ExcelApi 1.10 (excel.slicercollection, excel.slicer);
 * - Workbook.settings (the add-in's slicers' ids): ExcelApi 1.4.
 *
 * A host without a set loads without that part and says so in the load's warnings.
 */
import { type HostNotice, notice } from "../host/hostMessages";
import type { PlanColorScale, PlanDataValidation, PlanSlicer } from "../workbook/plan";
import { payloadBytes, SETTER_BYTES, type SyncBudget } from "./budget";
import { OWNED_SLICERS_SETTING, queueWriteOwnedSlicers } from "./ownedSheets";
import type { OwnSlicer, SlicerRecord } from "./ownedSlicers";
import type { WorkbookState } from "./readState";
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
    // getRange, dataValidation.clear and rule (with its source's getRange).
    await budget.reserve(payloadBytes(v) + SETTER_BYTES * 4);
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
    // getRange, conditionalFormats.add and colorScale.criteria.
    await budget.reserve(payloadBytes(scale) + SETTER_BYTES * 3);
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
 * Before anything else of the load, the add-in's slicers that will not stand: all of them when the
 * data table is rebuilt (a table converted to a range, later in the batch, may take its slicers
 * with it), else those the plan no longer has. Only the add-in's own (ownedSlicers.ts: by the name
 * it gave each, checked by sheet and items), still in the workbook: a slicer of the user's is never
 * deleted, whatever its name. Each one's selection is cleared first (Slicer.clearFilters): whether
 * a deleted slicer's selection stays on its table is not documented. `state.slicers` loses them.
 */
export async function queueDeleteSlicers(
  context: Excel.RequestContext,
  slicers: readonly PlanSlicer[] | undefined,
  state: Pick<WorkbookState, "slicers" | "ownSlicers">,
  dataTableKept: boolean,
  budget: SyncBudget
): Promise<void> {
  if (!hasExcelApi("1.10")) return;
  const stays = (o: OwnSlicer) => dataTableKept && (slicers ?? []).some((s) => s.name === o.name);
  const doomed = state.ownSlicers.filter((o) => !stays(o));
  if (doomed.length === 0) return;
  await budget.reserve(payloadBytes(doomed.map((s) => s.id)) + SETTER_BYTES * 3 * doomed.length);
  for (const s of doomed) {
    const slicer = context.workbook.slicers.getItem(s.id);
    if (s.filtered) slicer.clearFilters();
    slicer.delete();
  }
  const gone = new Set(doomed.map((s) => s.id));
  state.slicers = state.slicers.filter((s) => !gone.has(s.id));
  state.ownSlicers = state.ownSlicers.filter((s) => !gone.has(s.id));
}

/**
 * A slicer's selection hides rows of the data table, and Excel refuses to delete rows of a
 * filtered table: each slicer whose selection filters it is cleared (Slicer.clearFilters, ExcelApi
 * 1.10: "Clears all the filters currently applied on the slicer"), the documented way for a
 * slicer; Table.clearFilters (queuePlan.ts) takes the header filters. The add-in's own, and the
 * user's that filter its table (readState's userSlicersFiltering): clearing their selection is
 * what Table.clearFilters is documented to do ("Clears all the filters currently applied on the
 * table"), done the way documented for a slicer; the load's notes say so. Returns whether any was.
 */
export async function queueClearSlicerSelections(
  context: Excel.RequestContext,
  state: Pick<WorkbookState, "ownSlicers" | "userSlicersFiltering">,
  budget: SyncBudget
): Promise<boolean> {
  if (!hasExcelApi("1.10")) return false;
  const filtered = [...state.ownSlicers.filter((s) => s.filtered), ...state.userSlicersFiltering];
  if (filtered.length === 0) return false;
  await budget.reserve(SETTER_BYTES * 2 * filtered.length);
  for (const s of filtered) context.workbook.slicers.getItem(s.id).clearFilters();
  return true;
}

/** The add-in's slicer names: the plan's, or `name_2`, `name_3`… where one of the user's has it. */
function freeNames(slicers: readonly PlanSlicer[], taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return slicers.map((s) => {
    let name = s.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${s.name}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The slicers, in their own batch once the load has succeeded (so a slicer Excel refuses never
 * rolls the load back). Each of the add-in's that still stands (a reload over a kept data table) is
 * renamed, captioned and placed afresh, so a reload keeps it, the user's place in the Summary sheet
 * aside; each missing one is added on the table's column. Each is known by the name the add-in
 * gives it (ownedSlicers.ts), so the record of them goes into the same batch: one sync. Slicer
 * names are unique in a workbook (VBA Slicers.Add: "The name must be unique across all slicers
 * within a workbook"): where a slicer of the user's has one of the plan's names, the add-in's
 * takes another.
 *
 * Without ExcelApi 1.10, none, and a warning. If Excel refuses any of it, the slicers this batch
 * added (ids not in `state.slicers`) are deleted again and the load's warnings say so; the load
 * itself stands.
 */
export async function addSlicers(
  context: Excel.RequestContext,
  slicers: readonly PlanSlicer[] | undefined,
  state: Pick<WorkbookState, "slicers" | "ownSlicers" | "settings">,
  budget: SyncBudget,
  warnings: HostNotice[]
): Promise<void> {
  if (!hasExcelApi("1.10")) {
    if (slicers?.length) warnings.push(notice("slicers-need-1.10", { sheet: slicers[0].sheet }));
    return;
  }
  // Each of the add-in's that stands keeps its name (a rename that took effect in a batch Excel
  // then refused would leave the record naming another): only a new one is given a free name.
  const standing = new Map(state.ownSlicers.map((o) => [o.name, o]));
  const added = (slicers ?? []).filter((s) => !standing.has(s.name));
  const taken = state.slicers.map((s) => s.name);
  const names = new Map(added.map((s, i) => [s.name, freeNames(added, taken)[i]]));
  const records: SlicerRecord[] = (slicers ?? []).map((s) => ({
    name: s.name,
    slicer: standing.get(s.name)?.slicer ?? names.get(s.name)!,
    sheet: s.sheet,
    key: s.key,
  }));
  const recorded = state.settings.get(OWNED_SLICERS_SETTING);
  const recordChanged = JSON.stringify(records) !== JSON.stringify(recorded ?? []);
  if (!slicers?.length) {
    // No slicers in this plan: the record says so (queueDeleteSlicers removed those it held).
    if (recordChanged && recorded !== undefined) {
      queueWriteOwnedSlicers(context, []);
      await budget.flush();
    }
    return;
  }
  try {
    await budget.reserve(
      payloadBytes(slicers) + payloadBytes(records) + SETTER_BYTES * 9 * slicers.length
    );
    for (const s of slicers) {
      const own = standing.get(s.name);
      const slicer = own
        ? context.workbook.slicers.getItem(own.id)
        : context.workbook.slicers.add(s.sourceTable, s.field, s.sheet);
      if (!own) slicer.name = names.get(s.name)!;
      slicer.caption = s.caption;
      slicer.left = s.leftPt;
      slicer.top = s.topPt;
      slicer.width = s.widthPt;
      slicer.height = s.heightPt;
    }
    // Recorded again where the record differs (a legacy { id, name } record is rewritten too).
    if (recordChanged) queueWriteOwnedSlicers(context, records);
    await budget.flush();
  } catch (error) {
    warnings.push(notice("slicers-failed", { sheet: slicers[0].sheet, reason: reason(error) }));
    try {
      // Those of this batch that Excel added before it refused one: not recorded, so not left.
      const present = new Set(state.slicers.map((s) => s.id));
      const now = context.workbook.slicers.load("items/id");
      await context.sync();
      for (const s of now.items) if (!present.has(s.id)) s.delete();
      await context.sync();
    } catch {
      // Nothing more to do: the warning above already says the slicers are missing.
    }
  }
}
