import {
  Button,
  Option,
  Dropdown,
  Checkbox,
  Field,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import { ORG_TYPES, type OrgType } from "../../domain/orgTypes";
import type { WorkbookPlan } from "../../workbook/plan";
import { NationalSummary } from "../components/NationalSummary";
import { ReportWriter } from "../components/ReportWriter";
import { WorkbookCheckView } from "../components/WorkbookCheckView";
import { useLoadWorkflow } from "../hooks/useLoadWorkflow";
import { type Lang, LANGUAGE_NAMES, languageName, useNames, useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

const useStyles = makeStyles({
  choices: { border: "none", padding: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  actions: { margin: `${tokens.spacingVerticalS} 0` },
  confirm: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export interface LoadPanelProps {
  store: DatasetStore;
  host: PaneHost;
  previous: WorkbookPlan | undefined;
  onLoaded: (plan: WorkbookPlan) => void;
}

type LoadFlow = ReturnType<typeof useLoadWorkflow>;

/** Pick measures and types, load them into the workbook (or download them), then jump to what was made. */
export function LoadPanel({ store, host, previous, onLoaded }: LoadPanelProps): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const [measures, setMeasures] = React.useState<Measure[]>([...MEASURE_IDS]);
  const [types, setTypes] = React.useState<OrgType[]>([...ORG_TYPES]);
  const flow = useLoadWorkflow({ store, host, previous, onLoaded, measures, types });
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
      <div className={mergeClasses(styles.row, styles.actions)}>
        {excel && (
          <Button
            appearance="primary"
            disabled={nothingPicked || flow.loading}
            onClick={() => flow.load(false)}
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
      {flow.loading && (
        <Field validationMessage={t.loading} validationState="none">
          <ProgressBar value={flow.progress} max={1} aria-label={t.loading} />
        </Field>
      )}
      {flow.edited && <EditedConfirm flow={flow} edited={flow.edited} />}
      {flow.outcome && <LoadOutcome flow={flow} outcome={flow.outcome} />}
      {flow.note && <Text as="p">{flow.note}</Text>}
      {excel && (
        <div className={styles.row}>
          <Button disabled={flow.checking || flow.loading} onClick={flow.checkNow}>
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
      {flow.check && <WorkbookCheckView check={flow.check} />}
      <ReportWriter store={store} host={host} measures={measures} />
      {flow.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {flow.error}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
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
        <Dropdown
          value={languageName(flow.workbookLang)}
          selectedOptions={[flow.workbookLang]}
          onOptionSelect={(_, d) => flow.chooseLang((d.optionValue as Lang | undefined) ?? null)}
        >
          {LANGUAGE_NAMES.map(([value, name]) => (
            <Option key={value} value={value} lang={value}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}

/** Figures the user edited in the workbook that the load would replace: replace them, or keep them. */
function EditedConfirm({
  flow,
  edited,
}: {
  flow: LoadFlow;
  edited: NonNullable<LoadFlow["edited"]>;
}): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.editedTitle}</MessageBarTitle>
        {t.editedBody}
        <ul>
          {edited.slice(0, 20).map((e) => (
            <li key={`${e.row}-${e.column}`}>
              {e.territory}, {names.measure(e.measure)} / {names.orgType(e.orgType)},{" "}
              {e.column === "Covered" ? t.covered : t.total}: {String(e.inWorkbook)} →{" "}
              {String(e.inReport)} ({t.rowN({ n: e.row })})
            </li>
          ))}
        </ul>
        <div className={styles.confirm}>
          <Button appearance="primary" onClick={() => flow.load(true)}>
            {t.replace}
          </Button>
          <Button onClick={flow.keepEdits}>{t.keep}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the load made: each sheet a link to it, the load's notes. */
function LoadOutcome({
  flow,
  outcome,
}: {
  flow: LoadFlow;
  outcome: NonNullable<LoadFlow["outcome"]>;
}): React.JSX.Element {
  const t = useStrings();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.loaded}</MessageBarTitle>
        <ul>
          {[
            ...outcome.created.map((s) => [s, t.created]),
            ...outcome.updated.map((s) => [s, t.updated]),
          ].map(([s, how]) => (
            <li key={s}>
              <Link as="button" onClick={() => flow.selectSheet(s)}>
                {s}
              </Link>{" "}
              ({how})
            </li>
          ))}
        </ul>
        {flow.warnings.map((w) => (
          <Text as="p" key={w}>
            {w}
          </Text>
        ))}
        <Text as="p">{t.chartsNote}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
