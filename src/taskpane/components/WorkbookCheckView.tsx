import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { WorkbookCheck } from "../../workbook/checks";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  body: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  line: { margin: 0 },
  diagnostics: { width: "100%" },
});

/** Shown at most; the diagnostics text carries more. */
const LISTED = 20;

/**
 * The result of "Check workbook": all figures as the report, or the cells where Excel computed
 * something else; then the highlights; then "Copy diagnostics", the text a user sends us.
 */
export function WorkbookCheckView({ check }: { check: WorkbookCheck }): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const [copy, setCopy] = React.useState<"idle" | "copied" | "manual">("idle");
  const marks = check.marks;
  const markLine =
    "unavailable" in marks
      ? `${t.marksUnavailable} ${marks.unavailable}`
      : marks.mismatches.length === 0
        ? t.marksOk({ n: marks.checked })
        : t.marksWrong({ n: marks.mismatches.length });
  const wrong = [...check.mismatches, ...("mismatches" in marks ? marks.mismatches : [])];
  const ok = check.mismatches.length === 0 && check.checked > 0;

  async function copyDiagnostics() {
    try {
      // The clipboard may be refused in Office's webviews; then the text is shown to copy by hand.
      await navigator.clipboard.writeText(check.diagnostics);
      setCopy("copied");
    } catch {
      setCopy("manual");
    }
  }

  return (
    <MessageBar intent={ok && wrong.length === 0 ? "success" : "warning"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>
          {ok
            ? t.checkOk({ n: check.checked })
            : t.checkMismatches({ n: check.mismatches.length, of: check.checked })}
        </MessageBarTitle>
        <Text as="p" className={styles.line}>
          {markLine}
        </Text>
        {check.unchecked.rows > 0 && (
          <Text as="p" className={styles.line}>
            {t.checkRowsUnread({ n: check.unchecked.rows })}
          </Text>
        )}
        {check.unchecked.columns.length > 0 && (
          <Text as="p" className={styles.line}>
            {t.checkColumnsMissing({ columns: check.unchecked.columns.join(", ") })}
          </Text>
        )}
        {wrong.length > 0 && (
          <ul aria-label={t.checkMismatchList}>
            {wrong.slice(0, LISTED).map((m) => (
              <li key={`${m.sheet}!${m.cell}:${m.label}:${String(m.expected)}`}>
                {m.cell
                  ? `${m.sheet}!${m.cell} (${m.label}): Excel ${String(m.excel)}, ${t.checkExpected} ${String(m.expected)}`
                  : `${m.label}: ${String(m.expected)}`}
              </li>
            ))}
            {wrong.length > LISTED && <li>… {wrong.length - LISTED}</li>}
          </ul>
        )}
        <Button size="small" onClick={copyDiagnostics}>
          {t.copyDiagnostics}
        </Button>
        {copy === "copied" && <Text> {t.copied}</Text>}
        {copy === "manual" && (
          <Textarea
            aria-label={t.copyManually}
            readOnly
            value={check.diagnostics}
            resize="vertical"
            className={styles.diagnostics}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
