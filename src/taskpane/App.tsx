import { FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../analysis/datasetStore";

export interface AppProps {
  host: "excel" | "preview";
  store: DatasetStore;
  startupProblem: string | null;
}

export function App({ host, store, startupProblem }: AppProps): React.JSX.Element {
  const periods = store.dataset.periods();
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title3 as="h1">School Safety Coverage</Title3>
        <Text as="p">
          {host === "excel" ? "Connected to Excel." : "Standalone preview (no Excel host)."} Periods loaded: {periods.join(", ")}.
        </Text>
        {startupProblem && <Text as="p">{startupProblem}</Text>}
      </main>
    </FluentProvider>
  );
}
