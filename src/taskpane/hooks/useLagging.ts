import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import type { Territory } from "../../domain/territories";
import type { PaneHost, TerritoryRows, TerritorySelection } from "../../host/paneHost";
import { useAction } from "./useAction";

/**
 * The Lagging tab's state: a measure and type, a target typed (or the national coverage), the
 * territories below it with their change since the previous period, the card of the territory
 * chosen on the map and, in Excel, its rows selected; applying the target to the workbook.
 */
export function useLagging(store: DatasetStore, host: PaneHost) {
  const action = useAction();
  // Selecting a territory's rows from the map: its own busy flag and result, the panel's one message.
  const selecting = useAction(action);
  const [measure, setMeasure] = React.useState<Measure>("turnstile");
  const [orgType, setOrgType] = React.useState<OrgTypeOrAll>("all");
  const [typed, setTyped] = React.useState("");
  const [applied, setApplied] = React.useState(false);
  const [byChange, setByChange] = React.useState(false);
  const [selection, setSelection] = React.useState<
    ({ territory: Territory } & TerritorySelection) | null
  >(null);
  // The card of the territory last chosen on the map, and the rows it was chosen for.
  const [card, setCard] = React.useState<TerritoryRows & { territory: Territory }>();

  const national = store.queries.lagging(measure, orgType);
  const nationalShare = national.ok ? national.value.threshold : 0;
  // A decimal comma or point, as the person types it.
  const typedShare = typed.trim() === "" ? null : Number(typed.replace(",", ".")) / 100;
  const invalid = typedShare !== null && !(typedShare >= 0 && typedShare <= 1);
  const result = store.queries.lagging(
    measure,
    orgType,
    invalid || typedShare === null ? undefined : typedShare
  );
  // With two periods or more: each territory's change since the previous one, and a sort by it.
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

  // A selection said for one measure and type is not said under another (nor its card's rows).
  React.useEffect(() => {
    setSelection(null);
    setCard(undefined);
  }, [measure, orgType]);

  async function selectTerritory(territory: Territory) {
    if (!period) return;
    const chosen: TerritoryRows = { territoryId: territory.id, measure, orgType, period };
    // Its card below the map; in the preview, its rows in the Data tab are a button on the card.
    setCard({ ...chosen, territory });
    if (host.kind !== "excel") return;
    setApplied(false);
    setSelection(null);
    // The host finds the rows in the workbook's table as it is now: no plan needed.
    const n = await selecting.run(() => host.selectTerritory(chosen));
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

  return {
    measure,
    setMeasure,
    orgType,
    setOrgType,
    typed,
    setTyped,
    invalid,
    nationalShare,
    target,
    period,
    rows,
    twoPeriods,
    byChange,
    setByChange,
    card,
    closeCard: () => setCard(undefined),
    selectTerritory: (territory: Territory) => void selectTerritory(territory),
    selection,
    applied,
    error: action.error,
    applyTyped: () => void apply(typedShare),
    resetTarget: () => {
      setTyped("");
      void apply(null);
    },
  };
}
