import {
  Button,
  Option,
  Dropdown,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import { ORG_TYPES, type OrgType } from "../../domain/orgTypes";
import type { LoadOutcome, LoadReport } from "../../host/paneHost";
import type { WorkbookCheck } from "../../workbook/checks";
import type { EditedFigure } from "../../workbook/edits";
import { SHEETS } from "../../workbook/layout";
import type { WorkbookPlan } from "../../workbook/plan";
import { planWorkbook } from "../../workbook/planWorkbook";
import { useFriendlyError } from "../friendlyError";
import { WorkbookCheckView } from "../components/WorkbookCheckView";
import { type Lang, LangContext, useNames, useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

export interface LoadPanelProps {
  store: DatasetStore;
  host: PaneHost;
  previous: WorkbookPlan | undefined;
  onLoaded: (plan: WorkbookPlan) => void;
}

/** Pick measures and types, load them into the workbook (or download them), then jump to what was made. */
export function LoadPanel({ store, host, previous, onLoaded }: LoadPanelProps): React.JSX.Element {
  const t = useStrings();
  const friendlyError = useFriendlyError();
  const names = useNames();
  const lang = React.useContext(LangContext);
  // The workbook's language: the one it was made in (the stored recipe), unless the user picks
  // another here; a new workbook is written in the pane's language.
  const [chosenLang, setChosenLang] = React.useState<Lang | null>(null);
  const [measures, setMeasures] = React.useState<Measure[]>([...MEASURE_IDS]);
  const [types, setTypes] = React.useState<OrgType[]>([...ORG_TYPES]);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [outcome, setOutcome] = React.useState<Extract<LoadOutcome, { kind: "loaded" }> | null>(
    null
  );
  const [edited, setEdited] = React.useState<EditedFigure[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  const [lambda, setLambda] = React.useState<string | undefined>(undefined);
  const [check, setCheck] = React.useState<WorkbookCheck | null>(null);
  const [checking, setChecking] = React.useState(false);

  const plan = (workbookLang = lang) =>
    planWorkbook(store.dataset.reportList(), { measures, orgTypes: types, lang: workbookLang });
  // What works on the sheets as they are (the pivot, the Summary's charts) names the data table's
  // columns in the language the workbook was loaded in, even if the pane has switched since.
  const heldLang = previous?.options.lang ?? lang;
  const workbookLang = chosenLang ?? heldLang;
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);

  async function load(replaceEdited: boolean) {
    setError(null);
    setEdited(null);
    setOutcome(null);
    setCheck(null);
    setProgress(0);
    try {
      const p = plan(workbookLang);
      const result = await host.load(p, {
        replaceEdited,
        previous,
        onProgress: (done, total) => setProgress(done / total),
      });
      if (result.kind === "needsConfirmation") {
        setEdited(result.edited);
        return;
      }
      setOutcome(result);
      onLoaded(p);
      const name = await host.registerCoverageName();
      const lambdaFact = name.registered ? "works" : `not available: ${name.reason}`;
      setLambda(lambdaFact);
      setNote(name.registered ? t.lambdaOk : `${t.lambdaNo} ${name.reason}`);
      setProgress(null);
      await checkWorkbook(p, result, lambdaFact);
    } catch (e) {
      setError(friendlyError(e));
    } finally {
      setProgress(null);
    }
  }

  /** Reads back what Excel computed: after each load, and whenever the user asks. */
  async function checkWorkbook(
    p: WorkbookPlan,
    lastLoad: LoadReport | undefined,
    lambdaFact: string | undefined
  ) {
    setChecking(true);
    setCheck(null);
    try {
      setCheck(await host.checkWorkbook(p, { lastLoad, lambda: lambdaFact }));
    } finally {
      setChecking(false);
    }
  }

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(friendlyError(e));
    }
  }

  const nothingPicked = measures.length === 0 || types.length === 0;
  return (
    <section aria-label={t.tabLoad}>
      <fieldset style={{ border: "none", padding: 0 }}>
        <legend>{t.measures}</legend>
        {MEASURE_IDS.map((m) => (
          <Checkbox
            key={m}
            label={names.measure(m)}
            checked={measures.includes(m)}
            onChange={(_, d) => setMeasures((l) => toggle(l, m, Boolean(d.checked)))}
          />
        ))}
      </fieldset>
      <fieldset style={{ border: "none", padding: 0 }}>
        <legend>{t.orgTypes}</legend>
        {ORG_TYPES.map((o) => (
          <Checkbox
            key={o}
            label={names.orgType(o)}
            checked={types.includes(o)}
            onChange={(_, d) => setTypes((l) => toggle(l, o, Boolean(d.checked)))}
          />
        ))}
      </fieldset>
      <Field label={t.workbookLanguage}>
        <Dropdown
          value={workbookLang === "ru" ? "Русский" : "English"}
          selectedOptions={[workbookLang]}
          onOptionSelect={(_, d) => setChosenLang((d.optionValue as Lang | undefined) ?? null)}
        >
          <Option value="ru">Русский</Option>
          <Option value="en">English</Option>
        </Dropdown>
      </Field>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", margin: "8px 0" }}>
        {host.kind === "excel" && (
          <Button
            appearance="primary"
            disabled={nothingPicked || progress !== null}
            onClick={() => load(false)}
          >
            {progress !== null ? t.loading : t.loadButton}
          </Button>
        )}
        <Button
          appearance={host.kind === "excel" ? "secondary" : "primary"}
          disabled={nothingPicked}
          onClick={() => run(() => host.downloadWorkbook(plan(workbookLang)))}
        >
          {t.download}
        </Button>
      </div>
      {progress !== null && (
        <Field validationMessage={t.loading} validationState="none">
          <ProgressBar value={progress} max={1} aria-label={t.loading} />
        </Field>
      )}
      {edited && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.editedTitle}</MessageBarTitle>
            {t.editedBody}
            <ul>
              {edited.slice(0, 20).map((e) => (
                <li key={`${e.row}-${e.column}`}>
                  {e.territory}, {e.measure} / {e.orgType},{" "}
                  {e.column === "Covered" ? t.covered : t.total}: {String(e.inWorkbook)} →{" "}
                  {String(e.inReport)} (row {e.row})
                </li>
              ))}
            </ul>
            <div style={{ display: "flex", gap: 8 }}>
              <Button appearance="primary" onClick={() => load(true)}>
                {t.replace}
              </Button>
              <Button onClick={() => setEdited(null)}>{t.keep}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.loaded}</MessageBarTitle>
            <ul>
              {[
                ...outcome.created.map((s) => [s, t.created]),
                ...outcome.updated.map((s) => [s, t.updated]),
              ].map(([s, how]) => (
                <li key={s}>
                  <Link as="button" onClick={() => run(() => host.selectSheet(s))}>
                    {s}
                  </Link>{" "}
                  ({how})
                </li>
              ))}
            </ul>
            {outcome.warnings.map((w) => (
              <Text as="p" key={w}>
                {w}
              </Text>
            ))}
            <Text as="p">{t.chartsNote}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {note && <Text as="p">{note}</Text>}
      {host.kind === "excel" && (
        <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
          <Button
            disabled={checking || progress !== null}
            onClick={() =>
              run(() => checkWorkbook(previous ?? plan(), outcome ?? undefined, lambda))
            }
          >
            {checking ? t.checking : t.checkButton}
          </Button>
          {outcome && (
            <>
              <Button
                onClick={() =>
                  run(async () => {
                    const r = await host.buildPivot(plan(heldLang));
                    setNote(r.built ? t.pivotNote : r.reason);
                  })
                }
              >
                {t.pivot}
              </Button>
              <Button
                onClick={() =>
                  run(async () => {
                    // Only the Summary sheet: its chart data and charts, redrawn from the current table.
                    const p = plan(heldLang);
                    const summary = {
                      ...p,
                      sheets: p.sheets.filter((s) => s.name === SHEETS.summary),
                    };
                    const r = await host.load(summary, {
                      replaceEdited: false,
                      previous,
                      onProgress: () => undefined,
                    });
                    if (r.kind === "loaded") setNote(t.chartsNote);
                  })
                }
              >
                {t.charts}
              </Button>
            </>
          )}
        </div>
      )}
      {check && <WorkbookCheckView check={check} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
