import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import { ORG_TYPES, type OrgType } from "../../domain/orgTypes";
import type { WorkbookPlan } from "../../workbook/plan";
import { Choice } from "../components/Choice";
import { NationalSummary } from "../components/NationalSummary";
import { Notice } from "../components/Notice";
import { ReportWriter } from "../components/ReportWriter";
import { useLoadWorkflow } from "../hooks/useLoadWorkflow";
import { useStoredPlan } from "../hooks/useStoredPlan";
import { LANGUAGE_NAMES, useNames, useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";
import { LazyPart, lazyView } from "../lazyView";

// What a load or a check has to say (its progress, its outcome, the check's table) is fetched
// with the first load or check: the tab's first screen is only the choices and the buttons.
const LoadProgress = lazyView(() =>
  import(/* webpackChunkName: "load-results" */ "./LoadResults").then((m) => m.LoadProgress)
);
const CheckView = lazyView(() =>
  import(/* webpackChunkName: "load-results" */ "./LoadResults").then((m) => m.WorkbookCheckView)
);

const useStyles = makeStyles({
  choices: { border: "none", padding: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  actions: { margin: `${tokens.spacingVerticalS} 0` },
});

export interface LoadPanelProps {
  store: DatasetStore;
  host: PaneHost;
  previous: WorkbookPlan | undefined;
  onLoaded: (plan: WorkbookPlan) => void;
  /** The plan the workbook's sheets held when the pane opened, read from its stored recipe. */
  onRestored: (plan: WorkbookPlan) => void;
}

type LoadFlow = ReturnType<typeof useLoadWorkflow>;

/** Pick measures and types, load them into the workbook (or download them), then jump to what was made. */
export function LoadPanel({
  store,
  host,
  previous,
  onLoaded,
  onRestored,
}: LoadPanelProps): React.JSX.Element {
  const t = useStrings();
  const [measures, setMeasures] = React.useState<Measure[]>([...MEASURE_IDS]);
  const [types, setTypes] = React.useState<OrgType[]>([...ORG_TYPES]);
  const held = useStoredPlan(host, store, previous, onRestored);
  const flow = useLoadWorkflow({ store, host, previous, held, onLoaded, measures, types });
  const nothingPicked = measures.length === 0 || types.length === 0;
  const excel = host.kind === "excel";
  return (
    <section aria-label={t.tabLoad}>
      {/* Excel opens the pane here: where the country stands comes first. */}
      {excel && <NationalSummary dataset={store.dataset} />}
      <LoadChoices
        measures={measures}
        setMeasures={setMeasures}
        types={types}
        setTypes={setTypes}
        flow={flow}
      />
      <LoadActions flow={flow} excel={excel} nothingPicked={nothingPicked} />
      <ReportWriter store={store} host={host} measures={measures} />
      {flow.error && (
        <Notice intent="error" title={t.errorTitle}>
          {flow.error}
        </Notice>
      )}
    </section>
  );
}

/**
 * Load (in Excel) or download, what the load made; Check workbook, the pivot, the charts, and what
 * the check found. Each press of Load or Check asks for its results' view again, should its code
 * have failed to arrive (LazyPart).
 */
function LoadActions({
  flow,
  excel,
  nothingPicked,
}: {
  flow: LoadFlow;
  excel: boolean;
  nothingPicked: boolean;
}): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const [loadPresses, setLoadPresses] = React.useState(0);
  const [checkPresses, setCheckPresses] = React.useState(0);
  return (
    <>
      <div className={mergeClasses(styles.row, styles.actions)}>
        {excel && (
          <Button
            appearance="primary"
            disabled={nothingPicked || flow.loading}
            onClick={() => {
              // What the load will have to say, fetched (again, after a failure) from the click.
              LoadProgress.preload().catch(() => undefined);
              setLoadPresses((n) => n + 1);
              flow.load(false);
            }}
          >
            {flow.loading ? t.loading : t.loadButton}
          </Button>
        )}
        <Button
          appearance={excel ? "secondary" : "primary"}
          disabled={nothingPicked}
          onClick={flow.download}
        >
          {t.download}
        </Button>
      </div>
      {(flow.loading || flow.edited || flow.outcome || flow.note) && (
        <LazyPart attempt={loadPresses}>
          <LoadProgress flow={flow} />
        </LazyPart>
      )}
      {excel && (
        <div className={styles.row}>
          <Button
            disabled={flow.checking || flow.loading}
            onClick={() => {
              CheckView.preload().catch(() => undefined);
              setCheckPresses((n) => n + 1);
              flow.checkNow();
            }}
          >
            {flow.checking ? t.checking : t.checkButton}
          </Button>
          {flow.outcome && (
            <>
              <Button onClick={flow.buildPivot}>{t.pivot}</Button>
              <Button onClick={flow.redrawCharts}>{t.charts}</Button>
            </>
          )}
        </div>
      )}
      {flow.check && (
        <LazyPart attempt={checkPresses}>
          <CheckView check={flow.check} />
        </LazyPart>
      )}
    </>
  );
}

const toggle = <T,>(list: T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item);

/** What to load: the measures, the types, and the workbook's language. */
function LoadChoices({
  measures,
  setMeasures,
  types,
  setTypes,
  flow,
}: {
  measures: Measure[];
  setMeasures: React.Dispatch<React.SetStateAction<Measure[]>>;
  types: OrgType[];
  setTypes: React.Dispatch<React.SetStateAction<OrgType[]>>;
  flow: LoadFlow;
}): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const styles = useStyles();
  return (
    <>
      <fieldset className={styles.choices}>
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
      <fieldset className={styles.choices}>
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
        <Choice
          value={flow.workbookLang}
          onChange={flow.chooseLang}
          choices={LANGUAGE_NAMES.map(([value, name]) => ({ value, label: name, lang: value }))}
        />
      </Field>
    </>
  );
}
