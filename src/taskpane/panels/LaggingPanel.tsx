import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import { ALL_TYPES } from "../../workbook/layout";
import { BarChart } from "../components/BarChart";
import { PaneTerritoryCard } from "../components/TerritoryCardView";
import { TerritoryMap } from "../components/TerritoryMap";
import { type Territory, territoryName } from "../../domain/territories";
import { useAction } from "../hooks/useAction";
import { formatPercent } from "../../domain/numbers";
import { useLang, useNames, useStrings } from "../i18n";
import type { PaneHost, TerritoryRows, TerritorySelection } from "../../host/paneHost";
import { wrappingRow } from "../styles";

const useStyles = makeStyles({
  row: wrappingRow,
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
  const action = useAction();
  // Selecting a territory's rows from the map: its own busy flag and result, the panel's one message.
  const selecting = useAction(action);
  const [selection, setSelection] = React.useState<
    ({ territory: Territory } & TerritorySelection) | null
  >(null);
  const names = useNames();
  const styles = useStyles();
  const [measure, setMeasure] = React.useState<Measure>("turnstile");
  const [orgType, setOrgType] = React.useState<OrgTypeOrAll>("all");
  const [typed, setTyped] = React.useState("");
  const [applied, setApplied] = React.useState(false);

  const national = store.queries.lagging(measure, orgType);
  const nationalShare = national.ok ? national.value.threshold : 0;
  const typedShare = typed.trim() === "" ? null : Number(typed.replace(",", ".")) / 100;
  const invalid = typedShare !== null && !(typedShare >= 0 && typedShare <= 1);
  const result = store.queries.lagging(
    measure,
    orgType,
    invalid || typedShare === null ? undefined : typedShare
  );
  // With two periods or more: each territory's change since the previous one, and a sort by it.
  const [byChange, setByChange] = React.useState(false);
  const twoPeriods = store.dataset.periods().length >= 2;
  const withChange = (result.ok ? result.value.rows : []).map((r) => {
    const c = twoPeriods ? store.queries.change(r.name, orgType, measure) : null;
    return { ...r, change: twoPeriods ? (c?.ok ? c.value.points : null) : undefined };
  });
  const rows = byChange
    ? [...withChange].sort((a, b) => (a.change ?? Infinity) - (b.change ?? Infinity))
    : withChange;
  const target = result.ok ? result.value.threshold : nationalShare;
  // The bars' period: the latest loaded (the lagging query's default).
  const period = store.dataset.latestPeriod();
  // The card of the territory last chosen on the map, and the rows it was chosen for.
  const [card, setCard] = React.useState<TerritoryRows & { territory: Territory }>();
  const mapView = React.useRef<HTMLDivElement>(null);
  // A selection said for one measure and type is not said under another (nor its card's rows).
  React.useEffect(() => {
    setSelection(null);
    setCard(undefined);
  }, [measure, orgType]);

  /** Closes the card and gives the focus back to the tile that opened it. */
  function closeCard() {
    const id = card?.territoryId;
    setCard(undefined);
    if (id)
      mapView.current?.querySelector<SVGElement>(`[data-territory="${id}"][tabindex]`)?.focus();
  }

  async function selectTerritory(territory: Territory) {
    if (!period) return;
    const rows: TerritoryRows = { territoryId: territory.id, measure, orgType, period };
    // Its card below the map; in the preview, its rows in the Data tab are a button on the card.
    setCard({ ...rows, territory });
    if (host.kind !== "excel") return;
    setApplied(false);
    setSelection(null);
    // The host finds the rows in the workbook's table as it is now: no plan needed.
    const n = await selecting.run(() => host.selectTerritory(rows));
    if (n !== undefined) setSelection({ territory, ...n });
  }

  async function apply(value: number | null) {
    setApplied(false);
    setSelection(null);
    await action.run(async () => {
      await host.applyThresholds({ [`${measure}|${orgType}`]: value });
      setApplied(true);
    });
  }

  return (
    <section aria-label={t.tabLagging}>
      <div className={styles.row}>
        <Field label={t.measure}>
          <Dropdown
            value={names.measure(measure)}
            selectedOptions={[measure]}
            onOptionSelect={(_, d) => setMeasure((d.optionValue as Measure) ?? measure)}
          >
            {MEASURE_IDS.map((m) => (
              <Option key={m} value={m} text={names.measure(m)}>
                {names.measure(m)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.orgType}>
          <Dropdown
            value={names.orgType(orgType)}
            selectedOptions={[orgType]}
            onOptionSelect={(_, d) => setOrgType((d.optionValue as OrgTypeOrAll) ?? orgType)}
          >
            {ALL_TYPES.map((o) => (
              <Option key={o} value={o} text={names.orgType(o)}>
                {names.orgType(o)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={t.threshold}
          hint={`${t.nationalDefault}: ${(nationalShare * 100).toFixed(1)}%`}
          validationState={invalid ? "error" : "none"}
          validationMessage={invalid ? "0–100" : undefined}
        >
          <Input
            value={typed}
            onChange={(_, d) => setTyped(d.value)}
            placeholder={(nationalShare * 100).toFixed(1)}
            inputMode="decimal"
          />
        </Field>
      </div>
      <Text as="p">
        {rows.length
          ? t.laggingLine({ n: rows.length, target: formatPercent(lang, target) })
          : t.noneLagging}
      </Text>
      {twoPeriods && rows.length > 0 && (
        <Checkbox
          label={t.sortByChange}
          checked={byChange}
          onChange={(_, d) => setByChange(Boolean(d.checked))}
        />
      )}
      <div className={styles.views}>
        {period && (
          <div className={styles.view} ref={mapView}>
            <TerritoryMap
              dataset={store.dataset}
              measure={measure}
              orgType={orgType}
              period={period}
              target={target}
              onSelect={(territory) => void selectTerritory(territory)}
            />
            <Text as="p" size={200}>
              {host.kind === "excel" ? t.mapHintExcel : t.mapHintPreview}
            </Text>
            {card && (
              <PaneTerritoryCard
                queries={store.queries}
                territory={card.territory}
                period={card.period}
                onClose={closeCard}
                opened={card}
              >
                {host.kind !== "excel" && onShowRows && (
                  <Button
                    size="small"
                    onClick={() =>
                      onShowRows({
                        territoryId: card.territoryId,
                        measure: card.measure,
                        orgType: card.orgType,
                        period: card.period,
                      })
                    }
                  >
                    {t.cardShowRows}
                  </Button>
                )}
              </PaneTerritoryCard>
            )}
          </div>
        )}
        {rows.length > 0 && (
          <div className={styles.view}>
            <BarChart
              title={`${names.measure(measure)}: ${t.laggingCount({ n: rows.length })}`}
              target={target}
              bars={rows.map((r) => ({ label: r.name, value: r.coverage, change: r.change }))}
            />
          </div>
        )}
      </div>
      {selection && !action.error && (
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
      {host.kind === "excel" && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={invalid} onClick={() => apply(typedShare)}>
            {t.apply}
          </Button>
          <Button
            onClick={() => {
              setTyped("");
              void apply(null);
            }}
          >
            {t.reset}
          </Button>
        </div>
      )}
      {(action.error || applied) && (
        <MessageBar intent={action.error ? "error" : "success"}>
          <MessageBarBody>{action.error ?? t.applied}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
