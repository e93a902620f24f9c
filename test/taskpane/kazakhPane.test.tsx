/**
 * @jest-environment jsdom
 */
/**
 * The pane in Kazakh says everything in Kazakh: every tab, a load (with edited figures to confirm,
 * a failure, the workbook check), a previewed report with problems and changes, the audit. Checked
 * on every element's own text and on the names and hints assistive technology reads (aria-label,
 * placeholder, title), three ways:
 *
 * - no Latin word but the few named here (products, file types, the ids formulas use, sheet names);
 * - no text that is, or contains, a text of the Russian or English pane (its strings, the names of
 *   the measures and types, the error advice), unless the Kazakh for the same thing is the same word
 *   ("Импорт", "Excel");
 * - every sentence (three Cyrillic words or more) has a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і):
 *   a Russian sentence, from whichever catalogue, never does.
 *
 * What the pane may show as the report writes it is left out first: the report's own lines (the
 * excerpts under its problems), the territory names the report gives, and text the pane quotes from
 * the report «in guillemets».
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { DatasetStore } from "../../src/analysis/datasetStore";
import { MEASURES } from "../../src/domain/measures";
import { ORG_TYPE_NAMES } from "../../src/domain/orgTypes";
import type { Report } from "../../src/domain/report";
import type { PaneHost } from "../../src/host/paneHost";
import { parseReport } from "../../src/report/parseReport";
import { App } from "../../src/taskpane/App";
import { friendlyError } from "../../src/taskpane/friendlyError";
import { initialLang, type Lang, SHORT, type Strings } from "../../src/taskpane/i18n";
import { STRINGS } from "../helpers/paneStrings";
import { previewHost } from "../../src/taskpane/previewHost";
import { DATA_TABLE, SHEETS, VIEW_SHEETS } from "../../src/workbook/layout";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";
import { choose, chosen } from "../helpers/choose";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

/**
 * Latin words a Kazakh pane may show: products and file types, the function and table names a
 * formula uses, the add-in's sheet names (English in every language), and the Excel API a check
 * could not use (what a user quotes to support).
 */
const ALLOWED = new Set([
  "Excel",
  "Office",
  "Microsoft",
  "Word",
  "PDF",
  "pdf",
  "docx",
  "txt",
  "xlsx",
  "EDU",
  "COVERAGE",
  "LAMBDA",
  "ExcelApi",
  "Range",
  "getDisplayedCellProperties",
  DATA_TABLE,
  ...Object.values(SHEETS),
  ...Object.values(VIEW_SHEETS),
]);

/** An error value a cell of Excel's shows. */
const EXCEL_ERROR = /#(?:NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|CALC!|SPILL!|BUSY!)/g;

/** Letters of the Kazakh alphabet that Russian lacks. */
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** An Office error as office.js throws it: the code decides the advice. */
const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

const host: PaneHost = {
  ...previewHost,
  kind: "excel",
  load: async () => ({
    kind: "loaded",
    created: ["Summary", "Coverage"],
    updated: ["Settings"],
    syncs: 2,
    largestRequestBytes: 1,
    largestResponseBytes: 1,
    warnings: [{ code: "headers-renamed", params: { table: "CoverageData" } }],
  }),
  applyThresholds: async () => undefined,
  // The sheet was deleted meanwhile: the failure is said as the pane says any other.
  selectSheet: async (sheet) => {
    throw officeError("ItemNotFound", sheet);
  },
  selectFinding: async () => undefined,
  buildPivot: async () => ({ built: false, reason: { code: "pivot-needs-1.8", params: {} } }),
  registerCoverageName: async () => ({
    registered: false,
    reason: { code: "lambda-unsupported", params: { value: "#NAME?" } },
  }),
  checkWorkbook: async () => ({
    checked: 1692,
    mismatches: [],
    marks: { unavailable: "ExcelApi 1.19 (Range.getDisplayedCellProperties)" },
    unchecked: { rows: 0, columns: [] },
    diagnostics: "",
  }),
  storedRecipe: async () => null,
  saveImports: async (_texts, commit) => commit(),
};

