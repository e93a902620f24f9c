import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
import type { PaneHost } from "../../host/paneHost";
import { type TableFigure, withTableFigures } from "../../workbook/edits";
import {
  draftReport,
  type ReportDraft,
  type WrittenLang,
  writeReportText,
} from "../../report/writeReport";
import { offerDownload } from "../../xlsx/download";
import { useAction } from "./useAction";

/**
 * The report writer's choices and what it writes: the quarter (the latest by default), the one its
 * changes are counted from (the one before, or none), and the language (the pane's, if it is
 * Kazakh or Russian). The draft and its text follow each choice; the .docx is made on demand,
 * its library loaded only then.
 */
export function useReportWriter(
  store: DatasetStore,
  host: PaneHost,
  paneLang: string,
  measures: readonly Measure[]
) {
  const periods = store.dataset.periods();
  const latest = periods[periods.length - 1] ?? "";
  const [chosen, setPeriod] = React.useState<string | null>(null);
  const [compare, setCompare] = React.useState<string | null | undefined>(undefined);
  const [lang, setLang] = React.useState<WrittenLang>(paneLang === "kk" ? "kk" : "ru");
  const [copied, setCopied] = React.useState(false);
  const action = useAction();
  const period = chosen && periods.includes(chosen) ? chosen : latest;
  const earlier = periods.filter((p) => p < period);
  // Unless chosen, the quarter just before; "none" (null) when the analyst chose no comparison.
  const previous =
    compare === undefined || (compare !== null && !earlier.includes(compare))
      ? (earlier[earlier.length - 1] ?? null)
      : compare;
  const revision = store.dataset.revision;
  // The workbook's table as it is now, the analyst's edits included (none in the preview).
  const [figures, setFigures] = React.useState<TableFigure[] | null>(null);
  // Its own busy flag (a read does not hold the download back), the panel's one message.
  const reading = useAction(action);
  const readWorkbook = React.useCallback(
    () => void reading.run(async () => setFigures(await host.workbookFigures())),
    [host]
  );
  React.useEffect(readWorkbook, [readWorkbook, revision]);
  const records = React.useMemo(() => {
    const loaded = store.dataset.reportList().flatMap((r) => r.records);
    return figures ? withTableFigures(loaded, figures) : { records: loaded, edited: 0 };
    // The dataset changes in place; its revision says when.
  }, [store, revision, figures]);
  const draft: ReportDraft | null = React.useMemo(
    () =>
      period
        ? draftReport(records.records, { period, previous: previous ?? undefined, measures })
        : null,
    [records, period, previous, measures]
  );
  const text = React.useMemo(() => (draft ? writeReportText(draft, lang) : ""), [draft, lang]);
  return {
    periods,
    period,
    setPeriod,
    earlier,
    previous,
    setCompare,
    lang,
    setLang,
    draft,
    text,
    /** How many figures are written as the workbook holds them, not as the report gave them. */
    edited: records.edited,
    readWorkbook,
    copied,
    action,
    download: () =>
      void action.run(async () => {
        if (!draft) return;
        const { reportDocx } = await import(
          /* webpackChunkName: "report-docx" */ "../../report/reportDocx"
        );
        offerDownload(
          await reportDocx(draft, lang),
          `report-${period}-${lang}.docx`,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
      }),
    copy: () =>
      void action.run(async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }),
  };
}
