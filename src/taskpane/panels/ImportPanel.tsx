import {
  Badge,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { auditReport } from "../../analysis/audit";
import { compareReports, movers, previousReport } from "../../analysis/compare";
import { changeText } from "../components/BarChart";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Report } from "../../domain/report";
import { readReportFile, UnreadableFileError } from "../../report/readReportFile";
import { parseReport } from "../../report/parseReport";
import { useFriendlyError } from "../friendlyError";
import { useNames, useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";

const ACCEPT =
  ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { margin: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  paragraph: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  issue: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: "2px" },
  issueLine: { overflowWrap: "anywhere" },
  excerpt: {
    display: "block",
    alignSelf: "stretch",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  mismatch: { overflowWrap: "anywhere" },
});

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

/** A chosen file's bytes (FileReader: every webview Office runs the pane in has it). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

/** Paste or choose a new quarterly report, see what was found and what looks wrong, then add it as a period. */
export function ImportPanel({
  store,
  host,
}: {
  store: DatasetStore;
  host: PaneHost;
}): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const friendlyError = useFriendlyError();
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [text, setText] = React.useState("");
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [accepted, setAccepted] = React.useState(false);
  const [message, setMessage] = React.useState<{
    intent: "success" | "error";
    text: string;
  } | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    try {
      // A .docx, or text in UTF-8, UTF-16 or Windows-1251: what the ministry saves (readReportFile).
      setText(await readReportFile(file.name, await fileBytes(file)));
      setFileName(file.name);
    } catch (e) {
      setFileName(null);
      setMessage({
        intent: "error",
        text: e instanceof UnreadableFileError ? e.message : `${file.name}: ${friendlyError(e)}`,
      });
    }
  };

  const errors = preview ? preview.report.issues.filter((i) => i.severity === "error") : [];
  const comparison = preview
    ? compareReports(
        previousReport(store.dataset.reportList(), preview.report.period),
        preview.report
      )
    : null;
  const findings = preview ? auditReport(preview.report) : [];
  const changed = comparison
    ? comparison.changes.filter((c) => c.coveredChange !== null && c.coveredChange !== 0)
    : [];
  const stated = comparison ? comparison.changes.filter((c) => c.statedChangeMatches !== null) : [];
  const mismatched = stated.filter((c) => c.statedChangeMatches === false);
  /** Figures that moved since the previous period, or whose stated change does not match it. */
  const moved = comparison?.previousPeriod ? movers(comparison) : null;
  const differences = comparison
    ? comparison.changes.filter(
        (c) =>
          (c.coveredChange !== null && c.coveredChange !== 0) || c.statedChangeMatches === false
      ).length
    : 0;
  const replaces = preview?.report.period
    ? store.dataset.periods().includes(preview.report.period)
    : false;
  const canAdd =
    preview !== null && preview.report.records.length > 0 && (errors.length === 0 || accepted);

  async function add() {
    if (!preview) return;
    try {
      // The workbook first: the EDU functions must never answer for a period the workbook did not store.
      await host.saveImports(store.importedTextsWith(preview.report, preview.text));
      store.addImported(preview.report, preview.text);
      setMessage({ intent: "success", text: `${t.added} ${preview.report.period ?? "unknown"}.` });
      setPreview(null);
      setText("");
      setFileName(null);
      setAccepted(false);
    } catch (e) {
      setMessage({ intent: "error", text: friendlyError(e) });
    }
  }

  return (
    <section aria-label={t.tabImport} className={styles.section}>
      <Text as="p" className={styles.hint}>
        {t.importHint}
      </Text>
      <Field label={t.reportText}>
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, d) => {
            setText(d.value);
            setFileName(null);
            setPreview(null);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          onChange={(e) => {
            void readFile(e.target.files?.[0]);
            e.target.value = ""; // the same file again is a new choice
          }}
        />
        <Button onClick={() => fileInput.current?.click()}>{t.chooseFile}</Button>
        {fileName && (
          <Text size={200} className={styles.fileName}>
            {fileName}
          </Text>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          appearance={preview ? "secondary" : "primary"}
          disabled={!text.trim()}
          onClick={() => {
            setMessage(null);
            setAccepted(false);
            setPreview({ text, report: parseReport(text) });
          }}
        >
          {t.previewButton}
        </Button>
      </div>

      {preview && (
        <div aria-live="polite" className={styles.results}>
          <Text as="p" weight="semibold" className={styles.summary}>
            {t.found}: {preview.report.records.length} {t.figures}; {t.period}:{" "}
            {preview.report.period ?? t.noPeriod}; {t.problemsCount}: {preview.report.issues.length}
            {comparison?.previousPeriod
              ? `; ${t.differencesFrom} ${comparison.previousPeriod}: ${differences}`
              : ""}
            .{replaces ? ` ${t.replacesPeriod} ${preview.report.period}.` : ""}
          </Text>

          <Subtitle2 as="h2" className={styles.heading}>
            {t.issues} ({preview.report.issues.length})
          </Subtitle2>
          {preview.report.issues.length === 0 ? (
            <Text as="p" className={styles.paragraph}>
              {t.noIssues}
            </Text>
          ) : (
            <ul className={styles.list}>
              {preview.report.issues.map((i, k) => (
                <li key={k} className={styles.issue}>
                  <Badge
                    appearance="tint"
                    size="small"
                    color={i.severity === "error" ? "danger" : "warning"}
                  >
                    {i.severity === "error" ? t.issueError : t.issueWarning}
                  </Badge>
                  <Text
                    className={styles.issueLine}
                    weight={i.severity === "error" ? "semibold" : "regular"}
                  >
                    {i.line}:{i.column} — {i.message}
                  </Text>
                  <code className={styles.excerpt}>{around(preview.text, i.line, i.column)}</code>
                </li>
              ))}
            </ul>
          )}

          {comparison?.previousPeriod && (
            <>
              <Subtitle2 as="h2" className={styles.heading}>
                {t.differencesHeading} {comparison.previousPeriod}
              </Subtitle2>
              <Text as="p" className={styles.paragraph}>
                {changed.length} {t.changedFigures}; {stated.length} {t.statedChanges},{" "}
                {mismatched.length} — {t.statedMismatch}.
              </Text>
              {mismatched.length > 0 && (
                <ul className={styles.list}>
                  {mismatched.map((c) => (
                    <li
                      key={`${c.measure}|${c.orgType}|${c.territoryId}`}
                      className={styles.mismatch}
                    >
                      {c.territoryName}, {c.measure} / {c.orgType} ({c.line}):{" "}
                      {c.statedChange! > 0 ? "+" : ""}
                      {c.statedChange} ≠ {c.coveredChange! > 0 ? "+" : ""}
                      {c.coveredChange} ({c.before?.covered} → {c.after.covered})
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}

          {moved && (
            <>
              <Subtitle2 as="h2" className={styles.heading}>
                {t.moversHeading}
              </Subtitle2>
              {(
                [
                  [t.gains, moved.gains, moved.gains.length],
                  [t.falls, moved.falls, moved.falls.length],
                  [t.stalled, moved.stalled, moved.stalledCount],
                ] as const
              ).map(([title, list, count]) => (
                <div key={title}>
                  <Text as="p" weight="semibold" className={styles.paragraph}>
                    {title} ({count})
                  </Text>
                  <ul className={styles.list} aria-label={title}>
                    {list.map(({ change: c, points }) => (
                      <li key={`${c.measure}|${c.orgType}|${c.territoryId}`}>
                        {c.territoryName}, {names.measure(c.measure)} / {names.orgType(c.orgType)}:{" "}
                        {changeText(points)} ({c.before!.covered}/{c.before!.total} →{" "}
                        {c.after.covered}/{c.after.total})
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}

          <Subtitle2 as="h2" className={styles.heading}>
            {t.contradictionsHeading}
          </Subtitle2>
          <Text as="p" className={styles.paragraph}>
            {findings.length} {t.contradictions}
          </Text>

          {errors.length > 0 && (
            <Checkbox
              label={t.acceptErrors}
              checked={accepted}
              onChange={(_, d) => setAccepted(Boolean(d.checked))}
            />
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!canAdd} onClick={() => void add()}>
              {t.addPeriod}
            </Button>
            <Button
              onClick={() => {
                setPreview(null);
                setAccepted(false);
              }}
            >
              {t.cancel}
            </Button>
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
