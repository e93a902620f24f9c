import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { hostMessage } from "../../host/hostMessages";
import { awaitMessages, type Lang, type Strings, useLang, useNames, useStrings } from "../i18n";
import type { LoadFlow, LoadNote } from "../hooks/useLoadWorkflow";

export { WorkbookCheckView } from "../components/WorkbookCheckView";

const useStyles = makeStyles({
  confirm: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** Called while rendering (awaitMessages may suspend for the host's messages). */
function sayNote(note: LoadNote, t: Strings, lang: Lang): string {
  if (note.notice) awaitMessages(lang);
  const said = note.notice ? hostMessage(note.notice, lang) : "";
  return note.say ? `${t[note.say]}${said && ` ${said}`}` : said;
}

/** The Load tab's news: the load's progress, the edits it would replace, what it made, a note. */
export function LoadProgress({ flow }: { flow: LoadFlow }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  return (
    <>
      {flow.loading && (
        <Field validationMessage={t.loading} validationState="none">
          <ProgressBar value={flow.progress} max={1} aria-label={t.loading} />
        </Field>
      )}
      {flow.edited && <EditedConfirm flow={flow} edited={flow.edited} />}
      {flow.outcome && <LoadOutcome flow={flow} outcome={flow.outcome} />}
      {flow.note && <Text as="p">{sayNote(flow.note, t, lang)}</Text>}
    </>
  );
}

/** Figures the user edited in the workbook that the load would replace: replace them, or keep them. */
function EditedConfirm({
  flow,
  edited,
}: {
  flow: LoadFlow;
  edited: NonNullable<LoadFlow["edited"]>;
}): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.editedTitle}</MessageBarTitle>
        {t.editedBody}
        <ul>
          {edited.slice(0, 20).map((e) => (
            <li key={`${e.row}-${e.column}`}>
              {e.territory}, {names.measure(e.measure)} / {names.orgType(e.orgType)},{" "}
              {e.column === "Covered" ? t.covered : t.total}: {String(e.inWorkbook)} →{" "}
              {String(e.inReport)} ({t.rowN({ n: e.row })})
            </li>
          ))}
        </ul>
        <div className={styles.confirm}>
          <Button appearance="primary" onClick={() => flow.load(true)}>
            {t.replace}
          </Button>
          <Button onClick={flow.keepEdits}>{t.keep}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the load made: each sheet a link to it, the load's notes. */
function LoadOutcome({
  flow,
  outcome,
}: {
  flow: LoadFlow;
  outcome: NonNullable<LoadFlow["outcome"]>;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.loaded}</MessageBarTitle>
        <ul>
          {[
            ...outcome.created.map((s) => [s, t.created]),
            ...outcome.updated.map((s) => [s, t.updated]),
          ].map(([s, how]) => (
            <li key={s}>
              <Link as="button" onClick={() => flow.selectSheet(s)}>
                {s}
              </Link>{" "}
              ({how})
            </li>
          ))}
        </ul>
        {outcome.warnings
          .map((n) => (awaitMessages(lang), hostMessage(n, lang)))
          .map((w) => (
            <Text as="p" key={w}>
              {w}
            </Text>
          ))}
        <Text as="p">{t.chartsNote}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
