/**
 * Which slicers are the add-in's own. A slicer is found again by the name the add-in gave it
 * (Slicer.name, ExcelApi 1.10: saved with the workbook, and unique in it), never by Slicer.id: the
 * docs say of it only "Represents the unique ID of the slicer" (REF excel.slicer.yml), not, as of
 * Worksheet.id, that it "remains the same" (REF excel.worksheet.yml), so an id recorded before a
 * reopen may name nothing, or another slicer. Office.js tells no slicer's source table or field
 * (no such member, REF excel.slicer.yml), so the name is checked against what it can tell: the
 * sheet the slicer stands on (Slicer.worksheet) and its items (SlicerItem.name, "the title
 * displayed in the Excel UI"), which must be values of the recorded field in the data table. A
 * slicer of the user's is never taken for one of the add-in's: a different name, another sheet,
 * or items of another field, and it is left alone.
 *
 * The record (OWNED_SLICERS_SETTING) is { name: the plan's name, slicer: the name Excel holds,
 * sheet, key: the field }. Versions before this one recorded { id, name }: such a record finds its
 * slicer by that id if it still names a slicer called as that version called its own (name, or
 * name_2… where a user's slicer had the name), else by those names; the plan gives its sheet and field.
 */
import { LANGS, measureName } from "../domain/lang";
import { MEASURES } from "../domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES } from "../domain/orgTypes";
import type { PlanCell, PlanSlicer, PlanTable } from "../workbook/plan";
import { hasExcelApi } from "./requirements";

/** One of the add-in's slicers, as OWNED_SLICERS_SETTING records it. */
export interface SlicerRecord {
  /** The plan's name for it (PlanSlicer.name): which of the plan's slicers it is. */
  name: string;
  /** The name Excel holds: the plan's, or name_2… where a user's slicer had that one. */
  slicer: string;
  /** The sheet it was put on and the data table's column it filters (absent in legacy records). */
  sheet?: string;
  key?: PlanSlicer["key"];
  /** Legacy records only: the id it had in the session that recorded it. */
  legacyId?: string;
}

/** A slicer of the workbook, as readState loads it (the id is good for this session only). */
export interface WorkbookSlicer {
  id: string;
  name: string;
  filtered: boolean;
}

/** A slicer as Office.js shows it beside its name: its sheet and its items' titles and keys. */
export interface SlicerSeen {
  sheet: string;
  items: ReadonlyArray<{ name: string; key: string }>;
}

/** One of the add-in's slicers, found in the workbook in this session. */
export interface OwnSlicer {
  name: string;
  slicer: string;
  sheet: string;
  key: PlanSlicer["key"];
  id: string;
  filtered: boolean;
}

const KEYS: ReadonlyArray<PlanSlicer["key"]> = ["period", "measureName", "orgTypeName"];

/** The records as stored: current ones whole, legacy { id, name } ones with their id. */
export function slicerRecords(v: unknown): SlicerRecord[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x: unknown) => {
    const r = x as (Partial<SlicerRecord> & { id?: unknown }) | null;
    if (typeof r !== "object" || r === null || typeof r.name !== "string") return [];
    if (typeof r.slicer === "string")
      return [
        {
          name: r.name,
          slicer: r.slicer,
          ...(typeof r.sheet === "string" ? { sheet: r.sheet } : {}),
          ...(KEYS.includes(r.key as PlanSlicer["key"]) ? { key: r.key } : {}),
        },
      ];
    return [
      { name: r.name, slicer: r.name, ...(typeof r.id === "string" ? { legacyId: r.id } : {}) },
    ];
  });
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The slicer a record names in the workbook now, if any (not yet checked: isOwnSlicer). */
function candidateOf(
  record: SlicerRecord,
  slicers: readonly WorkbookSlicer[]
): WorkbookSlicer | undefined {
  if (record.legacyId === undefined) return slicers.find((s) => same(s.name, record.slicer));
  // The earlier version named its own `name`, or `name_2`… where a user's slicer had `name`.
  const named = new RegExp(`^${escape(record.name)}(_\\d+)?$`, "i");
  const byId = slicers.find((s) => s.id === record.legacyId && named.test(s.name));
  if (byId) return byId;
  const suffixed = slicers.filter((s) => named.test(s.name) && !same(s.name, record.name));
  if (suffixed.length) return suffixed.length === 1 ? suffixed[0] : undefined;
  return slicers.find((s) => same(s.name, record.name));
}

/** The workbook's slicers that bear a recorded name: the candidates to check. */
export function slicerCandidates(
  records: readonly SlicerRecord[],
  slicers: readonly WorkbookSlicer[]
): Array<{ record: SlicerRecord; slicer: WorkbookSlicer }> {
  return records.flatMap((record) => {
    const slicer = candidateOf(record, slicers);
    return slicer ? [{ record, slicer }] : [];
  });
}

/**
 * A blank cell's item. What Excel shows for it is not documented; its UI titles it "(blank)", and
 * its key is taken as empty: either is accepted as a blank, which any column may come to hold.
 */