/** A text of the Russian or English pane that a Kazakh one must not show, as whole words. */
interface Foreign {
  lang: Lang;
  text: string;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The fixed parts of a text ("{n} of {total}" → "of"), without the punctuation around them. */
const parts = (text: string) =>
  text
    .split(/\{\w+\}/)
    .map((p) => p.replace(/^[\s.,:;!?()«»"'—–…]+|[\s.,:;!?()«»"'—–…]+$/g, ""))
    .filter((p) => p.length > 0);

/**
 * A catalogue entry as text: a function of values, called with each value as "{name}" (a count
 * as 7), so its fixed parts show as a plain text's do.
 */
const textOf = (entry: unknown): string =>
  typeof entry === "function"
    ? (entry as (p: unknown) => string)(
        new Proxy(
          {},
          {
            // An entry of one plain value (notRestored(why)) reads the proxy itself as text.
            get: (_, k) =>
              k === Symbol.toPrimitive
                ? () => "{value}"
                : ["n", "total", "of"].includes(String(k))
                  ? 7
                  : `{${String(k)}}`,
          }
        )
      )
    : typeof entry === "object" && entry !== null
      ? // A group of texts (the Excel errors' advice, each of Excel's own words "{d}"): one after another.
        Object.values(entry)
          .map((e) => (typeof e === "function" ? (e as (d: string) => string)("{d}") : textOf(e)))
          .join(" ")
      : String(entry);

/** Every text the Russian and English pane has, unless the Kazakh for the same thing has it too. */
function foreignTexts(): Foreign[] {
  const pairs: Array<[Lang, string, string]> = [];
  for (const lang of ["ru", "en"] as const) {
    for (const key of Object.keys(STRINGS.kk) as Array<keyof Strings>)
      pairs.push([lang, textOf(STRINGS[lang][key]), textOf(STRINGS.kk[key])]);
    const nameKey = ({ ru: "nameRu", en: "nameEn" } as const)[lang];
    for (const m of MEASURES) pairs.push([lang, m[nameKey], m.nameKk]);
    for (const o of Object.values(ORG_TYPE_NAMES)) pairs.push([lang, o[lang], o.kk]);
    for (const group of ["measure", "orgType"] as const) {
      const short = SHORT[lang][group] as Record<string, string>;
      const kk = SHORT.kk[group] as Record<string, string>;
      for (const id of Object.keys(short)) pairs.push([lang, short[id], kk[id]]);
    }
    // The advice for each kind of Office error (an unknown code: the general advice).
    for (const code of [
      "RequestPayloadSizeLimitExceeded",
      "ApiNotFound",
      "ItemAlreadyExists",
      "ItemNotFound",
      "Conflict",
      "SomethingElse",
    ])
      pairs.push([
        lang,
        friendlyError(officeError(code, "{d}"), lang),
        friendlyError(officeError(code, "{d}"), "kk"),
      ]);
  }
  const seen = new Set<string>();
  const out: Foreign[] = [];
  for (const [lang, text, kk] of pairs)
    for (const part of parts(text)) {
      // The same in Kazakh ("Импорт", "Excel"), or a name the workbook uses in every language ("Coverage").
      if (parts(kk).some((k) => k.includes(part)) || ALLOWED.has(part)) continue;
      if (seen.has(`${lang}|${part}`)) continue;
      seen.add(`${lang}|${part}`);
      out.push({
        lang,
        text: part,
        pattern: new RegExp(`(?<!\\p{L})${escape(part)}(?!\\p{L})`, "u"),
      });
    }
  return out;
}

/** Read once the strings are loaded (beforeAll below), not when the file is. */
let FOREIGN: Foreign[] = [];
beforeAll(() => {
  FOREIGN = foreignTexts();
});

/** What the report itself writes, left out before the checks: its territory names, its words quoted. */
function withoutReportText(text: string, territories: string[], reportTexts: string[]): string {
  let t = text.replace(/«([^«»]*)»/g, (whole, quoted: string) => {
    const bare = quoted.replace(/^…|…$/g, "");
    return reportTexts.some((r) => r.includes(bare)) ? " " : whole;
  });
  for (const name of territories) t = t.split(name).join(" ");
  // A chart's label cut short: "Северо-Казахстанская об…".
  const cut = /^(.+)…$/.exec(t.trim());
  if (cut && territories.some((n) => n.startsWith(cut[1]))) return "";
  return t;
}

interface Said {
  /** Where: the element and its beginning. */
  where: string;
  text: string;
}

/**
 * Every element's own text (with what is inside it), and every name or hint read aloud. Fluent puts
 * a "Clear selection" button in every dropdown, displayed (and so read) only in a clearable one: it
 * is left out where it is not displayed. (Not every element's style is looked at: jsdom is slow at it.)
 */
function saidOnPage(): Said[] {
  const said: Said[] = [];
  for (const e of Array.from(document.body.querySelectorAll("*"))) {
    // The report's own lines, as the preview quotes them.
    if (e.closest("code, textarea")) continue;
    // Text marked as another language than the pane's: the switch names each language in its own.
    const paneLang = document.querySelector("main")?.getAttribute("lang");
    const marked = e.closest("[lang]")?.getAttribute("lang");
    if (marked !== undefined && marked !== paneLang) continue;
    if (e.matches(".fui-Dropdown__clearButton") && getComputedStyle(e).display === "none") continue;
    const attributes = ["aria-label", "placeholder", "title"].filter((a) => e.hasAttribute(a));
    const own = Array.from(e.childNodes).some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""
    );
    if (own) {
      const copy = e.cloneNode(true) as Element;
      copy.querySelectorAll("code").forEach((c) => c.remove());
      said.push({ where: e.tagName.toLowerCase(), text: copy.textContent ?? "" });
    }
    for (const attribute of attributes) {
      const value = e.getAttribute(attribute)!;
      // The audit's finding codes, shown on hover for support ("percent-mismatch"): ids, not words.
      if (attribute === "title" && /^[a-z]+(-[a-z0-9]+)+$/.test(value)) continue;
      said.push({ where: `${e.tagName.toLowerCase()}[${attribute}]`, text: value });
    }
  }
  return said;
}

/** What on the page is not Kazakh: each problem once, with where it was seen. */
function notKazakh(territories: string[], reportTexts: string[]): string[] {
  const problems = new Set<string>();
  for (const { where, text: raw } of saidOnPage()) {
    // Excel's error values, as Excel gave them ("#NAME?"), are facts, not words.
    const text = withoutReportText(raw, territories, reportTexts).replace(EXCEL_ERROR, " ");
    const label = `${where} "${raw.trim().slice(0, 80)}"`;
    for (const word of text.match(/[A-Za-z]{2,}/g) ?? [])
      if (!ALLOWED.has(word)) problems.add(`Latin "${word}": ${label}`);
    for (const f of FOREIGN)
      if (f.pattern.test(text)) problems.add(`${f.lang} "${f.text}": ${label}`);
    // A Latin look-alike typed inside a Cyrillic word ("бiр" with a Latin i).
    for (const word of text.match(/[\p{L}]+/gu) ?? [])
      if (/[A-Za-z]/.test(word) && /\p{Script=Cyrillic}/u.test(word))
        problems.add(`mixed letters "${word}": ${label}`);
    const words = text.match(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}/g) ?? [];
    if (words.length >= 3 && !KAZAKH_LETTER.test(text)) problems.add(`no Kazakh letter: ${label}`);
  }
  return [...problems];
}

/** The territory names as the reports write them, longest first (a name inside a longer one). */
function territoryNames(reports: Report[]): string[] {
  const names = new Set(reports.flatMap((r) => r.records.map((x) => x.territoryName)));
  return [...names].sort((a, b) => b.length - a.length);
}

describe("the Kazakh pane speaks Kazakh", () => {
  it("kk-KZ Office opens the pane in Kazakh; the switch offers Қазақша, Русский and English", () => {
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(
      <App
        host={previewHost}
        store={store}
        startupProblem={null}
        initialLang={initialLang("kk-KZ")}
      />
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(STRINGS.kk.appTitle);
    expect(screen.getByRole("main").getAttribute("lang")).toBe("kk");
    const language = screen.getByRole("combobox", { name: "Тіл" });
    expect(chosen(language)).toBe("Қазақша");
    fireEvent.click(language);
    const options = screen.getAllByRole("option");
    expect(options.map((o) => [o.textContent, o.getAttribute("lang")])).toEqual([
      ["Қазақша", "kk"],
      ["Русский", "ru"],
      ["English", "en"],
    ]);
    choose(language, "English");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("School Safety Coverage");
    choose(screen.getByRole("combobox", { name: "Language" }), "Қазақша");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(STRINGS.kk.appTitle);
    expect(screen.getByRole("tab", { name: "Артта қалғандар" })).toBeTruthy();
  });

  it("every tab, a load, an import preview with problems and changes, the audit", async () => {
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    // The first load finds figures edited in the workbook and asks before replacing them.
    let asked = false;
    const editing: PaneHost = {
      ...host,
      load: async (plan, options) => {
        if (!asked && !options.replaceEdited) {
          asked = true;
          return {
            kind: "needsConfirmation",
            edited: [
              {
                row: 12,
                period: "2023-Q1",
                measure: "turnstile",
                territory: seedReport().records[0].territoryName,
                orgType: "school",
                column: "Covered",
                inWorkbook: 70,
                inReport: 61,
              },
            ],
          };
        }
        return host.load(plan, options);
      },
    };
    render(<App host={editing} store={store} startupProblem={null} initialLang="kk" />);
    const seen: Record<string, string[]> = {};
    const reportTexts = [SEED_TEXT];
    const check = () => notKazakh(territoryNames(store.dataset.reportList()), reportTexts);

    seen["Жүктеу"] = check();
    fireEvent.click(screen.getByRole("button", { name: "Жұмыс кітабына жүктеу" }));
    await screen.findByText(STRINGS.kk.editedTitle);
    // A row said as Kazakh says it: "12-жол", never "жол 12".
    expect(screen.getByText(/Қамтылғаны: 70 → 61 \(12-жол\)$/)).toBeTruthy();
    seen["түзетулер"] = check();
    fireEvent.click(screen.getByRole("button", { name: "Түзетулерімді алмастыру" }));
    await screen.findByText(/Ерекшелеу оқылмады/);
    // The note on =COVERAGE(…): this Excel has no LAMBDA.
    await screen.findByText(/^=COVERAGE\(…\) мұнда қолжетімсіз:/);
    seen["жүктелді"] = check();
    fireEvent.click(screen.getByRole("button", { name: "Жиынтық кесте құру" }));
    await screen.findByText(/ExcelApi 1\.8/);
    seen["жүктелгеннен кейін"] = check();
    // A sheet gone meanwhile: the Office error's advice, in Kazakh.
    fireEvent.click(screen.getByRole("button", { name: "Summary" }));
    await screen.findByText(/Қондырма жазған нәрсе жойылған \(Summary\)/);
    seen["қате"] = check();

    for (const name of ["Деректер", "Артта қалғандар", "Тексеру"]) {
      fireEvent.click(screen.getByRole("tab", { name }));
      seen[name] = check();
    }
    // The audit has findings to say (the seed's own contradictions).
    expect(within(screen.getByRole("tabpanel")).getAllByRole("listitem").length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole("tab", { name: "Импорттау" }));
    const next = quarters(2, 5).texts[1].replace(/\(\d+ из (\d+)\)/, "(x из $1)");
    reportTexts.push(next);
    fireEvent.change(screen.getByRole("textbox", { name: "Есеп мәтіні" }), {
      target: { value: next },
    });
    fireEvent.click(screen.getByRole("button", { name: "Алдын ала қарау" }));
    await screen.findByRole("heading", { name: "Өзгерістер: қай аумақтардың көрсеткіші өзгерді" });
    // The preview has a problem (an item it cannot read) and the changes since 2023-Q1.
    await screen.findByRole("heading", { name: "2023-Q1 кезеңінен айырмашылықтар" });
    expect(screen.getAllByText(STRINGS.kk.issueError).length).toBeGreaterThan(0);
    const preview = notKazakh(
      territoryNames([...store.dataset.reportList(), parseReport(next)]),
      reportTexts
    );
    seen["Импорттау"] = preview;

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });

  it("the check itself finds Russian and English: the Russian pane fails it", async () => {
    const store = new DatasetStore([seedReport()]);
    store.setReady();
    render(<App host={host} store={store} startupProblem={null} initialLang="ru" />);
    const problems = notKazakh(territoryNames(store.dataset.reportList()), [SEED_TEXT]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ru "Загрузить в книгу": button/),
        expect.stringMatching(/^no Kazakh letter: h1 "Охват защиты организаций образования"/),
        expect.stringMatching(/^ru "Лицензированная охрана"/),
      ])
    );
    choose(screen.getByRole("combobox", { name: "Язык" }), "English");
    await waitFor(() =>
      expect(notKazakh([], [])).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Latin "Load": /)])
      )
    );
  });
});
