import { Link, Text } from "@fluentui/react-components";
import * as React from "react";
import { auditReport } from "../../analysis/audit";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { WorkbookPlan } from "../../workbook/plan";
import { planWorkbook } from "../../workbook/planWorkbook";
import { useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

/** The report's contradictions; clicking one selects its row in the workbook. */
export function AuditPanel({ store, host, plan }: { store: DatasetStore; host: PaneHost; plan: WorkbookPlan | undefined }): React.JSX.Element {
  const t = useStrings();
  const reports = store.dataset.reportList();
  const findings = reports.flatMap((r) => auditReport(r).map((f) => ({ period: r.period ?? "unknown", f })));
  return (
    <section aria-label={t.tabAudit}>
      <Text as="p">{findings.length ? t.auditIntro : t.noFindings}</Text>
      <ol>
        {findings.map(({ period, f }, i) => (
          <li key={`${period}-${i}`}>
            {host.kind === "excel" ? (
              <Link as="button" onClick={() => void host.selectFinding(plan ?? planWorkbook(reports), f, i)}>
                {f.message}
              </Link>
            ) : (
              <Text>{f.message}</Text>
            )}{" "}
            <Text size={200}>
              ({period}, {f.code})
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
