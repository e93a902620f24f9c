import { Dropdown, FluentProvider, MessageBar, MessageBarBody, Option, Tab, TabList, Text, Title3 } from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../analysis/datasetStore";
import type { WorkbookPlan } from "../workbook/plan";
import { replan } from "../workbook/recipe";
import { ErrorBoundary } from "./ErrorBoundary";
import { type Lang, LangContext, STRINGS } from "./i18n";
import type { PaneHost } from "../host/paneHost";
import { AuditPanel } from "./panels/AuditPanel";
import { DataPanel } from "./panels/DataPanel";
import { ImportPanel } from "./panels/ImportPanel";
import { LaggingPanel } from "./panels/LaggingPanel";
import { LoadPanel } from "./panels/LoadPanel";
import { themeFor } from "./theme";

export interface AppProps {
  host: PaneHost;
  store: DatasetStore;
  startupProblem: string | null;
  initialLang: Lang;
  /** Office's body background colour: the theme follows it (light or dark). */
  officeBackground?: string;
}

type TabId = "data" | "load" | "lagging" | "import" | "audit";

export function App({ host, store, startupProblem, initialLang, officeBackground }: AppProps): React.JSX.Element {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<TabId>(host.kind === "preview" ? "data" : "load");
  const [, setRevision] = React.useState(store.dataset.revision);
  const [lastPlan, setLastPlan] = React.useState<WorkbookPlan | undefined>(undefined);
  React.useEffect(() => store.onChange(() => setRevision(store.dataset.revision)), [store]);
  React.useEffect(() => {
    // A pane opened on a workbook loaded earlier: the plan its sheets hold, rebuilt from the
    // recipe the load stored, so that Check workbook compares with it and a failed reload can
    // put those sheets back.
    if (host.kind !== "excel") return;
    let live = true;
    host
      .storedRecipe()
      .then((stored) => {
        const plan = replan(stored, store.dataset.reportList());
        if (live && plan) setLastPlan((p) => p ?? plan);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, store]);
  const t = STRINGS[lang];
  const tabs: Array<[TabId, string]> = [
    ["data", t.tabData],
    ["load", t.tabLoad],
    ["lagging", t.tabLagging],
    ["import", t.tabImport],
    ["audit", t.tabAudit],
  ];

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={themeFor(officeBackground)} style={{ minHeight: "100vh", padding: 12, boxSizing: "border-box" }}>
        <main lang={lang}>
          <header style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Dropdown
              aria-label={t.language}
              value={lang === "ru" ? "Русский" : "English"}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => setLang((d.optionValue as Lang) ?? lang)}
              style={{ minWidth: 120 }}
            >
              <Option value="ru">Русский</Option>
              <Option value="en">English</Option>
            </Dropdown>
          </header>
          <Text as="p" size={200}>
            {host.kind === "preview" ? t.preview : t.inExcel} {t.periods}: {store.dataset.periods().join(", ")}.
          </Text>
          {startupProblem && (
            <MessageBar intent="warning">
              <MessageBarBody>{startupProblem}</MessageBarBody>
            </MessageBar>
          )}
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
            {tabs.map(([id, label]) => (
              <Tab key={id} value={id} id={`tab-${id}`}>
                {label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-labelledby={`tab-${tab}`} style={{ paddingTop: 8 }}>
            <ErrorBoundary key={tab} title={t.errorTitle}>
              {tab === "data" && <DataPanel store={store} />}
              {tab === "load" && <LoadPanel store={store} host={host} previous={lastPlan} onLoaded={setLastPlan} />}
              {tab === "lagging" && <LaggingPanel store={store} host={host} />}
              {tab === "import" && <ImportPanel store={store} host={host} />}
              {tab === "audit" && <AuditPanel store={store} host={host} plan={lastPlan} />}
            </ErrorBoundary>
          </div>
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
