import { Dropdown, Field, Input, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { MEASURE_IDS } from "../../domain/measures";
import type { CoverageRecord } from "../../domain/report";
import { foldName } from "../../domain/text";
import { useNames, useStrings } from "../i18n";

type SortKey = "territoryName" | "measure" | "orgType" | "covered" | "total" | "coverage";
const LIMIT = 500;

const coverage = (r: CoverageRecord) => r.covered / r.total;

/** The dataset as a sortable, filterable table (the standalone preview's first view). */
export function DataPanel({ store }: { store: DatasetStore }): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const periods = store.dataset.periods();
  const [period, setPeriod] = React.useState(periods[periods.length - 1] ?? "");
  const [measure, setMeasure] = React.useState<string>("all");
  const [filter, setFilter] = React.useState("");
  const [sort, setSort] = React.useState<{ key: SortKey; dir: 1 | -1 }>({ key: "coverage", dir: 1 });

  const rows = React.useMemo(() => {
    const needle = foldName(filter);
    const value = (r: CoverageRecord): string | number => (sort.key === "coverage" ? coverage(r) : r[sort.key]);
    return store.dataset
      .records(period)
      .filter((r) => (measure === "all" || r.measure === measure) && (!needle || foldName(`${r.territoryName} ${r.orgType} ${r.measure}`).includes(needle)))
      .slice()
      .sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "ru")) * sort.dir;
      });
  }, [store, period, measure, filter, sort]);

  const header = (key: SortKey, label: string) => (
    <TableHeaderCell
      sortable
      sortDirection={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
      onClick={() => setSort((s) => ({ key, dir: s.key === key ? ((-s.dir) as 1 | -1) : 1 }))}
    >
      {label}
    </TableHeaderCell>
  );

  return (
    <section aria-label={t.tabData}>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Field label={t.period}>
          <Dropdown value={period} selectedOptions={[period]} onOptionSelect={(_, d) => setPeriod(d.optionValue ?? period)}>
            {periods.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.measure}>
          <Dropdown value={measure === "all" ? t.all : measure} selectedOptions={[measure]} onOptionSelect={(_, d) => setMeasure(d.optionValue ?? "all")}>
            <Option value="all">{t.all}</Option>
            {MEASURE_IDS.map((m) => (
              <Option key={m} value={m}>
                {m}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.filter}>
          <Input value={filter} onChange={(_, d) => setFilter(d.value)} placeholder="Алматы, school…" />
        </Field>
      </div>
      <Text as="p" size={200}>
        {rows.length} {t.rows}
        {rows.length > LIMIT ? ` (${LIMIT})` : ""}
      </Text>
      <Table size="extra-small" aria-label={t.tabData} style={{ tableLayout: "auto" }}>
        <TableHeader>
          <TableRow>
            {header("territoryName", t.territory)}
            {header("measure", t.measure)}
            {header("orgType", t.orgType)}
            {header("covered", t.covered)}
            {header("total", t.total)}
            {header("coverage", t.coverage)}
            <TableHeaderCell>{t.stated}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, LIMIT).map((r) => (
            <TableRow key={`${r.measure}|${r.orgType}|${r.territoryId}`}>
              <TableCell>{r.territoryName}</TableCell>
              <TableCell title={names.measure(r.measure)}>{r.measure}</TableCell>
              <TableCell title={names.orgType(r.orgType)}>{r.orgType === "kindergarten" ? "kg" : r.orgType}</TableCell>
              <TableCell>{r.covered}</TableCell>
              <TableCell>{r.total}</TableCell>
              <TableCell>{(coverage(r) * 100).toFixed(1)}%</TableCell>
              <TableCell>{r.statedPercent}%</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
