import { Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../i18n";
import { LazyPart, lazyView } from "../lazyView";
import type { WriterProps } from "./WriterView";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
});

// The writer (its view, the report's renderers and the Word maker) is fetched when first opened.
const WriterView = lazyView(() =>
  import(/* webpackChunkName: "report-writer" */ "./WriterView").then((m) => m.WriterView)
);

/**
 * The next report, written from the loaded figures: choose the quarter, the one to compare with
 * and the language (the measures are the Load tab's); read it here, then download it as Word or
 * copy its text.
 */
export function ReportWriter(props: WriterProps): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  // Closed until asked for: opening it reads the workbook's table, which a pane that only loads
  // need not pay for. Each press asks for the writer's code again, should it have failed to arrive.
  const [presses, setPresses] = React.useState(0);
  const open = () => {
    WriterView.preload().catch(() => undefined);
    setPresses((n) => n + 1);
  };
  const button = (
    <div className={styles.section}>
      <Button
        onClick={open}
        onPointerEnter={() => void WriterView.preload().catch(() => undefined)}
      >
        {t.reportHeading}
      </Button>
    </div>
  );
  return presses > 0 ? (
    <LazyPart attempt={presses} retry={button}>
      <WriterView {...props} />
    </LazyPart>
  ) : (
    button
  );
}
