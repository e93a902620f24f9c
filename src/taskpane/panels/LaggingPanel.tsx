import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { formatNumber, formatPercent } from "../../domain/numbers";
import { territoryName } from "../../domain/territories";
import type { PaneHost, TerritoryRows } from "../../host/paneHost";
import { BarChart } from "../components/BarChart";
import { MeasureDropdown, OrgTypeDropdown } from "../components/Choosers";
import { PaneTerritoryCard } from "../components/TerritoryCardView";
import { TerritoryMap } from "../components/TerritoryMap";
import { useLagging } from "../hooks/useLagging";
import { useLang, useNames, useStrings } from "../i18n";
import { wrappingRow } from "../styles";
import { TextInput } from "../components/TextInput";

const useStyles = makeStyles({
  // Controls in line whatever hint one of them carries below it.
  row: { ...wrappingRow, alignItems: "flex-start" },
  // The map and the bars side by side where the pane is wide enough, the map first at 320 px.
  views: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalS,
  },
  view: { flex: "1 1 280px", minWidth: 0, maxWidth: "420px" },
});

/** Pick a measure and type, see who is below the target (default: the national coverage), and apply a target. */
export function LaggingPanel({
  store,
  host,
  onShowRows,
}: {
  store: DatasetStore;
  host: PaneHost;
  /** The standalone preview: show a territory's rows in the Data tab. */
  onShowRows?: (rows: TerritoryRows) => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();
  const lag = useLagging(store, host);
  const mapView = React.useRef<HTMLDivElement>(null);
  const national = formatPercent(lang, lag.nationalShare);

  /** Closes the card and gives the focus back to the tile that opened it. */
  function closeCard() {
    const id = lag.card?.territoryId;
    lag.closeCard();
    if (id)
      mapView.current?.querySelector<SVGElement>(`[data-territory="${id}"][tabindex]`)?.focus();
  }

  return (
    <section aria-label={t.tabLagging}>
      <div className={styles.row}>
        <MeasureDropdown value={lag.measure} onChange={lag.setMeasure} />
        <OrgTypeDropdown value={lag.orgType} onChange={lag.setOrgType} />
        <Field
          label={t.threshold}
          hint={`${t.nationalDefault}: ${national}`}
          validationState={lag.invalid ? "error" : "none"}
          validationMessage={lag.invalid ? "0–100" : undefined}
        >
          <TextInput
            value={lag.typed}
            onChange={lag.setTyped}
            placeholder={formatNumber(lang, lag.nationalShare * 100, 1)}
            inputMode="decimal"
          />
        </Field>
      </div>
      <Text as="p">
        {lag.rows.length
          ? t.laggingLine({ n: lag.rows.length, target: formatPercent(lang, lag.target) })
          : t.noneLagging}
      </Text>
      {lag.twoPeriods && lag.rows.length > 0 && (
        <Checkbox
          label={t.sortByChange}
          checked={lag.byChange}
          onChange={(_, d) => lag.setByChange(Boolean(d.checked))}
        />
      )}
      <div className={styles.views}>
        {lag.period && (
          <div className={styles.view} ref={mapView}>
            <TerritoryMap
              dataset={store.dataset}
              measure={lag.measure}
              orgType={lag.orgType}
              period={lag.period}
              target={lag.target}
              onSelect={lag.selectTerritory}
            />
            <Text as="p" size={200}>
              {host.kind === "excel" ? t.mapHintExcel : t.mapHintPreview}
            </Text>
            {lag.card && (
              <PaneTerritoryCard
                queries={store.queries}
                territory={lag.card.territory}
                period={lag.card.period}
                onClose={closeCard}
                opened={lag.card}
              >
                {host.kind !== "excel" && onShowRows && (
                  <Button size="small" onClick={() => onShowRows(lag.card!)}>
                    {t.cardShowRows}
                  </Button>
                )}
              </PaneTerritoryCard>
            )}
          </div>
        )}
        {lag.rows.length > 0 && (
          <div className={styles.view}>
            <BarChart
              title={`${names.measure(lag.measure)}: ${t.laggingCount({ n: lag.rows.length })}`}
              target={lag.target}
              bars={lag.rows.map((r) => ({
                label: territoryName(r.territory, lang),
                value: r.coverage,
                change: r.change,
              }))}
            />
          </div>
        )}
      </div>
      <Outcome lag={lag} excel={host.kind === "excel"} />
    </section>
  );
}

/** What the last action did: the rows selected for a tile, the target applied, or the failure. */
function Outcome({
  lag,
  excel,
}: {
  lag: ReturnType<typeof useLagging>;
  excel: boolean;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { selection } = lag;
  return (
    <>
      {selection && !lag.error && (
        <MessageBar intent={selection.rows > 0 ? "success" : "warning"}>
          <MessageBarBody>
            {(selection.rows === 0
              ? t.mapNotInWorkbook
              : selection.selected < selection.rows
                ? t.mapSelectedFirst
                : t.mapSelected)({
              name: territoryName(selection.territory, lang),
              n: selection.selected,
              total: selection.rows,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {excel && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={lag.invalid} onClick={lag.applyTyped}>
            {t.apply}
          </Button>
          <Button onClick={lag.resetTarget}>{t.reset}</Button>
        </div>
      )}
      {(lag.error || lag.applied) && (
        <MessageBar intent={lag.error ? "error" : "success"}>
          <MessageBarBody>{lag.error ?? t.applied}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
