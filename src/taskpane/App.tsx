import { makeStyles, Tab, TabList, Text, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { DatasetStore } from "../analysis/datasetStore";
import type { WorkbookPlan } from "../workbook/plan";
import { ErrorBoundary } from "./ErrorBoundary";
import { useFriendlyError } from "./friendlyError";
import {
  type Lang,
  LangContext,
  LANGUAGE_NAMES,
  languageLoaded,
  loadLanguage,
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
  const tabs = useTabs(host.kind === "preview" ? "data" : "load");
  useStoreRevision(store);
  // The other tabs' code once the first screen is up; the messages of its language at once, as
  // the first thing the Excel side says (a stored report that could not be restored) needs them.
  React.useEffect(preloadWhenIdle, []);
  React.useEffect(() => void loadLanguage(initialLang).catch(() => undefined), [initialLang]);
  const t = stringsOf(lang);
  const names: Array<[TabId, string]> = [
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
          <PaneHeader lang={lang} onLang={chooseLang} host={host} store={store} />
          <React.Suspense fallback={null}>
            {langProblem !== null && <ProblemNotice problem={langProblem} />}
            {startupProblem && <ProblemNotice problem={startupProblem} />}
          </React.Suspense>
          <TabList
            selectedValue={tabs.tab}
            onTabSelect={(_, d) => tabs.open(d.value as TabId)}
            size="small"
            className={styles.tabs}
          >
            {names.map(([id, label]) => (
              <Tab key={id} value={id} id={`tab-${id}`} className={styles.tab}>
                {label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-labelledby={`tab-${tabs.tab}`} className={styles.panel}>
            <ErrorBoundary key={tabs.tab} title={t.errorTitle} resetKey={tabs.opened}>
              <React.Suspense fallback={<PanelPlaceholder />}>
                <TabContent tabs={tabs} host={host} store={store} />
              </React.Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </PaneTheme>
    </LangContext.Provider>
  );
}

/** Re-renders the pane when the store changes (an import, the stored reports restored). */
function useStoreRevision(store: DatasetStore): void {
  // React's own subscription to an external store, its snapshot the dataset's revision.
  React.useSyncExternalStore(
    React.useCallback((notify: () => void) => store.onChange(notify), [store]),
    () => store.dataset.revision
  );
}

/** The tab shown, and what one tab asks of another (the Data tab's rows for a territory). */
function useTabs(first: TabId) {
  const [tab, setTab] = React.useState<TabId>(first);
  // Each choice of a tab (the same one again too) counts: a panel whose code failed to arrive is
  // fetched again, and its ErrorBoundary shows it anew.
  const [opened, setOpened] = React.useState(0);
  // The rows the Data tab shows when another tab asked for them (showRows), else the whole table.
  const [shownRows, setShownRows] = React.useState<TerritoryRows | null>(null);
  // The plan the last load wrote (or the one restored from the workbook), kept across tabs.
  const [lastPlan, setLastPlan] = React.useState<WorkbookPlan | undefined>(undefined);
  const show = (next: TabId, rows: TerritoryRows | null) => {
    PANEL_OF[next].preload().catch(() => undefined);
    setShownRows(rows);
    setOpened((n) => n + 1);
    setTab(next);
  };
  return {
    tab,
    opened,
    shownRows,
    lastPlan,
    setLastPlan,
    open: (next: TabId) => show(next, null),
    /** The preview's answer to a territory chosen on the Lagging map or a finding: its rows. */
    showRows: (rows: TerritoryRows) => show("data", rows),
    showAll: () => setShownRows(null),
  };
}

/** The panel of the tab shown, its code fetched when first shown (App's Suspense waits for it). */
function TabContent({
  tabs,
  host,
  store,
}: {
  tabs: ReturnType<typeof useTabs>;
  host: PaneHost;
  store: DatasetStore;
}): React.JSX.Element {
  switch (tabs.tab) {
    case "data":
      return <DataPanel store={store} territory={tabs.shownRows} onShowAll={tabs.showAll} />;
    case "load":
      return (
        <LoadPanel
          store={store}
          host={host}
          previous={tabs.lastPlan}
          onLoaded={tabs.setLastPlan}
          onRestored={(plan) => tabs.setLastPlan((p) => p ?? plan)}
        />
      );
    case "lagging":
      return <LaggingPanel store={store} host={host} onShowRows={tabs.showRows} />;
    case "import":
      return <ImportPanel store={store} host={host} />;
    case "audit":
      return <AuditPanel store={store} host={host} onShowRows={tabs.showRows} />;
  }
}

/** The pane's title, its language, and where it runs with which periods. */
function PaneHeader({
  lang,
  onLang,
  host,
  store,
}: {
  lang: Lang;
  onLang: (next: Lang) => void;
  host: PaneHost;
  store: DatasetStore;
}): React.JSX.Element {
  const styles = useStyles();
  const t = stringsOf(lang);
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Choice
          label={t.language}
          value={lang}
          onChange={onLang}
          choices={LANGUAGE_NAMES.map(([value, name]) => ({ value, label: name, lang: value }))}
          className={styles.language}
        />
      </header>
      <Text as="p" size={200} className={styles.intro}>
        {host.kind === "preview" ? t.preview : t.inExcel} {t.periods}:{" "}
        {store.dataset.periods().join(", ")}.
      </Text>
    </>
  );
}

/** A problem of the pane's own, said as a warning above the tabs (once its language's messages are here). */
function ProblemNotice({ problem }: { problem: unknown }): React.JSX.Element {
  return <Notice intent="warning">{useFriendlyError()(problem)}</Notice>;
}

/**
 * The pane's language, switched only once the new language's strings and messages have arrived,
 * so nothing shows in a language half-loaded; the last choice wins when two are made quickly. A language
 * that could not be fetched leaves the pane as it was and says why.
 */
function useLoadedLang(initialLang: Lang): [Lang, (next: Lang) => void, unknown] {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [problem, setProblem] = React.useState<unknown>(null);
  const wanted = React.useRef(initialLang);
  const choose = React.useCallback((next: Lang) => {
    wanted.current = next;
    setProblem(null);
    if (languageLoaded(next)) {
      setLang(next);
      return;
    }
    loadLanguage(next).then(
      () => wanted.current === next && setLang(next),
      (error: unknown) => wanted.current === next && setProblem(error)
    );
  }, []);
  return [lang, choose, problem];
}
