import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { ChangesView } from "../components/ChangesView";
import { ImportReview } from "../components/ImportReview";
import { useImport } from "../hooks/useImport";
import { useStrings } from "../i18n";
import type { PaneHost } from "../../host/paneHost";
import { wrappingRow } from "../styles";

const ACCEPT =
  ".pdf,.txt,.docx,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { margin: 0 },
  actions: { ...wrappingRow, alignItems: "center" },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
});

/** Paste or choose a new quarterly report, see what was found and what looks wrong, then add it as a period. */
export function ImportPanel({
  store,
  host,
}: {
  store: DatasetStore;
  host: PaneHost;
}): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const imp = useImport({ store, host });

  return (
    <section aria-label={t.tabImport} className={styles.section}>
      <Text as="p" className={styles.hint}>
        {t.importHint}
      </Text>
      <Field label={t.reportText}>
        <Textarea
          value={imp.text}
          resize="vertical"
          rows={6}
          onChange={(_, d) => imp.edit(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          onChange={(e) => {
            imp.readFile(e.target.files?.[0]);
            e.target.value = ""; // the same file again is a new choice
          }}
        />
        <Button onClick={() => fileInput.current?.click()} disabled={imp.busy}>
          {t.chooseFile}
        </Button>
        {imp.busy ? (
          <Spinner size="tiny" label={t.readingFile} />
        ) : (
          imp.fileName && (
            <Text size={200} className={styles.fileName}>
              {imp.fileName}
            </Text>
          )
        )}
      </div>
      <div className={styles.actions}>
        <Button
          appearance={imp.preview ? "secondary" : "primary"}
          disabled={!imp.text.trim() || imp.busy}
          onClick={imp.showPreview}
        >
          {t.previewButton}
        </Button>
      </div>
      {imp.preview && imp.review && (
        <ImportReview
          preview={imp.preview}
          review={imp.review}
          accepted={imp.accepted}
          onAccept={imp.accept}
          canAdd={imp.canAdd}
          onAdd={imp.add}
          onCancel={imp.cancel}
        />
      )}
      {imp.error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {imp.error}
          </MessageBarBody>
        </MessageBar>
      ) : (
        imp.addedPeriod && (
          <>
            <MessageBar intent="success">
              <MessageBarBody>
                {(host.kind === "excel" ? t.added : t.addedPreview)({ period: imp.addedPeriod })}
              </MessageBarBody>
            </MessageBar>
            {imp.addedMovers && <ChangesView movers={imp.addedMovers} />}
          </>
        )
      )}
    </section>
  );
}
