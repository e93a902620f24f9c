import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { Measure } from "../../domain/measures";
import type { PaneHost } from "../../host/paneHost";
import type { WrittenLang } from "../../report/writeReport";
import { useReportWriter } from "../hooks/useReportWriter";
import { Choice } from "./Choice";
import { LANGUAGE_NAMES, useLang, useNames, useStrings } from "../i18n";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  text: { width: "100%" },
});

export interface WriterProps {
  store: DatasetStore;
  host: PaneHost;
  measures: readonly Measure[];
}

/** The writer, open: its choices, the data's own differences, the text, and what to do with it. */
export function WriterView({ store, host, measures }: WriterProps): React.JSX.Element | null {
  const t = useStrings();
  const styles = useStyles();
  const w = useReportWriter(store, host, useLang(), measures);
  if (!w.draft) return null;
  const headingId = "report-writer-heading";
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h2" block id={headingId}>
        {t.reportHeading}
      </Subtitle2>
      <Text as="p" size={200}>
        {t.reportIntro}
      </Text>
      <WriterChoices w={w} />
      {w.edited > 0 && <Text as="p">{t.reportEdited({ n: w.edited })}</Text>}
      <BaseDifferences draft={w.draft} />
      <Field label={t.writtenText}>
        <Textarea
          readOnly
          resize="vertical"
          rows={10}
          value={w.text}
          lang={w.lang}
          className={styles.text}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={w.action.busy} onClick={w.download}>
          {t.reportDocx}
        </Button>
        <Button onClick={w.copy}>{t.reportCopy}</Button>
        {host.kind === "excel" && <Button onClick={w.readWorkbook}>{t.reportReread}</Button>}
        {w.copied && <Text role="status">{t.reportCopied}</Text>}
      </div>
      {w.action.error && (
        <MessageBar intent="error">
          <MessageBarBody>{w.action.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

type Writer = ReturnType<typeof useReportWriter>;

/** The quarter, the quarter to compare with, and the language. */
function WriterChoices({ w }: { w: Writer }): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={t.reportPeriod}>
        <Choice
          value={w.period}
          onChange={w.setPeriod}
          choices={w.periods.map((p) => ({ value: p, label: p }))}
        />
      </Field>
      <Field label={t.reportCompare}>
        <Choice
          value={w.previous ?? ""}
          onChange={(p) => w.setCompare(p ? p : null)}
          choices={[
            { value: "", label: t.reportNoCompare },
            ...w.earlier.map((p) => ({ value: p, label: p })),
          ]}
        />
      </Field>
      <Field label={t.reportLanguage}>
        <Choice
          value={w.lang}
          onChange={w.setLang}
          choices={LANGUAGE_NAMES.filter((l): l is [WrittenLang, string] => l[0] !== "en").map(
            ([value, name]) => ({ value, label: name, lang: value })
          )}
        />
      </Field>
    </div>
  );
}

/** The data's own differences between measures, said before the text goes out. */
function BaseDifferences({
  draft,
}: {
  draft: NonNullable<Writer["draft"]>;
}): React.JSX.Element | null {
  const t = useStrings();
  const names = useNames();
  if (draft.baseDifferences.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.reportDifferences}
        <ul>
          {draft.baseDifferences.map((d) => (
            <li key={`${d.territoryId}|${d.orgType}`}>
              {t.reportDifference({
                territory: names.territory(d.territoryId, d.territoryName),
                type: names.orgType(d.orgType),
                totals: d.totals.map((x) => `${names.measure(x.measure)} ${x.total}`).join(", "),
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
