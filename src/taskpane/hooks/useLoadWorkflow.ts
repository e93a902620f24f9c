import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
import type { OrgType } from "../../domain/orgTypes";
import type { HostNotice } from "../../host/hostMessages";
import type { CoverageNameResult, LoadReport, PaneHost } from "../../host/paneHost";
import type { WorkbookCheck } from "../../workbook/checks";
import type { EditedFigure } from "../../workbook/edits";
import { type PlanOptions, SHEETS } from "../../workbook/layout";
import type { WorkbookPlan } from "../../workbook/plan";
import { type Lang, LangContext } from "../i18n";
import { loadMessageTexts } from "../../host/messageTexts";
import { type Action, useAction } from "./useAction";
import type { HeldPlan } from "./useStoredPlan";

export interface LoadWorkflowInput {
  store: DatasetStore;
  host: PaneHost;
  /** The plan the workbook's sheets hold, if known now: it names the workbook's language. */
  previous: WorkbookPlan | undefined;
  /** The same, once the stored recipe is read: Check workbook compares with it, a failed reload puts it back. */
  held: HeldPlan;
  onLoaded: (plan: WorkbookPlan) => void;
  measures: Measure[];
  types: OrgType[];
}

/** A note under the Load panel's buttons: a pane string, a notice from Excel, or both (said by LoadResults). */
export type LoadNote =
  | { say: "lambdaOk" | "chartsNote" | "pivotNote"; notice?: undefined }
  | { say?: "lambdaNo"; notice: HostNotice };

/** What Check workbook reports of =COVERAGE (in English, as its other facts). */
async function lambdaFactOf(name: CoverageNameResult): Promise<string> {
  if (name.registered) return "works";
  const { hostMessage } = await import(
    /* webpackChunkName: "host-messages" */ "../../host/hostMessages"
  );
  return `not available: ${hostMessage(name.reason, "en")}`;
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
  held,
  onLoaded,
  measures,
  types,
}: LoadWorkflowInput) {
  const lang = React.useContext(LangContext);
  const action = useAction();
  // Their own busy flags (the Load and Check buttons), the panel's one message.
  const loading = useAction(action);
  const checks = useWorkbookCheck(host, action);
  // The workbook's language: the one it was made in (the stored recipe), unless the user picks
  // another here; a new workbook is written in the pane's language.
  const [chosenLang, setChosenLang] = React.useState<Lang | null>(null);
  const [progress, setProgress] = React.useState(0);
  const [outcome, setOutcome] = React.useState<LoadReport | null>(null);
  const [edited, setEdited] = React.useState<EditedFigure[] | null>(null);
  // Kept as what to say, not as text: a language switch re-renders it.
  const [note, setNote] = React.useState<LoadNote | null>(null);
  const [lambda, setLambda] = React.useState<string | undefined>(undefined);
  const plan = (workbookLang = lang) =>
    planFor(store, { measures, orgTypes: types, lang: workbookLang });
  // The language a load writes in. What works on the sheets as they are (the pivot, the Summary's
  // charts) names the data table's columns in the one they were loaded in, whatever the pane says.
  const workbookLang = chosenLang ?? previous?.options.lang ?? lang;

  async function load(replaceEdited: boolean) {
    setEdited(null);
    setOutcome(null);
    checks.clear();
    setProgress(0);
    const loaded = await loading.run(async () => {
      const before = await held();
      const p = await plan(chosenLang ?? before?.options.lang ?? lang);
      const result = await host.load(p, {
        replaceEdited,
        previous: before,
        onProgress: (done, total) => setProgress(done / total),
      });
      if (result.kind === "needsConfirmation") {
        setEdited(result.edited);
        return undefined;
      }
      setOutcome(result);
      onLoaded(p);
      const name = await host.registerCoverageName(p.options.lang);
      const lambdaFact = await lambdaFactOf(name);
      setLambda(lambdaFact);
      setNote(name.registered ? { say: "lambdaOk" } : { say: "lambdaNo", notice: name.reason });
      return { p, result, lambdaFact };
    });
    if (loaded) await checks.run(loaded.p, loaded.result, loaded.lambdaFact);
  }

  return {
    workbookLang,
    chooseLang: setChosenLang,
    /** The load's progress (0–1) while `loading`. */
    progress,
    loading: loading.busy,
    checking: checks.busy,
    outcome,
    edited,
    note,
    check: checks.check,
    error: action.error,
    load: (replaceEdited: boolean) => void load(replaceEdited),
    keepEdits: () => setEdited(null),
    checkNow: () =>
      void checks.run(
        held().then((before) => before ?? plan()),
        outcome ?? undefined,
        lambda
      ),
    download: () => void action.run(async () => host.downloadWorkbook(await plan(workbookLang))),
    selectSheet: (sheet: string) => void action.run(() => host.selectSheet(sheet)),
    buildPivot: () =>
      void action.run(async () => {
        const r = await host.buildPivot(await plan((await held())?.options.lang ?? lang));
        setNote(r.built ? { say: "pivotNote" } : { notice: r.reason });
      }),
    redrawCharts: () =>
      void action.run(async () => {
        const before = await held();
        if (await redrawSummary(host, await plan(before?.options.lang ?? lang), before))
          setNote({ say: "chartsNote" });
      }),
  };
}

/** What the Load tab chooses of a plan; the rest are the reports' defaults. */
type PlanChoices = Pick<PlanOptions, "measures" | "orgTypes" | "lang">;

/**
 * The plan of the loaded reports. The planner is its own chunk, fetched on the first action that
 * needs a plan; with it the messages of the workbook's language, which its Audit sheet says.
 */
async function planFor(store: DatasetStore, options: PlanChoices): Promise<WorkbookPlan> {
  const [{ planWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "planner" */ "../../workbook/planWorkbook"),
    loadMessageTexts(options.lang),
  ]);
  return planWorkbook(store.dataset.reportList(), options);
}

/** Only the Summary sheet: its chart data and charts, redrawn from the current table. */
async function redrawSummary(
  host: PaneHost,
  p: WorkbookPlan,
  before: WorkbookPlan | undefined
): Promise<boolean> {
  const summary = { ...p, sheets: p.sheets.filter((s) => s.name === SHEETS.summary) };
  const r = await host.load(summary, {
    replaceEdited: false,
    previous: before,
    onProgress: () => undefined,
  });
  return r.kind === "loaded";
}

/** Check workbook: what Excel computed, read back after each load and whenever the user asks. */
function useWorkbookCheck(host: PaneHost, sharing: Action) {
  // Its own busy flag (the Check button), the panel's one message.
  const checking = useAction(sharing);
  const [check, setCheck] = React.useState<WorkbookCheck | null>(null);
  return {
    check,
    busy: checking.busy,
    clear: () => setCheck(null),
    run: (
      p: WorkbookPlan | Promise<WorkbookPlan>,
      lastLoad: LoadReport | undefined,
      lambdaFact?: string
    ) =>
      checking.run(async () => {
        setCheck(null);
        setCheck(await host.checkWorkbook(await p, { lastLoad, lambda: lambdaFact }));
      }),
  };
}

export type LoadFlow = ReturnType<typeof useLoadWorkflow>;
