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
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import type { CoverageRecord } from "../../domain/report";
import { territoryById, territoryName } from "../../domain/territories";
import { foldName } from "../../domain/text";
import type { TerritoryRows } from "../../host/paneHost";
import { formatNumber } from "../../domain/numbers";
import { useLang, useNames, useStrings } from "../i18n";

type SortKey = "territoryName" | "measure" | "orgType" | "covered" | "total" | "coverage";
const LIMIT = 500;

/**
 * Below this width (Office opens the pane at about 320–350 px) the table keeps three columns —
 * territory, type, coverage — with a second line in two of them: the measure and covered of total
 * under the territory, the stated % under the coverage. From it on, each has its own column.
 */
const NARROW = "@media (max-width: 559px)";
const WIDE = "@media (min-width: 560px)";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
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
  /** Type and coverage: as narrow as their text, so the territory gets the rest. */
  fit: { width: "1%", whiteSpace: "nowrap" },
  wideOnly: { [NARROW]: { display: "none" } },
  narrowOnly: { [WIDE]: { display: "none" } },
});

const coverage = (r: CoverageRecord) => r.covered / r.total;

/**
 * The dataset as a sortable, filterable table (the standalone preview's first view). `territory`:
 * one territory's rows (chosen on the Lagging map), until "Show all rows".
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
  const names = useNames();
  const lang = useLang();
  const styles = useStyles();
  const periods = store.dataset.periods();
  const [period, setPeriod] = React.useState(
    territory?.period ?? periods[periods.length - 1] ?? ""
  );
  const [measure, setMeasure] = React.useState<string>(territory?.measure ?? "all");
  const shown = territory ? territoryById(territory.territoryId) : undefined;
  // Chosen from the map: the keyboard lands on what it brought up.
  const shownRef = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (territory) shownRef.current?.focus();
  }, [territory]);
  const [filter, setFilter] = React.useState("");
  const [sort, setSort] = React.useState<{ key: SortKey; dir: 1 | -1 }>({
    key: "coverage",
    dir: 1,
  });

  const rows = React.useMemo(() => {
    const needle = foldName(filter);
    const value = (r: CoverageRecord): string | number =>
      sort.key === "coverage" ? coverage(r) : r[sort.key];
    return store.dataset
      .records(period)
      .filter(
        (r) =>
          (measure === "all" || r.measure === measure) &&
          (!territory ||
            (r.territoryId === territory.territoryId &&
              (territory.orgType === "all" || r.orgType === territory.orgType))) &&
          (!needle ||
            foldName(
              `${r.territoryName} ${r.orgType} ${r.measure} ${names.orgType(r.orgType)} ${names.shortOrgType(r.orgType)} ${names.measure(r.measure)} ${names.shortMeasure(r.measure)}`
            ).includes(needle))
      )
      .slice()
      .sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        return (
          (typeof x === "number" && typeof y === "number"
            ? x - y
            : String(x).localeCompare(String(y), "ru")) * sort.dir
        );
      });
    // The names follow the language.
  }, [store, period, measure, filter, sort, lang, territory]);

  const header = (key: SortKey, label: string, className?: string) => (
    <TableHeaderCell
      className={className}
      sortable
      sortDirection={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
      onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }))}
    >
      {label}
    </TableHeaderCell>
  );

  return (
    <section aria-label={t.tabData}>
      <div className={styles.filters}>
        <Field label={t.period} className={styles.filter}>
          <Dropdown
            className={styles.control}
            value={period}
            selectedOptions={[period]}
            onOptionSelect={(_, d) => setPeriod(d.optionValue ?? period)}
          >
            {periods.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.measure} className={styles.filter}>
          <Dropdown
            className={styles.control}
            value={measure === "all" ? t.all : names.measure(measure as Measure)}
            selectedOptions={[measure]}
            onOptionSelect={(_, d) => setMeasure(d.optionValue ?? "all")}
          >
            <Option value="all">{t.all}</Option>
            {MEASURE_IDS.map((m) => (
              <Option key={m} value={m}>
                {names.measure(m)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.filter} className={styles.filter}>
          <Input
            className={styles.control}
            value={filter}
            onChange={(_, d) => setFilter(d.value)}
            placeholder={t.filterPlaceholder}
          />
        </Field>
      </div>
      {territory && shown && (
        <div className={styles.shown}>
          <Text weight="semibold" ref={shownRef} tabIndex={-1}>
            {t.showingTerritory({
              name: territoryName(shown, lang),
              measure: measure === "all" ? t.all : names.measure(measure),
              type: names.orgType(territory.orgType),
            })}
          </Text>
          <Button
            size="small"
            onClick={() => {
              setMeasure("all");
              onShowAll?.();
            }}
          >
            {t.showAllRows}
          </Button>
        </div>
      )}
      <Text as="p" size={200} className={styles.count}>
        {t.rowCount({ n: rows.length })}
        {rows.length > LIMIT ? ` (${LIMIT})` : ""}
      </Text>
      <Table size="extra-small" aria-label={t.tabData} className={styles.table}>
        <TableHeader>
          <TableRow>
            {header("territoryName", t.territory)}
            {header("measure", t.measure, styles.wideOnly)}
            {header("orgType", t.orgType, styles.fit)}
            {header("covered", t.covered, styles.wideOnly)}
            {header("total", t.total, styles.wideOnly)}
            {header("coverage", t.coverage, styles.fit)}
            <TableHeaderCell className={styles.wideOnly}>{t.stated}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, LIMIT).map((r) => (
            <TableRow key={`${r.measure}|${r.orgType}|${r.territoryId}`}>
              <TableCell className={styles.territory}>
                <TableCellLayout
                  description={{
                    className: styles.narrowOnly,
                    title: names.measure(r.measure),
                    children: `${names.shortMeasure(r.measure)} · ${t.outOf({ covered: formatNumber(lang, r.covered), total: formatNumber(lang, r.total) })}`,
                  }}
                >
                  {r.territoryName}
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.wideOnly} title={names.measure(r.measure)}>
                {names.shortMeasure(r.measure)}
              </TableCell>
              <TableCell className={styles.fit} title={names.orgType(r.orgType)}>
                {names.shortOrgType(r.orgType)}
              </TableCell>
              <TableCell className={styles.wideOnly}>{r.covered}</TableCell>
              <TableCell className={styles.wideOnly}>{r.total}</TableCell>
              <TableCell className={styles.fit}>
                <TableCellLayout
                  description={{
                    className: styles.narrowOnly,
                    children: `${t.stated.toLowerCase()} ${r.statedPercent}%`,
                  }}
                >
                  {(coverage(r) * 100).toFixed(1)}%
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.wideOnly}>{r.statedPercent}%</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
