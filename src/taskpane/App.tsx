import { makeStyles, Tab, TabList, Text, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../analysis/datasetStore";
import type { WorkbookPlan } from "../workbook/plan";
import { ErrorBoundary } from "./ErrorBoundary";
import { friendlyError } from "./friendlyError";
import {
  type Lang,
  LangContext,
  LANGUAGE_NAMES,
  loadStrings,
  stringsLoaded,
  stringsOf,
} from "./i18n";
import type { PaneHost, TerritoryRows } from "../host/paneHost";
import { Choice } from "./components/Choice";
import { Notice } from "./components/Notice";
import { PanelPlaceholder } from "./lazyView";
import {
  AuditPanel,
  DataPanel,
  ImportPanel,
  LaggingPanel,
  LoadPanel,
  PANEL_OF,
  preloadWhenIdle,
} from "./panels/lazyPanels";
import { isDarkTheme, PaneTheme, usePrefersDark } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    // Long words (sheet and file names, report lines) wrap instead of widening a 320 px pane.
    overflowWrap: "break-word",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0 },
  language: { minWidth: "120px" },
  intro: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
  // Five tabs fit a 320 px pane in English; longer names (Russian) take a second row rather than scroll.
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  // A little tighter than Fluent's small tab (6 px each side), its indicators to match.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "::before": { left: tokens.spacingHorizontalXS, right: tokens.spacingHorizontalXS },
    "::after": { left: tokens.spacingHorizontalXS, right: tokens.spacingHorizontalXS },
  },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export interface AppProps {
  host: PaneHost;
  store: DatasetStore;
  /** What went wrong before the pane opened (the stored reports could not be restored). */
  startupProblem: Error | null;
  initialLang: Lang;
  /** Office's body background colour: the theme follows it (light or dark). */
  officeBackground?: string;
}

type TabId = keyof typeof PANEL_OF;

export function App({
  host,
  store,
  startupProblem,
  initialLang,
  officeBackground,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  // In Excel the theme follows Office's; in the standalone preview, the browser's colour scheme.
  const prefersDark = usePrefersDark(host.kind === "preview" && officeBackground === undefined);
  const dark = isDarkTheme(officeBackground, prefersDark);
  const [lang, chooseLang, langProblem] = useLoadedLang(initialLang);
  const [tab, setTab] = React.useState<TabId>(host.kind === "preview" ? "data" : "load");
  const [lastPlan, setLastPlan] = React.useState<WorkbookPlan | undefined>(undefined);
  // The preview's answer to choosing a territory on the Lagging map: its rows in the Data tab.
  const [shownRows, setShownRows] = React.useState<TerritoryRows | null>(null);
  // Re-render when the store changes (an import, the stored reports restored): React's own
  // subscription to an external store, its snapshot the dataset's revision.
  React.useSyncExternalStore(
    React.useCallback((notify: () => void) => store.onChange(notify), [store]),
    () => store.dataset.revision
  );
  // The other tabs' code once the first screen is up.
  React.useEffect(preloadWhenIdle, []);
  const t = stringsOf(lang);
  const tabs: Array<[TabId, string]> = [
    ["data", t.tabData],
    ["load", t.tabLoad],
    ["lagging", t.tabLagging],
    ["import", t.tabImport],
    ["audit", t.tabAudit],
  ];

  return (
    <LangContext.Provider value={lang}>
      {/* Layout on <main>, not on the provider: the provider's classes also go to every portal (menus, listboxes). */}
      <PaneTheme dark={dark}>
        <main lang={lang} className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1" className={styles.title}>
              {t.appTitle}
            </Title3>
            <Choice
              label={t.language}
              value={lang}
              onChange={chooseLang}
              choices={LANGUAGE_NAMES.map(([value, name]) => ({ value, label: name, lang: value }))}
              className={styles.language}
            />
          </header>
          <Text as="p" size={200} className={styles.intro}>
            {host.kind === "preview" ? t.preview : t.inExcel} {t.periods}:{" "}
            {store.dataset.periods().join(", ")}.
          </Text>
          {langProblem !== null && (
            <Notice intent="warning">{friendlyError(langProblem, lang)}</Notice>
          )}
          {startupProblem && (
            <Notice intent="warning">{friendlyError(startupProblem, lang)}</Notice>
          )}
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setShownRows(null);
              // Its code, fetched from the click (or again, if it failed before: ErrorBoundary said so).
              PANEL_OF[d.value as TabId].preload().catch(() => undefined);
              setTab(d.value as TabId);
            }}
            size="small"
            className={styles.tabs}
          >
            {tabs.map(([id, label]) => (
              <Tab key={id} value={id} id={`tab-${id}`} className={styles.tab}>
                {label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
            <ErrorBoundary key={tab} title={t.errorTitle}>
              <React.Suspense fallback={<PanelPlaceholder />}>
                {tab === "data" && (
                  <DataPanel
                    store={store}
                    territory={shownRows}
                    onShowAll={() => setShownRows(null)}
                  />
                )}
                {tab === "load" && (
                  <LoadPanel
                    store={store}
                    host={host}
                    previous={lastPlan}
                    onLoaded={setLastPlan}
                    onRestored={(plan) => setLastPlan((p) => p ?? plan)}
                  />
                )}
                {tab === "lagging" && (
                  <LaggingPanel
                    store={store}
                    host={host}
                    onShowRows={(rows) => {
                      setShownRows(rows);
                      setTab("data");
                    }}
                  />
                )}
                {tab === "import" && <ImportPanel store={store} host={host} />}
                {tab === "audit" && (
                  <AuditPanel
                    store={store}
                    host={host}
                    onShowRows={(rows) => {
                      setShownRows(rows);
                      setTab("data");
                    }}
                  />
                )}
              </React.Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </PaneTheme>
    </LangContext.Provider>
  );
}

/**
 * The pane's language, switched only once the new language's strings have arrived, so nothing
 * shows in a language half-loaded; the last choice wins when two are made quickly. A language
 * that could not be fetched leaves the pane as it was and says why.
 */
function useLoadedLang(initialLang: Lang): [Lang, (next: Lang) => void, unknown] {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [problem, setProblem] = React.useState<unknown>(null);
  const wanted = React.useRef(initialLang);
  const choose = React.useCallback((next: Lang) => {
    wanted.current = next;
    setProblem(null);
    if (stringsLoaded(next)) {
      setLang(next);
      return;
    }
    loadStrings(next).then(
      () => wanted.current === next && setLang(next),
      (error: unknown) => wanted.current === next && setProblem(error)
    );
  }, []);
  return [lang, choose, problem];
}
