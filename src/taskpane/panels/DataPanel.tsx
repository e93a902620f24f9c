import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { periodName } from "../../domain/lang";
import type { Measure } from "../../domain/measures";
import { formatNumber, formatPercent, formatStated } from "../../domain/numbers";
import type { CoverageRecord } from "../../domain/report";
import { territoryById, territoryName } from "../../domain/territories";
import type { TerritoryRows } from "../../host/paneHost";
import { Choice } from "../components/Choice";
import { MeasureDropdown } from "../components/Choosers";
import { NationalSummary } from "../components/NationalSummary";
import { type SortKey, useDataRows, useTerritoryName } from "../hooks/useDataRows";
import { useLang, useNames, useStrings } from "../i18n";
import { TextInput } from "../components/TextInput";

const LIMIT = 500;

/**
 * Below this width (Office opens the pane at about 320–350 px) the table keeps two columns:
 * territory, with its type, measure and covered of total on a second line, and coverage, with the
 * stated % under it. From it on, each has its own column.
 */
const NARROW = "@media (max-width: 559px)";
const WIDE = "@media (min-width: 560px)";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    // Controls in line whatever hint one of them carries below it.
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  filter: { flex: "1 1 130px", minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
  count: { display: "block", marginTop: tokens.spacingVerticalS, marginBottom: 0 },
  shown: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  table: { tableLayout: "auto", width: "100%" },
  territory: { overflowWrap: "anywhere" },
  /** Coverage: as narrow as its text, so the territory gets the rest. */
  fit: { width: "1%", whiteSpace: "nowrap" },
  wideOnly: { [NARROW]: { display: "none" } },
  narrowOnly: { [WIDE]: { display: "none" } },
});

/**
 * The Data tab: where the country stands first (NationalSummary), then the dataset as a table to
 * filter and sort (useDataRows), in the report's order until a column is sorted. `territory`: one
 * territory's rows (chosen on the Lagging map), until "Show all rows".
 */
export function DataPanel({
  store,
  territory,
  onShowAll,
}: {
  store: DatasetStore;
  territory?: TerritoryRows | null;
  onShowAll?: () => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const data = useDataRows(store, territory);
  const shown = territory ? territoryById(territory.territoryId) : undefined;
  // Chosen from the map: the keyboard lands on what it brought up.
  const shownRef = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (territory) shownRef.current?.focus();
  }, [territory]);
  const names = useNames();

  return (
    <section aria-label={t.tabData}>
      {!territory && <NationalSummary dataset={store.dataset} />}
      <div className={styles.filters}>
        <Field label={t.period} className={styles.filter}>
          <Choice
            className={styles.control}
            value={data.period}
            onChange={data.setPeriod}
            choices={data.periods.map((p) => ({ value: p, label: periodName(p, lang) }))}
          />
        </Field>
        <MeasureDropdown
          all
          value={data.measure as Measure | "all"}
          onChange={data.setMeasure}
          className={styles.filter}
          controlClassName={styles.control}
        />
        <Field label={t.filter} hint={t.filterHint} className={styles.filter}>
          <TextInput
            className={styles.control}
            value={data.filter}
            onChange={data.setFilter}
            placeholder={t.filterPlaceholder}
          />
        </Field>
      </div>
      {territory && shown && (
        <div className={styles.shown}>
          <Text weight="semibold" ref={shownRef} tabIndex={-1}>
            {t.showingTerritory({
              name: territoryName(shown, lang),
              measure: data.measure === "all" ? t.all : names.measure(data.measure),
              type: names.orgType(territory.orgType),
            })}
          </Text>
          <Button
            size="small"
            onClick={() => {
              data.setMeasure("all");
              onShowAll?.();
            }}
          >
            {t.showAllRows}
          </Button>
        </div>
      )}
      <Text as="p" size={200} className={styles.count}>
        {t.rowCount({ n: data.rows.length })}
        {data.rows.length > LIMIT ? ` (${formatNumber(lang, LIMIT)})` : ""}
      </Text>
      <DataTable rows={data.rows.slice(0, LIMIT)} sort={data.sort} onSort={data.sortBy} />
    </section>
  );
}

const useTableStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    ...typographyStyles.caption1,
    fontSize: tokens.fontSizeBase200,
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    height: "24px",
    textAlign: "start",
    verticalAlign: "middle",
    color: tokens.colorNeutralForeground1,
  },
  head: { fontWeight: tokens.fontWeightRegular, padding: 0 },
  sortButton: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "24px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  description: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** A cell's main line, and under it (at the pane's narrow width) what the hidden columns say. */
function TwoLines({ main, below }: { main: string; below: string }): React.JSX.Element {
  const styles = useStyles();
  const cells = useTableStyles();
  return (
    <>
      {main}
      <span className={mergeClasses(cells.description, styles.narrowOnly)}>{below}</span>
    </>
  );
}

/** A column's header that sorts by it: ascending, descending, then the report's order again. */
function SortHeader({
  label,
  direction,
  onSort,
  className,
}: {
  label: string;
  direction: "ascending" | "descending" | undefined;
  onSort: () => void;
  className?: string;
}): React.JSX.Element {
  const cells = useTableStyles();
  return (
    <th
      scope="col"
      aria-sort={direction ?? "none"}
      className={mergeClasses(cells.cell, cells.head, className)}
      onClick={onSort}
    >
      <button type="button" className={cells.sortButton}>
        {label}
        {direction && (
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden fill="currentColor">
            <path
              d={direction === "ascending" ? "M6 2.5 9.5 7h-7L6 2.5Z" : "M6 9.5 2.5 5h7L6 9.5Z"}
            />
          </svg>
        )}
      </button>
    </th>
  );
}

/**
 * The rows: sortable headers (ascending, descending, the report's order), names in the pane's
 * language. A plain table in Fluent's look: its 240 rows render in a fraction of the time Fluent's
 * Table components take (each cell a component with its own hooks), on the pane's first screen.
 */
function DataTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly CoverageRecord[];
  sort: ReturnType<typeof useDataRows>["sort"];
  onSort: (key: SortKey) => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();
  const cells = useTableStyles();
  const nameOf = useTerritoryName();
  const header = (key: SortKey, label: string, className?: string) => (
    <SortHeader
      label={label}
      className={className}
      direction={sort?.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
      onSort={() => onSort(key)}
    />
  );
  const cell = (className?: string) => mergeClasses(cells.cell, className);
  const share = (r: CoverageRecord) => (r.total === 0 ? 0 : r.covered / r.total);
  return (
    <table aria-label={t.tabData} className={mergeClasses(cells.table, styles.table)}>
      <thead>
        <tr className={cells.row}>
          {header("territoryName", t.territory)}
          {header("measure", t.measure, styles.wideOnly)}
          {header("orgType", t.type, styles.wideOnly)}
          {header("covered", t.covered, styles.wideOnly)}
          {header("total", t.total, styles.wideOnly)}
          {header("coverage", t.coverage, styles.fit)}
          <th scope="col" className={cell(mergeClasses(cells.head, styles.wideOnly))}>
            {t.stated}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.measure}|${r.orgType}|${r.territoryId}`} className={cells.row}>
            <td className={cell(styles.territory)}>
              <TwoLines
                main={nameOf(r)}
                below={`${names.orgType(r.orgType)} · ${names.shortMeasure(r.measure)} · ${t.outOf({ covered: formatNumber(lang, r.covered), total: formatNumber(lang, r.total) })}`}
              />
            </td>
            <td className={cell(styles.wideOnly)}>{names.measure(r.measure)}</td>
            <td className={cell(styles.wideOnly)}>{names.orgType(r.orgType)}</td>
            <td className={cell(styles.wideOnly)}>{formatNumber(lang, r.covered)}</td>
            <td className={cell(styles.wideOnly)}>{formatNumber(lang, r.total)}</td>
            <td className={cell(styles.fit)}>
              <TwoLines
                main={formatPercent(lang, share(r))}
                below={`${t.stated.toLowerCase()} ${formatStated(lang, r.statedPercent)}`}
              />
            </td>
            <td className={cell(styles.wideOnly)}>{formatStated(lang, r.statedPercent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
