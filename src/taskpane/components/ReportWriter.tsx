import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
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

/**
 * The next report, written from the loaded figures: choose the quarter, the one to compare with
 * and the language (the measures are the Load tab's); read it here, then download it as Word or
 * copy its text.
 */
export function ReportWriter(props: WriterProps): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  // Closed until asked for: opening it reads the workbook's table, which a pane that only loads
  // need not pay for.
  const [open, setOpen] = React.useState(false);
  return open ? (
    <OpenWriter {...props} />
  ) : (
    <div className={styles.section}>
      <Button onClick={() => setOpen(true)}>{t.reportHeading}</Button>
    </div>
  );
}

interface WriterProps {
  store: DatasetStore;
  host: PaneHost;
  measures: readonly Measure[];
}

function OpenWriter({ store, host, measures }: WriterProps): React.JSX.Element | null {
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
        <Dropdown
          value={w.period}
          selectedOptions={[w.period]}
          onOptionSelect={(_, d) => w.setPeriod(d.optionValue ?? null)}
        >
          {w.periods.map((p) => (
            <Option key={p}>{p}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.reportCompare}>
        <Dropdown
          value={w.previous ?? t.reportNoCompare}
          selectedOptions={[w.previous ?? ""]}
          onOptionSelect={(_, d) => w.setCompare(d.optionValue ? d.optionValue : null)}
        >
          <Option value="">{t.reportNoCompare}</Option>
          {w.earlier.map((p) => (
            <Option key={p}>{p}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.reportLanguage}>
        <Dropdown
          value={LANGUAGE_NAMES.find(([l]) => l === w.lang)![1]}
          selectedOptions={[w.lang]}
          onOptionSelect={(_, d) => w.setLang((d.optionValue as WrittenLang) ?? w.lang)}
        >
          {LANGUAGE_NAMES.filter(([l]) => l !== "en").map(([value, name]) => (
            <Option key={value} value={value} lang={value}>
              {name}
            </Option>
          ))}
        </Dropdown>
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