const isBlank = (item: { name: string; key: string }) => item.key === "" || item.name === "(blank)";

/** The titles a slicer on `field` may show: the field's values in the data table, any language. */
function fieldValues(field: PlanSlicer["key"], periods: ReadonlySet<string>): Set<string> {
  if (field === "period") return new Set([...periods].map((p) => p.toLowerCase()));
  const names =
    field === "measureName"
      ? MEASURES.flatMap((m) => LANGS.map((l) => measureName(m.id, l)))
      : ORG_TYPES.flatMap((t) => LANGS.map((l) => ORG_TYPE_NAMES[t][l]));
  return new Set(names.map((n) => n.toLowerCase()));
}

/**
 * Whether a candidate is the add-in's slicer: on the recorded sheet (a legacy record: the plan's),
 * and every item a value of the recorded field, or a blank (`periods`: the data table's periods,
 * null where the table could not be read: then a period slicer's items are not checked).
 */
export function isOwnSlicer(
  record: SlicerRecord,
  planned: PlanSlicer | undefined,
  seen: SlicerSeen,
  periods: ReadonlySet<string> | null
): OwnSlicer | null {
  const sheet = record.sheet ?? planned?.sheet;
  const key = record.key ?? planned?.key;
  if (!sheet || !key || !same(seen.sheet, sheet)) return null;
  if (key !== "period" || periods !== null) {
    const values = fieldValues(key, periods ?? new Set());
    if (!seen.items.every((i) => isBlank(i) || values.has(i.name.toLowerCase()))) return null;
  }
  return { name: record.name, slicer: record.slicer, sheet, key, id: "", filtered: false };
}

/**
 * Whether a slicer not the add-in's (a user's) filters the data table: its items are all values
 * of one of the table's columns (as the previous load wrote them or this one writes them). What
 * Office.js cannot tell (its source) is told by what it shows.
 */
export function filtersTable(
  seen: SlicerSeen,
  tables: ReadonlyArray<PlanTable | undefined>
): boolean {
  const items = seen.items.filter((i) => !isBlank(i)).map((i) => i.name.toLowerCase());
  if (items.length === 0) return false;
  // A formula cell's value is Excel's to compute: such a column is not compared.
  const text = (v: PlanCell) =>
    typeof v === "object" && v !== null ? "\u0000" : String(v).toLowerCase();
  const columns = Math.max(0, ...tables.map((t) => t?.columns.length ?? 0));
  for (let j = 0; j < columns; j++) {
    const values = new Set(tables.flatMap((t) => (t ? t.rows.map((r) => text(r[j])) : [])));
    if (items.every((i) => values.has(i))) return true;
  }
  return false;
}

/** The workbook's slicers as a load finds them: the add-in's own, and the user's that filter its table. */
export interface SlicersFound {
  own: OwnSlicer[];
  /** Slicers of the user's whose selection filters the data table (filtersTable). */
  userFiltering: WorkbookSlicer[];
}

/**
 * Queues what tells the slicers apart: for each slicer bearing a recorded name, and each other one
 * with a selection, its sheet and its items (Slicer.worksheet, Slicer.slicerItems, SlicerItem.name
 * and key: ExcelApi 1.10). The returned function, called after the next sync with what the data
 * table holds, gives the add-in's own slicers and the user's that filter the table.
 */
export function queueSlicerReads(
  context: Excel.RequestContext,
  records: readonly SlicerRecord[],
  slicers: readonly WorkbookSlicer[]
): (
  plan: { slicers?: PlanSlicer[] },
  table: PlanTable | undefined,
  periods: ReadonlySet<string> | null
) => SlicersFound {
  if (!hasExcelApi("1.10")) return () => ({ own: [], userFiltering: [] });
  const candidates = slicerCandidates(records, slicers);
  const others = slicers.filter((s) => s.filtered && !candidates.some((c) => c.slicer.id === s.id));
  const seen = new Map(
    [...candidates.map((c) => c.slicer), ...others].map((s) => {
      const slicer = context.workbook.slicers.getItem(s.id);
      return [
        s.id,
        {
          sheet: slicer.worksheet.load("name"),
          items: slicer.slicerItems.load("items/name,items/key"),
        },
      ] as const;
    })
  );
  const shown = (id: string): SlicerSeen => {
    const s = seen.get(id)!;
    return { sheet: s.sheet.name, items: s.items.items.map((i) => ({ name: i.name, key: i.key })) };
  };
  return (plan, table, periods) => {
    const own = candidates.flatMap((c) => {
      const planned = plan.slicers?.find((p) => p.name === c.record.name);
      const found = isOwnSlicer(c.record, planned, shown(c.slicer.id), periods);
      return found ? [{ ...found, id: c.slicer.id, filtered: c.slicer.filtered }] : [];
    });
    const mine = new Set(own.map((o) => o.id));
    const userFiltering = [...candidates.map((c) => c.slicer), ...others].filter(
      (s) => s.filtered && !mine.has(s.id) && filtersTable(shown(s.id), [table])
    );
    return { own, userFiltering };
  };
}
