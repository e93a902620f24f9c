import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { periodName } from "../../domain/lang";
import type { Measure } from "../../domain/measures";
import { formatNumber, formatPercent, formatStated } from "../../domain/numbers";
import type { CoverageRecord } from "../../domain/report";
import { territoryById, territoryName } from "../../domain/territories";
import type { TerritoryRows } from "../../host/paneHost";
import { MeasureDropdown } from "../components/Choosers";
import { NationalSummary } from "../components/NationalSummary";
import { type SortKey, useDataRows, useTerritoryName } from "../hooks/useDataRows";
import { useLang, useNames, useStrings } from "../i18n";

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
          <Dropdown
            className={styles.control}
            value={periodName(data.period, lang)}
            selectedOptions={[data.period]}
            onOptionSelect={(_, d) => data.setPeriod(d.optionValue ?? data.period)}
          >
            {data.periods.map((p) => (
              <Option key={p} value={p} text={periodName(p, lang)}>
                {periodName(p, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <MeasureDropdown
          all
          value={data.measure as Measure | "all"}
          onChange={data.setMeasure}
          className={styles.filter}
          controlClassName={styles.control}
        />
        <Field label={t.filter} hint={t.filterHint} className={styles.filter}>
          <Input
            className={styles.control}
            value={data.filter}
            onChange={(_, d) => data.setFilter(d.value)}
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

/** The rows: sortable headers (ascending, descending, the report's order), names in the pane's language. */
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
  const nameOf = useTerritoryName();
  const header = (key: SortKey, label: string, className?: string) => (
    <TableHeaderCell
      className={className}
      sortable
      sortDirection={sort?.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
      onClick={() => onSort(key)}
    >
      {label}
    </TableHeaderCell>
  );
  const share = (r: CoverageRecord) => (r.total === 0 ? 0 : r.covered / r.total);
  return (
    <Table size="extra-small" aria-label={t.tabData} className={styles.table}>
      <TableHeader>
        <TableRow>
          {header("territoryName", t.territory)}
          {header("measure", t.measure, styles.wideOnly)}
          {header("orgType", t.type, styles.wideOnly)}
          {header("covered", t.covered, styles.wideOnly)}
          {header("total", t.total, styles.wideOnly)}
          {header("coverage", t.coverage, styles.fit)}
          <TableHeaderCell className={styles.wideOnly}>{t.stated}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={`${r.measure}|${r.orgType}|${r.territoryId}`}>
            <TableCell className={styles.territory}>
              <TableCellLayout
                description={{
                  className: styles.narrowOnly,
                  children: `${names.orgType(r.orgType)} · ${names.shortMeasure(r.measure)} · ${t.outOf({ covered: formatNumber(lang, r.covered), total: formatNumber(lang, r.total) })}`,
                }}
              >
                {nameOf(r)}
              </TableCellLayout>
            </TableCell>
            <TableCell className={styles.wideOnly}>{names.measure(r.measure)}</TableCell>
            <TableCell className={styles.wideOnly}>{names.orgType(r.orgType)}</TableCell>
            <TableCell className={styles.wideOnly}>{formatNumber(lang, r.covered)}</TableCell>
            <TableCell className={styles.wideOnly}>{formatNumber(lang, r.total)}</TableCell>
            <TableCell className={styles.fit}>
              <TableCellLayout
                description={{
                  className: styles.narrowOnly,
                  children: `${t.stated.toLowerCase()} ${formatStated(lang, r.statedPercent)}`,
                }}
              >
                {formatPercent(lang, share(r))}
              </TableCellLayout>
            </TableCell>
            <TableCell className={styles.wideOnly}>{formatStated(lang, r.statedPercent)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
