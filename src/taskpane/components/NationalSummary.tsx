import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CoverageDataset } from "../../analysis/dataset";
import { nationalSummary } from "../../analysis/national";
import { policeCentreTerm } from "../../domain/coreTerms";
import { periodName } from "../../domain/lang";
import { formatPercent, formatSigned } from "../../domain/numbers";
import { useLang, useNames, useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { margin: `0 0 ${tokens.spacingVerticalM}` },
  title: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  item: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    minWidth: 0,
  },
  share: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  note: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/**
 * Where the country stands, first: each measure's national coverage in the latest period (every
 * territory reported for it, all types), what it is of, each type's share, and the change since
 * the period before (▲▼ percentage points) once there is one.
 */
export function NationalSummary({ dataset }: { dataset: CoverageDataset }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();
  const period = dataset.latestPeriod();
  const figures = React.useMemo(
    () => nationalSummary(dataset, period),
    // revision: an import adds or replaces a period.
    [dataset, period, dataset.revision]
  );
  const titleId = React.useId();
  if (period === null || figures.length === 0) return <></>;
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Text as="h2" id={titleId} weight="semibold" size={400} className={styles.title} block>
        {t.nationalTitle({ period: periodName(period, lang) })}
      </Text>
      <ul className={styles.list}>
        {figures.map((f) => (
          <li key={f.measure} className={styles.item}>
            <Text weight="semibold">{names.measure(f.measure)}</Text>
            {f.measure === "video" && (
              // ЦОУ / ЖБО spelled out where the pane first names it.
              <Text size={200}>{policeCentreTerm[lang]}</Text>
            )}
            <Text className={styles.share}>{formatPercent(lang, f.share)}</Text>
            <Text size={200}>{t.nationalCovered({ covered: f.covered, total: f.total })}</Text>
            <Text size={200}>
              {f.byType
                .map((b) => `${names.orgType(b.orgType)} ${formatPercent(lang, b.share, 0)}`)
                .join(" · ")}
            </Text>
            {f.change && (
              <Text
                size={200}
                className={f.change.points > 0 ? styles.up : f.change.points < 0 ? styles.down : ""}
              >
                {f.change.points > 0 ? "▲ " : f.change.points < 0 ? "▼ " : ""}
                {t.nationalChange({
                  points: formatSigned(lang, f.change.points * 100),
                  period: f.change.period,
                })}
              </Text>
            )}
          </li>
        ))}
      </ul>
      {figures.every((f) => !f.change) && (
        <Text as="p" size={200} className={styles.note}>
          {t.nationalFirst}
        </Text>
      )}
    </section>
  );
}
