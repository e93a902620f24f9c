import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { auditReport } from "../../analysis/audit";
import { compareReports, previousReport } from "../../analysis/compare";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Report } from "../../domain/report";
import { docxToText, isDocx } from "../../report/docxText";
import { parseReport } from "../../report/parseReport";
import { friendlyError } from "../friendlyError";
import { useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

/** The line of the report around an issue, for the preview. */
function around(text: string, line: number, column: number): string {
  const l = text.split("\n")[line - 1] ?? "";
  const from = Math.max(0, column - 40);
  return `${from > 0 ? "…" : ""}${l.slice(from, column + 60)}${column + 60 < l.length ? "…" : ""}`;
}

interface Preview {
  text: string;
  report: Report;
}

/** Paste or choose a new quarterly report, see what was found and what looks wrong, then add it as a period. */
export function ImportPanel({ store, host }: { store: DatasetStore; host: PaneHost }): React.JSX.Element {
  const t = useStrings();
  const [text, setText] = React.useState("");
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [accepted, setAccepted] = React.useState(false);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    try {
      setText(isDocx(file.name) ? await docxToText(await file.arrayBuffer()) : await file.text());
    } catch (e) {
      setMessage({ intent: "error", text: `${file.name}: ${friendlyError(e)}` });
    }
  };

  const errors = preview ? preview.report.issues.filter((i) => i.severity === "error") : [];
  const comparison = preview ? compareReports(previousReport(store.dataset.reportList(), preview.report.period), preview.report) : null;
  const findings = preview ? auditReport(preview.report) : [];
  const stated = comparison ? comparison.changes.filter((c) => c.statedChangeMatches !== null) : [];
  const mismatched = stated.filter((c) => c.statedChangeMatches === false);
  const replaces = preview?.report.period ? store.dataset.periods().includes(preview.report.period) : false;
  const canAdd = preview !== null && preview.report.records.length > 0 && (errors.length === 0 || accepted);

  async function add() {
    if (!preview) return;
    try {
      // The workbook first: the EDU functions must never answer for a period the workbook did not store.
      await host.saveImports(store.importedTextsWith(preview.report, preview.text));
      store.addImported(preview.report, preview.text);
      setMessage({ intent: "success", text: `${t.added} ${preview.report.period ?? "unknown"}.` });
      setPreview(null);
      setText("");
      setAccepted(false);
    } catch (e) {
      setMessage({ intent: "error", text: friendlyError(e) });
    }
  }

  return (
    <section aria-label={t.tabImport}>
      <Text as="p">{t.importHint}</Text>
      <Field label={t.reportText}>
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, d) => {
            setText(d.value);
            setPreview(null);
          }}
        />
      </Field>
      <p>
        <label>
          {t.chooseFile}: <input type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => void readFile(e.target.files?.[0])} />
        </label>
      </p>
      <Button disabled={!text.trim()} onClick={() => { setMessage(null); setAccepted(false); setPreview({ text, report: parseReport(text) }); }}>
        {t.previewButton}
      </Button>

      {preview && (
        <div aria-live="polite">
          <Text as="p" weight="semibold">
            {t.found}: {preview.report.records.length} {t.figures}; {t.period}: {preview.report.period ?? t.noPeriod}
            {replaces ? ` — ${t.replacesPeriod} ${preview.report.period}` : ""}
          </Text>
          <Text as="h3" weight="semibold">
            {t.issues}
          </Text>
          {preview.report.issues.length === 0 ? (
            <Text as="p">{t.noIssues}</Text>
          ) : (
            <ul>
              {preview.report.issues.map((i, k) => (
                <li key={k}>
                  <Text weight={i.severity === "error" ? "semibold" : "regular"}>
                    {i.severity === "error" ? "⛔" : "⚠"} {i.line}:{i.column} — {i.message}
                  </Text>
                  <br />
                  <code>{around(preview.text, i.line, i.column)}</code>
                </li>
              ))}
            </ul>
          )}
          {comparison && comparison.previousPeriod && (
            <Text as="p">
              {t.differences} {comparison.previousPeriod}: {comparison.changes.filter((c) => c.coveredChange !== null && c.coveredChange !== 0).length} {t.changedFigures};{" "}
              {stated.length} {t.statedChanges}, {mismatched.length} — {t.statedMismatch}.
            </Text>
          )}
          {mismatched.length > 0 && (
            <ul>
              {mismatched.map((c) => (
                <li key={`${c.measure}|${c.orgType}|${c.territoryId}`}>
                  {c.territoryName}, {c.measure} / {c.orgType} ({c.line}): {c.statedChange! > 0 ? "+" : ""}
                  {c.statedChange} ≠ {c.coveredChange! > 0 ? "+" : ""}
                  {c.coveredChange} ({c.before?.covered} → {c.after.covered})
                </li>
              ))}
            </ul>
          )}
          <Text as="p">
            {findings.length} {t.contradictions}
          </Text>
          {errors.length > 0 && <Checkbox label={t.acceptErrors} checked={accepted} onChange={(_, d) => setAccepted(Boolean(d.checked))} />}
          <div style={{ display: "flex", gap: 8 }}>
            <Button appearance="primary" disabled={!canAdd} onClick={() => void add()}>
              {t.addPeriod}
            </Button>
            <Button onClick={() => { setPreview(null); setAccepted(false); }}>{t.cancel}</Button>
          </div>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>
            {message.intent === "error" && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
            {message.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
