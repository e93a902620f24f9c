/**
 * The parser's issues, each in English, Russian and Kazakh: the templates of the catalogue
 * (issueMessages.ts renders them). Params are strings and numbers only: names and excerpts as the
 * report writes them, counts, line numbers, and the ids of measures and types, which each language
 * names in its own words.
 *
 * Each code's params and English are here; its Russian and Kazakh texts are in issueTemplates.ru.ts and
 * issueTemplates.kk.ts, fetched one language at a time (src/host/messageTexts.ts).
 */
import { catalogue, template } from "../domain/catalogue";
import { oneLine } from "../domain/lang";
import { territoryIssueText } from "../domain/nameMessages";

/** A version of the report by its language: "the Russian text". */
const VERSION_EN: Record<string, string> = { ru: "Russian", kk: "Kazakh" };

// ---------------------------------------------------------------- the catalogue

export const ISSUE_TEMPLATES = catalogue("issue", {
  "empty-report": template({
    needs: [],
    en: () => "The report is empty.",
  }),
  "no-figures": template({
    needs: [],
    en: () => "No territory figures found: this does not look like the ministry's coverage report.",
  }),
  "parser-failure": template({
    needs: ["error"],
    en: (p) => `The parser failed: ${p.error}`,
  }),
  "malformed-item": template({
    needs: ["item"],
    en: (p) => `Cannot read this item as "Territory (covered из total) – N%": '${p.item}'.`,
  }),
  "loose-item": template({
    needs: ["item", "covered", "total", "pct"],
    en: (p) =>
      `'${p.item}' is not written as "Territory (covered из total) – N%"; read as ${p.covered} of ${p.total}, ${p.pct}%.`,
  }),
  "second-period": template({
    needs: ["period", "used", "line"],
    en: (p) => `The report names a second period ${p.period}; using ${p.used} (line ${p.line}).`,
  }),
  "section-without-measure": template({
    needs: [],
    en: () => "A list of territories comes before any measure is named.",
  }),
  "repeated-section": template({
    needs: ["measure", "orgType", "line"],
    en: (p) =>
      `A second list for ${p.measure} / ${p.orgType} (the first is at line ${p.line}); its items are read as part of the same section.`,
  }),
  "unreadable-number": template({
    /** scope: "item" (an item's count: the item is lost) or "figure" (a headline's: only it is). */
    needs: ["text", "scope"],
    en: (p) =>
      `'${p.text}' is not a count (counts are written 4 123 or 4123); ${p.scope === "item" ? "this item is not used" : "this figure is not used, the others are"}.`,
  }),
  "thousands-separator": template({
    needs: ["text", "separator", "value"],
    en: (p) => `'${p.text}' has '${p.separator}' between thousands; read as ${p.value}.`,
  }),
  "thousands-spacing": template({
    needs: ["text", "value"],
    en: (p) =>
      `'${p.text}' has more than one space (or a tab) between thousands; read as ${p.value}.`,
  }),
  "item-without-measure": template({
    needs: ["item"],
    en: (p) => `An item before any measure is named: '${p.item}'.`,
  }),
  "item-without-heading": template({
    /** With a unit ("96 школ") the item still says its type: a warning, and the type is used. */
    needs: [],
    optional: ["unit", "orgType"],
    en: (p) =>
      p.unit !== undefined
        ? `No section heading before this item; its unit '${p.unit}' says ${p.orgType}.`
        : "No section heading (kindergartens, schools, colleges) before this item.",
  }),
  "unit-mismatch": template({
    needs: ["unit", "unitType", "orgType"],
    en: (p) => `The unit '${p.unit}' names ${p.unitType}, but the section is ${p.orgType}.`,
  }),
  "unknown-territory": template({
    /**
     * reason: "unknown" (candidates: suggestions), "ambiguous" (candidates: the names it could be),
     * "empty", or "not-in-list" (a territory of the other list: measure, level, territory, and
     * cities or region, as {@link elsewhereFacts} gives them).
     */
    needs: ["reason", "name"],
    optional: ["candidates", "measure", "level", "territory", "cities", "region"],
    en: (p) => territoryIssueText(p, "en"),
  }),
  "zero-total": template({
    needs: ["name"],
    en: (p) => `${p.name}: the base is 0, so there is no coverage to compute.`,
  }),
  "covered-exceeds-total": template({
    needs: ["name", "covered", "total"],
    en: (p) => `${p.name}: ${p.covered} covered out of ${p.total} is more than all of them.`,
  }),
  "duplicate-territory": template({
    needs: ["name", "measure", "orgType", "line", "column"],
    en: (p) =>
      `${p.name} is listed twice for ${p.measure} / ${p.orgType} (first at line ${p.line}, column ${p.column}); the second is not used.`,
  }),
  "change-without-sign": template({
    needs: ["note", "amount"],
    en: (p) => `'(${p.note})': a change with no word and no sign is read as +${p.amount}.`,
  }),
  "unreadable-change-note": template({
    needs: ["note"],
    en: (p) =>
      `'(${p.note})' after the percentage is not a change this parser reads; the figures are kept, the change is not.`,
  }),
  "unknown-change-word": template({
    /** signed: "yes" when a sign was written (it is used), "no" when nothing says the direction. */
    needs: ["word", "signed"],
    en: (p) =>
      `'${p.word}' is not a known word for a change (рост, снижение); ${p.signed === "yes" ? "the sign written is used" : "with no sign, the change is not used (the figures are)"}.`,
  }),
  "change-note-extra": template({
    /** change: the change as read, signed; rest: what follows it in the note. */
    needs: ["note", "change", "rest"],
    en: (p) =>
      `'(${p.note})': the change ${p.change} is read; the rest of the note ('${p.rest}') is not.`,
  }),
  "change-sign-conflict": template({
    needs: ["note"],
    en: (p) => `'(${p.note})': the word and the sign disagree; the sign is used.`,
  }),
  "repeated-headline": template({
    /** value: stated here; first: the same figure as stated before, at `line`. */
    needs: ["value", "first", "line"],
    en: (p) =>
      `The report states this figure again as ${p.value}; it stated ${p.first} at line ${p.line}, which is kept.`,
  }),
  "stray-breakdown": template({
    needs: [],
    en: () => "A breakdown by type that belongs to no headline figure.",
  }),
  "breakdown-part-unread": template({
    needs: ["part"],
    en: (p) =>
      `'${p.part}' in a breakdown by type names no one type of organisation (or one named twice); it is not used, the other parts are.`,
  }),
  "unknown-unit": template({
    needs: ["unit"],
    en: (p) => `'${p.unit}' is not an organisation type.`,
  }),
  "stray-percent": template({
    needs: [],
    en: () => "A share 'от общего количества' that belongs to no headline figure.",
  }),
  "stray-change": template({
    needs: [],
    en: () => "A change in brackets that belongs to no covered headline figure; it is not used.",
  }),
  "headline-without-measure": template({
    needs: [],
    en: () => "A headline figure before any measure is named; it is not used.",
  }),
  "unknown-measure": template({
    /** section: the headline's words for the measure, as written; items: how many of its items were passed over. */
    needs: ["section", "items"],
    en: (p) =>
      `A section on a measure the add-in does not know ("${p.section}"): its headline and its ${p.items} ${Number(p.items) === 1 ? "item are" : "items are"} not read, and none is counted under another measure.`,
  }),
  "footnote-without-text": template({
    /** mark: as written; lines: where it is used, as lineRuns gives them. */
    needs: ["mark", "lines"],
    en: (p) =>
      `The footnote mark '${p.mark}' is used (${oneLine(p.lines) ? "line" : "lines"} ${p.lines}), but the report has no footnote text for it; the figures it marks are read as if it were absent.`,
  }),
  "aside-not-read": template({
    needs: ["text"],
    en: (p) =>
      `'${p.text}' in a list is no territory's item: its figures are not read (the items around it are).`,
  }),
  "part-not-read": template({
    needs: ["part"],
    en: (p) =>
      `'${p.part}' breaks out a part of the item's figure, but its figures can't be told apart; the part is not read (the item's own figures are).`,
  }),
  "versions-disagree": template({
    /**
     * kept, other: the languages of the version used and of the other ("ru", "kk"); keptFigure,
     * otherFigure: their figures as "114/122 (93%, +3)"; keptLine: where the one used stands.
     */
    needs: ["name", "measure", "orgType", "kept", "keptFigure", "keptLine", "other", "otherFigure"],
    en: (p) =>
      `${p.name}, ${p.measure} / ${p.orgType}: the ${VERSION_EN[p.kept] ?? p.kept} text (line ${p.keptLine}) gives ${p.keptFigure}, the ${VERSION_EN[p.other] ?? p.other} text ${p.otherFigure}; the first is used, the other is not.`,
  }),
  "no-period": template({
    needs: [],
    en: () => "The report names no period ('По состоянию на N квартал YYYY года').",
  }),
  "missing-measure": template({
    needs: ["measure"],
    en: (p) => `No figures for the measure '${p.measure}'.`,
  }),
  "missing-section": template({
    needs: ["measure", "orgType"],
    en: (p) => `No list for ${p.measure} / ${p.orgType}.`,
  }),
  "missing-territory": template({
    /** territories: their names, ", "-joined. */
    needs: ["measure", "orgType", "territories"],
    en: (p) => `${p.measure} / ${p.orgType}: no figure for ${p.territories}.`,
  }),
  "damaged-text": template({
    /** lines: where, as lineList gives them. */
    needs: ["count", "lines"],
    en: (p) =>
      `${p.count} byte(s) of the file are not valid UTF-8 (line(s) ${p.lines}); they are shown as �, and the rest is read.`,
  }),
  "pdf-textless-pages": template({
    /** pages: which, as lineRuns gives them; count: how many. */
    needs: ["pages", "count"],
    en: (p) =>
      `${Number(p.count) === 1 ? `Page ${p.pages} of the PDF has` : `Pages ${p.pages} of the PDF have`} no text (scanned, or pictures only): ${Number(p.count) === 1 ? "its" : "their"} figures are not read; the other pages are.`,
  }),
  "pdf-unreadable-pages": template({
    /** pages: which, as lineRuns gives them; count: how many. */
    needs: ["pages", "count"],
    en: (p) =>
      `${Number(p.count) === 1 ? `Page ${p.pages} of the PDF` : `Pages ${p.pages} of the PDF`} could not be read (damaged): ${Number(p.count) === 1 ? "its" : "their"} figures are not read; the other pages are.`,
  }),
  "table-without-context": template({
    /** missing: "measure" or "type", what the table does not say. */
    needs: ["table", "missing", "rows"],
    en: (p) =>
      `Table ${p.table}: neither the table nor the text before it says which ${p.missing === "measure" ? "measure" : "type of organisation"} its figures are for (a caption, a column header, or a heading above it would); its ${p.rows} rows are not used.`,
  }),
  "unmapped-table": template({
    /** columns: the headers as read, " | "-joined. */
    needs: ["table", "columns", "rows"],
    en: (p) =>
      `Table ${p.table} has figures, but its columns (${p.columns}) can't be read as territory | covered | total | %: its ${p.rows} rows are not used.`,
  }),
  "table-column-not-read": template({
    needs: ["table", "column"],
    en: (p) =>
      `Table ${p.table}: the column '${p.column}' is a change in percentage points, not in organisations; it is not read (the add-in computes changes from each period's figures).`,
  }),
  "table-total-row": template({
    /** rows: the rows' numbers, ", "-joined. */
    needs: ["table", "rows"],
    en: (p) =>
      `Table ${p.table}, row ${p.rows}: a total over territories, not a territory; not used (the Audit sums the territories itself).`,
  }),
});
