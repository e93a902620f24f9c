import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { formatNumber } from "../../domain/numbers";
import { issueCount, type Report } from "../../domain/report";
import { issueMessage } from "../../report/issueMessages";
import type { Preview, Review } from "../hooks/useImport";
import { awaitMessages, useLang, useNames, useStrings } from "../i18n";
import { reviewParts, wrappingRow } from "../styles";
import { ChangesView } from "./ChangesView";

const useStyles = makeStyles({
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { margin: 0 },
  ...reviewParts,
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
  actions: { ...wrappingRow, alignItems: "center" },
});

/** The line of the report around an issue, for the preview. */
function around(text: string, line: number, column: number): string {
  const l = text.split("\n")[line - 1] ?? "";
  const from = Math.max(0, column - 40);
  return `${from > 0 ? "…" : ""}${l.slice(from, column + 60)}${column + 60 < l.length ? "…" : ""}`;
}

export interface ImportReviewProps {
  preview: Preview;
  review: Review;
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
  canAdd: boolean;
  onAdd: () => void;
  onCancel: () => void;
}

/** A previewed report: what was found, what looks wrong, who moved; then add it, or cancel. */
export function ImportReview({
  preview: { report, text },
  review,
  accepted,
  onAccept,
  canAdd,
  onAdd,
  onCancel,
}: ImportReviewProps): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const names = useNames();
  const styles = useStyles();
  const moved = review.movers;
  const comparedWith = review.replaces ? report.period : review.previousPeriod;
  if (review.notReport)
    // No figures at all: one sentence, and what the reader said of its lines; nothing to compare.
    return (
      <div aria-live="polite" className={styles.results}>
        <Text as="p" weight="semibold" className={styles.summary}>
          {t.notAReport}
        </Text>
        {report.issues.length > 0 && <IssueList report={report} text={text} />}
        <div className={styles.actions}>
          <Button onClick={onCancel}>{t.cancel}</Button>
        </div>
      </div>
    );
  return (
    <div aria-live="polite" className={styles.results}>
      <Text as="p" weight="semibold" className={styles.summary}>
        {t.importSummary({
          figures: report.records.length,
          period: report.period ?? t.noPeriod,
          problems: issueCount(report.issues),
          differences: comparedWith
            ? `; ${t.differencesFrom({ period: comparedWith })}: ${formatNumber(lang, review.differences)}`
            : "",
        })}
        {review.replaces ? ` ${t.replacesPeriod({ period: report.period ?? "" })}` : ""}
      </Text>
      <ReadNotes report={report} />

      <Subtitle2 as="h2" className={styles.heading}>
        {t.issues} ({issueCount(report.issues)})
      </Subtitle2>
      {report.issues.length === 0 ? (
        <Text as="p" className={styles.paragraph}>
          {t.noIssues}
        </Text>
      ) : (
        <IssueList report={report} text={text} />
      )}

      {comparedWith && (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {review.replaces
              ? t.differencesFromLoaded({ period: comparedWith })
              : t.differencesHeading({ period: comparedWith })}
          </Subtitle2>
          <Text as="p" className={styles.paragraph}>
            {t.changesLine({
              changed: review.changed,
              stated: review.stated,
              mismatched: review.mismatched.length,
            })}
          </Text>
          {review.statedAgainstMissing && (
            <Text as="p" className={styles.paragraph}>
              {t.statedNotChecked({ period: review.statedAgainstMissing })}
            </Text>
          )}
          {review.mismatched.length > 0 && (
            <ul className={styles.list}>
              {review.mismatched.map((c) => (
                <li key={`${c.measure}|${c.orgType}|${c.territoryId}`} className={styles.mismatch}>
                  {names.territory(c.territoryId, c.territoryName)}, {names.measure(c.measure)} /{" "}
                  {names.orgType(c.orgType)} ({c.line}): {c.statedChange! > 0 ? "+" : ""}
                  {c.statedChange} ≠ {c.coveredChange! > 0 ? "+" : ""}
                  {c.coveredChange} ({c.before?.covered} → {c.after.covered})
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {moved && <ChangesView movers={moved} />}

      <Subtitle2 as="h2" className={styles.heading}>
        {t.contradictionsHeading}
      </Subtitle2>
      <Text as="p" className={styles.paragraph}>
        {t.contradictions({ n: review.contradictions })}
      </Text>

      {review.errors > 0 && (
        <Checkbox
          label={t.acceptErrors}
          checked={accepted}
          onChange={(_, d) => onAccept(Boolean(d.checked))}
        />
      )}
      {report.period === null && (
        <Text as="p" className={styles.paragraph}>
          {t.needsPeriod}
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canAdd} onClick={onAdd}>
          {t.addPeriod}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}

/** The parser's issues, each with its line and the text around it. */
function IssueList({ report, text }: { report: Report; text: string }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  if (report.issues.length > 0) awaitMessages(lang);
  return (
    <ul className={styles.list}>
      {report.issues.map((i, k) => (
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
            {i.line}:{i.column} — {issueMessage(i, lang)}
          </Text>
          <code className={styles.excerpt}>{around(text, i.line, i.column)}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the report was read in, and its footnotes: "Read: Russian and Kazakh (the same figures:
 * 240)", or how many figures the two versions disagree on; each footnote with its mark and how
 * many figures carry it.
 */
function ReadNotes({ report }: { report: Report }): React.JSX.Element | null {
  const t = useStrings();
  const styles = useStyles();
  const l = report.languages;
  if (!l && !report.footnotes?.length) return null;
  const both = l?.figures.ru !== undefined && l.figures.kk !== undefined;
  const which = both ? t.readBoth : l?.figures.kk !== undefined ? t.readKazakh : t.readRussian;
  const same =
    l && l.differ > 0
      ? `${t.readDifferingFigures}: ${l.differ}`
      : `${t.readSameFigures}: ${l?.both}`;
  return (
    <>
      {l && (
        <Text as="p" className={styles.paragraph} data-testid="read-languages">
          {t.readLanguages}: {which}
          {both ? ` (${same})` : ""}.
        </Text>
      )}
      {report.footnotes?.length ? (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {t.footnotesHeading} ({report.footnotes.length})
          </Subtitle2>
          <ul className={styles.list}>
            {report.footnotes.map((f, k) => (
              <li key={k} className={styles.issueLine}>
                {f.mark} {f.text} — {t.footnoteFigures}: {f.figures}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
