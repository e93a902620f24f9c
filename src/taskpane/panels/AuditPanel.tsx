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
import { useLang, useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

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

/** The report's contradictions; clicking one selects its row in the workbook. */
export function AuditPanel({
  store,
  host,
}: {
  store: DatasetStore;
  host: PaneHost;
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
  return (
    <section aria-label={t.tabAudit}>
      <Text as="p" className={styles.intro}>
        {findings.length ? t.auditIntro : t.noFindings}
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
