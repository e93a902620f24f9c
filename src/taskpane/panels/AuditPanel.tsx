import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { auditPeriods } from "../../analysis/audit";
import { findingMessage } from "../../analysis/findingMessages";
import type { DatasetStore } from "../../analysis/datasetStore";
import { useAction } from "../hooks/useAction";
import { awaitMessages, useLang, useStrings } from "../i18n";
import type { PaneHost, TerritoryRows } from "../../host/paneHost";

const useStyles = makeStyles({
  intro: { marginTop: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // A finding that wraps: its number stays by its first line.
  finding: { verticalAlign: "top", textAlign: "left" },
  where: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * The report's contradictions: choosing one selects its row in the workbook; in the preview, one
 * about a territory shows its rows in the Data tab (`onShowRows`), and the others are text.
 */
export function AuditPanel({
  store,
  host,
  onShowRows,
}: {
  store: DatasetStore;
  host: PaneHost;
  onShowRows?: (rows: TerritoryRows) => void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  // Selecting a row can fail (the sheet was deleted): said like any other action's failure.
  const action = useAction();
  const styles = useStyles();
  const reports = store.dataset.reportList();
  // Each period's own contradictions, and its stated changes against the period before it.
  const findings = auditPeriods(reports).flatMap(({ period, findings: list }) =>
    list.map((f) => ({ period, f }))
  );
  if (findings.length > 0) awaitMessages(lang);
  return (
    <section aria-label={t.tabAudit}>
      <Text as="p" className={styles.intro}>
        {findings.length
          ? host.kind === "excel"
            ? t.auditIntro
            : t.auditIntroPreview
          : t.noFindings}
      </Text>
      <ol className={styles.list}>
        {findings.map(({ period, f }, i) => (
          <li key={`${period}-${i}`}>
            {host.kind === "excel" ? (
              <Link
                as="button"
                className={styles.finding}
                onClick={() => void action.run(() => host.selectFinding(f, period, i))}
              >
                {findingMessage(f, lang)}
              </Link>
            ) : f.territoryId && f.measure && onShowRows ? (
              <Link
                as="button"
                className={styles.finding}
                onClick={() =>
                  onShowRows({
                    territoryId: f.territoryId!,
                    measure: f.measure!,
                    orgType: f.orgType ?? "all",
                    period,
                  })
                }
              >
                {findingMessage(f, lang)}
              </Link>
            ) : (
              <Text>{findingMessage(f, lang)}</Text>
            )}{" "}
            <Text size={200} className={styles.where} title={f.code}>
              ({period})
            </Text>
          </li>
        ))}
      </ol>
      {action.error && (
        <MessageBar intent="error">
          <MessageBarBody>{action.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
