import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
import type { OrgType } from "../../domain/orgTypes";
import { type HostNotice, hostMessage } from "../../host/hostMessages";
import type { LoadReport, PaneHost } from "../../host/paneHost";
import type { WorkbookCheck } from "../../workbook/checks";
import type { EditedFigure } from "../../workbook/edits";
import { SHEETS } from "../../workbook/layout";
import type { WorkbookPlan } from "../../workbook/plan";
import { planWorkbook } from "../../workbook/planWorkbook";
import { type Lang, LangContext, type Strings, useStrings } from "../i18n";
import { useAction } from "./useAction";

export interface LoadWorkflowInput {
  store: DatasetStore;
  host: PaneHost;
  /** The plan the workbook's sheets hold: Check workbook compares with it, a failed reload puts it back. */
  previous: WorkbookPlan | undefined;
  onLoaded: (plan: WorkbookPlan) => void;
  measures: Measure[];
  types: OrgType[];
}

/** A note under the Load panel's buttons: a pane string, a notice from Excel, or both. */
type Note =
  | { say: "lambdaOk" | "chartsNote" | "pivotNote"; notice?: undefined }
  | { say?: "lambdaNo"; notice: HostNotice };

function sayNote(note: Note, t: Strings, lang: Lang): string {
  const said = note.notice ? hostMessage(note.notice, lang) : "";
  return note.say ? `${t[note.say]}${said && ` ${said}`}` : said;
}

/**
 * The Load panel's actions: load (asking before it replaces edited figures; host.load rolls a
 * failed reload back to `previous`), Check workbook after each load and on demand, the download,
 * the sheet links, the pivot and the charts. Every failure is the panel's one message (`error`).
 */
export function useLoadWorkflow({
  store,
  host,
  previous,
  onLoaded,
  measures,
  types,
}: LoadWorkflowInput) {
  const t = useStrings();
  const lang = React.useContext(LangContext);
  const action = useAction();
  // Their own busy flags (the Load and Check buttons), the panel's one message.
  const loading = useAction(action);
  const checking = useAction(action);
  // The workbook's language: the one it was made in (the stored recipe), unless the user picks
  // another here; a new workbook is written in the pane's language.
  const [chosenLang, setChosenLang] = React.useState<Lang | null>(null);
  const [progress, setProgress] = React.useState(0);
  const [outcome, setOutcome] = React.useState<LoadReport | null>(null);
  const [edited, setEdited] = React.useState<EditedFigure[] | null>(null);
  // Kept as what to say, not as text: a language switch re-renders it.
  const [note, setNote] = React.useState<Note | null>(null);
  const [lambda, setLambda] = React.useState<string | undefined>(undefined);
  const [check, setCheck] = React.useState<WorkbookCheck | null>(null);

  const plan = (workbookLang = lang) =>
    planWorkbook(store.dataset.reportList(), { measures, orgTypes: types, lang: workbookLang });
  // What works on the sheets as they are (the pivot, the Summary's charts) names the data table's
  // columns in the language the workbook was loaded in, even if the pane has switched since.
  const heldLang = previous?.options.lang ?? lang;
  const workbookLang = chosenLang ?? heldLang;

  /** Reads back what Excel computed: after each load, and whenever the user asks. */
  const checkWorkbook = (p: WorkbookPlan, lastLoad: LoadReport | undefined, lambdaFact?: string) =>
    checking.run(async () => {
      setCheck(null);
      setCheck(await host.checkWorkbook(p, { lastLoad, lambda: lambdaFact }));
    });

  async function load(replaceEdited: boolean) {
    setEdited(null);
    setOutcome(null);
    setCheck(null);
    setProgress(0);
    const loaded = await loading.run(async () => {
      const p = plan(workbookLang);
      const result = await host.load(p, {
        replaceEdited,
        previous,
        onProgress: (done, total) => setProgress(done / total),
      });
      if (result.kind === "needsConfirmation") {
        setEdited(result.edited);
        return undefined;
      }
      setOutcome(result);
      onLoaded(p);
      const name = await host.registerCoverageName(p.options.lang);
      const lambdaFact = name.registered
        ? "works"
        : `not available: ${hostMessage(name.reason, "en")}`;
      setLambda(lambdaFact);
      setNote(name.registered ? { say: "lambdaOk" } : { say: "lambdaNo", notice: name.reason });
      return { p, result, lambdaFact };
    });
    if (loaded) await checkWorkbook(loaded.p, loaded.result, loaded.lambdaFact);
  }

  /** Only the Summary sheet: its chart data and charts, redrawn from the current table. */
  async function redrawCharts() {
    const p = plan(heldLang);
    const summary = { ...p, sheets: p.sheets.filter((s) => s.name === SHEETS.summary) };
    const r = await host.load(summary, {
      replaceEdited: false,
      previous,
      onProgress: () => undefined,
    });
    if (r.kind === "loaded") setNote({ say: "chartsNote" });
  }

  return {
    workbookLang,
    chooseLang: setChosenLang,
    /** The load's progress (0–1) while `loading`. */
    progress,
    loading: loading.busy,
    checking: checking.busy,
    outcome,
    edited,
    note: note && sayNote(note, t, lang),
    /** The last load's warnings, in the pane's language. */
    warnings: outcome?.warnings.map((w) => hostMessage(w, lang)) ?? [],
    check,
    error: action.error,
    load: (replaceEdited: boolean) => void load(replaceEdited),
    keepEdits: () => setEdited(null),
    checkNow: () => void checkWorkbook(previous ?? plan(), outcome ?? undefined, lambda),
    download: () => void action.run(() => host.downloadWorkbook(plan(workbookLang))),
    selectSheet: (sheet: string) => void action.run(() => host.selectSheet(sheet)),
    buildPivot: () =>
      void action.run(async () => {
        const r = await host.buildPivot(plan(heldLang));
        setNote(r.built ? { say: "pivotNote" } : { notice: r.reason });
      }),
    redrawCharts: () => void action.run(redrawCharts),
  };
}
