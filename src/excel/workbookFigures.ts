import type { TableFigure } from "../workbook/edits";
import { SyncBudget } from "./budget";
import { readWaitingOutCellEdit } from "./cellEdit";
import { readLiveTable, readTableRows } from "./findRows";

const FIGURE_COLUMNS = ["period", "measure", "territoryId", "orgType", "covered", "total"] as const;

/**
 * The data table's figures as the workbook holds them now, found by their headers (a sort, a
 * filter or a column of the user's moves nothing that matters): what the report writer writes
 * from. Null when the workbook has no data table or it lacks one of these columns. A read: it
 * waits out a cell edit (cellEdit.ts).
 */
export function readWorkbookFigures(): Promise<TableFigure[] | null> {
  return readWaitingOutCellEdit(() =>
    Excel.run(async (context) => {
      const live = await readLiveTable(context);
      if (!live) return null;
      const { rows } = await readTableRows(context, live, FIGURE_COLUMNS, new SyncBudget(context));
      return (
        rows?.map(([period, measure, territoryId, orgType, covered, total]) => ({
          period,
          measure,
          territoryId,
          orgType,
          covered,
          total,
        })) ?? null
      );
    })
  );
}
