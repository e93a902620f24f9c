import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
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
  const draft: ReportDraft | null = React.useMemo(
    () =>
      period
        ? draftReport(
            store.dataset.reportList().flatMap((r) => r.records),
            { period, previous: previous ?? undefined, measures }
          )
        : null,
    // The dataset changes in place; its revision says when.
    [store, revision, period, previous, measures]
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
