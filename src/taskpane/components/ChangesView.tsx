import { makeStyles, Subtitle2, Text } from "@fluentui/react-components";
import * as React from "react";
import type { Mover } from "../../analysis/compare";
import { useLang, useNames, useStrings } from "../i18n";
import { reviewParts } from "../styles";
import { changeText } from "./BarChart";

const useStyles = makeStyles(reviewParts);

export interface Movers {
  gains: Mover[];
  falls: Mover[];
  stalled: Mover[];
  stalledCount: number;
}

/**
 * "Changes: who moved": the biggest gains and falls in coverage since the period before, and the
 * figures that stall (below the target, no gain). Shown in an import's preview and after it is added.
 */
export function ChangesView({ movers }: { movers: Movers }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();

  return (
    <>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.moversHeading}
      </Subtitle2>
      {(
        [
          [t.gains, movers.gains, movers.gains.length],
          [t.falls, movers.falls, movers.falls.length],
          [t.stalled, movers.stalled, movers.stalledCount],
        ] as const
      ).map(([title, list, count]) => (
        <div key={title}>
          <Text as="p" weight="semibold" className={styles.paragraph}>
            {title} ({count})
          </Text>
          <ul className={styles.list} aria-label={title}>
            {list.map(({ change: c, points }) => (
              <li key={`${c.measure}|${c.orgType}|${c.territoryId}`}>
                {names.territory(c.territoryId, c.territoryName)}, {names.measure(c.measure)} /{" "}
                {names.orgType(c.orgType)}: {changeText(points, lang)} ({c.before!.covered}/
                {c.before!.total} → {c.after.covered}/{c.after.total})
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
