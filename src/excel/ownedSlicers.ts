/**
 * Which slicers are the add-in's own. A slicer is found again by the name the add-in gave it
 * (Slicer.name, ExcelApi 1.10: saved with the workbook, and unique in it), never by Slicer.id: the
 * docs say of it only "Represents the unique ID of the slicer" (REF excel.slicer.yml), not, as of
 * Worksheet.id, that it "remains the same" (REF excel.worksheet.yml), so an id recorded before a
 * reopen may name nothing, or another slicer. Office.js tells no slicer's source table or field
 * (no such member, REF excel.slicer.yml), so the name is checked against what it can tell: the
 * sheet the slicer stands on (Slicer.worksheet) and its items (SlicerItem.name, "the title
 * displayed in the Excel UI"), which must be values of the plan's field in the data table. A
 * slicer of the user's is never taken for one of the add-in's: a different name, another sheet,
 * or items of another field, and it is left alone.
 *
 * The record (OWNED_SLICERS_SETTING) is { name: the plan's name for it, slicer: the name Excel
 * holds }. Versions before this one recorded { id, name } (the plan's name, which they gave the
 * slicer unless a user's had it: then name_2, name_3…): such a record finds its slicer by that name.
 */
import { LANGS, measureName } from "../domain/lang";
import { MEASURES } from "../domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES } from "../domain/orgTypes";
import type { PlanSlicer } from "../workbook/plan";

/** One of the add-in's slicers, as OWNED_SLICERS_SETTING records it. */
export interface SlicerRecord {
  /** The plan's name for it (PlanSlicer.name): which of the plan's slicers it is. */
  name: string;
  /** The name Excel holds: the plan's, or name_2… where a user's slicer had that one. */
  slicer: string;
}

/** A slicer of the workbook, as readState loads it (the id is good for this session only). */
export interface WorkbookSlicer {
  id: string;
  name: string;
  filtered: boolean;
}

/** One of the add-in's slicers, found in the workbook in this session. */
export interface OwnSlicer extends SlicerRecord {
  id: string;
  filtered: boolean;
}

/** The records as stored, legacy { id, name } records read as { name, slicer: name }. */
export function slicerRecords(v: unknown): SlicerRecord[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x: unknown) => {
    const r = x as Partial<SlicerRecord> | null;
    if (typeof r !== "object" || r === null || typeof r.name !== "string") return [];
    return [{ name: r.name, slicer: typeof r.slicer === "string" ? r.slicer : r.name }];
  });
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The workbook's slicers that bear a recorded name: the candidates to check. */
export function slicerCandidates(
  records: readonly SlicerRecord[],
  slicers: readonly WorkbookSlicer[]
): Array<{ record: SlicerRecord; slicer: WorkbookSlicer }> {
  return records.flatMap((record) => {
    const slicer = slicers.find((s) => same(s.name, record.slicer));
    return slicer ? [{ record, slicer }] : [];
  });
}

/** The titles a slicer on the plan's field may show: the field's values in the data table. */
function fieldValues(field: PlanSlicer["key"], periods: ReadonlySet<string>): Set<string> {
  if (field === "period") return new Set([...periods].map((p) => p.toLowerCase()));
  const names =
    field === "measureName"
      ? MEASURES.flatMap((m) => LANGS.map((l) => measureName(m.id, l)))
      : ORG_TYPES.flatMap((t) => LANGS.map((l) => ORG_TYPE_NAMES[t][l]));
  return new Set(names.map((n) => n.toLowerCase()));
}

/**
 * Whether a candidate is the add-in's slicer: on the plan's sheet for it, and every item a value
 * of its field (`periods`: the data table's periods, null where the table could not be read:
 * then a period slicer's items are not checked).
 */
export function isOwnSlicer(
  planned: PlanSlicer | undefined,
  seen: { sheet: string; items: readonly string[] },
  periods: ReadonlySet<string> | null
): boolean {
  if (!planned || !same(seen.sheet, planned.sheet)) return false;
  if (planned.key === "period" && periods === null) return true;
  const values = fieldValues(planned.key, periods ?? new Set());
  return seen.items.every((item) => values.has(item.toLowerCase()));
}
