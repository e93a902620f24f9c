import ExcelJS from "exceljs";
import { join } from "node:path";
import { columnLetter } from "../../src/workbook/a1";
import { COVERAGE_KEYS } from "../../src/workbook/layout";
import { describeWith } from "../helpers/engineGate";
import { quarters } from "../helpers/quarters";
import {
  axeViolations,
  CHROMIUM,
  fakeHostScript,
  openPage,
  OUTPUT,
  printedPdf,
  servedPane,
} from "./browser";
import { makePdf, randomLayout } from "../helpers/pdf";
import { renderReport } from "../../src/report/renderReport";
import { SEED_LIKE_STYLE } from "../../src/report/reportStyle";
import { makeDocx } from "../helpers/docx";
import { cp1251, encodable, ENCODINGS, random, randomStyle, tableDocument } from "../helpers/drift";
import { SEED_TEXT } from "../helpers/seed";

/** What an import added says: in Excel, that the EDU functions answer for it; in the preview, where it shows. */
const added = (period: string) =>
  new RegExp(
    `^Added(\\. The EDU functions now answer for ${period}\\.| ${period} to this page's data)`
  );

describeWith({ Chromium: CHROMIUM }, "the task pane in a real browser", () => {
  const pane = servedPane();

  const TABS = ["Data", "Load", "Lagging", "Import", "Audit"];

  describe("standalone preview in Chromium (no Excel)", () => {
    it("paints the static shell before the bundles arrive, light and dark", async () => {
      for (const scheme of ["light", "dark"] as const) {
        const { page } = await openPage(
          pane.browser,
          pane.base,
          "real",
          undefined,
          /\/(runtime|core|functions|taskpane)\.js/
        );
        await page.emulateMedia({ colorScheme: scheme });
        const status = page.getByRole("status", { name: "Loading… / Загрузка… / Жүктелуде…" });
        await status.waitFor();
        // Its one line of words is in all three languages: the pane's own is not known yet.
        expect((await page.locator("body").innerText()).trim()).toBe(
          "Loading… / Загрузка… / Жүктелуде…"
        );
        expect(await page.getByRole("tablist").count()).toBe(0); // React never ran
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor
        );
        expect(background).toBe(scheme === "dark" ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
        await page.screenshot({ path: join(OUTPUT, `shell-${scheme}.png`) });
        await page.context().close();
      }
    });

    it("shows the data, imports a report, downloads the workbook; nothing leaves the machine; no serious a11y violations", async () => {
      const { page, blocked, errors } = await openPage(pane.browser, pane.base, "real");
      await page.getByRole("tablist").waitFor();
      await page.getByText(/Standalone preview/).waitFor();
      expect(await page.getByRole("table", { name: "Data" }).getByRole("row").count()).toBe(241);
      await page.screenshot({ path: join(OUTPUT, "standalone.png"), fullPage: false });

      for (const tab of TABS) {
        await page.getByRole("tab", { name: tab }).click();
        expect({ tab, violations: await axeViolations(page) }).toEqual({ tab, violations: [] });
      }

      await page.getByRole("tab", { name: "Import" }).click();
      await page
        .getByRole("textbox", { name: "Report text" })
        .fill(SEED_TEXT.replace("1 квартал 2023", "2 квартал 2023"));
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByText(/Found: 240 territory figures; Period: 2023-Q2/).waitFor();
      await page.screenshot({ path: join(OUTPUT, "import-preview.png"), fullPage: true });
      await page.getByRole("button", { name: "Add as period" }).click();
      await page.getByText(added("2023-Q2")).waitFor();

      await page.getByRole("tab", { name: "Load" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download workbook (.xlsx)" }).click(),
      ]);
      const file = join(OUTPUT, "downloaded.xlsx");
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      // Two periods now (the seed and the imported one): the Trend sheet compares them.
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "Summary",
        "Map",
        "Trend",
        "Video",
        "Guard",
        "Panic",
        "Turnstile",
        "Coverage",
        "Audit",
        "Settings",
      ]);
      expect(wb.getWorksheet("Coverage")!.getTable("CoverageData")).toBeTruthy();
      expect(wb.getWorksheet("Coverage")!.rowCount).toBe(481); // header + 240 rows × 2 periods

      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);

    it("drifted reports read in the file input (Windows-1251, KOI8-R, UTF-16, Word tables); repeats are grouped; a PDF is named, not read", async () => {
      const { page } = await openPage(pane.browser, pane.base, "real");
      await page.getByRole("tab", { name: "Import" }).click();
      // A next quarter drawn by the drift generator: its figures, not the parser's, are the check.
      const source = quarters(2, 41).reports[1];
      const rnd = random(41);
      const next = renderReport(source, encodable(randomStyle(rnd), "windows-1251"));
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(next, "utf16le")]);
      const choose = async (name: string, buffer: Buffer) => {
        const [chooser] = await Promise.all([
          page.waitForEvent("filechooser"),
          page.getByRole("button", { name: "Choose a .pdf, .docx or .txt file" }).click(),
        ]);
        await chooser.setFiles({ name, mimeType: "text/plain", buffer });
      };
      const tables = await makeDocx(tableDocument(source, "type-column", SEED_LIKE_STYLE, rnd));
      for (const [name, bytes] of [
        ["q2-cp1251.txt", Buffer.from(cp1251(next))],
        ["q2-utf16.txt", utf16],
        [
          "q2-koi8.txt",
          Buffer.from(
            ENCODINGS["koi8-r"](renderReport(source, encodable(randomStyle(rnd), "koi8-r")))
          ),
        ],
        ["q2-tables.docx", tables],
      ] as const) {
        await choose(name, bytes);
        await page.getByText(name).waitFor();
        await page.getByRole("button", { name: "Preview" }).click();
        await page
          .getByText(`Found: ${source.records.length} territory figures; Period: ${source.period}`)
          .waitFor();
      }
      // The same report twice: each kind of problem a few times, then "and N more like this".
      await choose("twice.txt", Buffer.from(`${next}\n${next}`, "utf8"));
      await page.getByRole("button", { name: "Preview" }).click();
      await page
        .getByText(/…and \d+ more like this \(lines \d+/)
        .first()
        .waitFor();
      await choose("q2.pdf", Buffer.from("%PDF-1.7\n"));
      await page
        .getByText(/q2\.pdf: This file begins as a PDF but cannot be read as one \(.+\)\.$/)
        .waitFor();
      await page.context().close();
    });

    it("PDFs read in the file input: the seed printed by Chromium and a generated quarter laid out by a word processor, exactly; pdf.js and its worker come from the add-in's own files, lazily", async () => {
      const { page, blocked, errors } = await openPage(pane.browser, pane.base, "real");
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.getByRole("tablist").waitFor();
      // The pane's first load carries no pdf.js.
      expect(requested.filter((u) => /pdf/i.test(u))).toEqual([]);
      await page.getByRole("tab", { name: "Import" }).click();
      const choose = async (name: string, buffer: Buffer) => {
        const [chooser] = await Promise.all([
          page.waitForEvent("filechooser"),
          page.getByRole("button", { name: "Choose a .pdf, .docx or .txt file" }).click(),
        ]);
        await chooser.setFiles({ name, mimeType: "application/pdf", buffer });
        await page.getByText(name).waitFor();
      };
      const printed = await printedPdf(
        pane.browser,
        SEED_TEXT.replace("1 квартал", "3 квартал"),
        "Информация о мерах антитеррористической защиты"
      );
      await choose("q3-printed.pdf", printed);
      // The text read from the PDF is in the editor; its preview finds every figure and no problem.
      expect(await page.getByRole("textbox", { name: "Report text" }).inputValue()).toContain(
        "г. Астана (96 детсадов) – 100%"
      );
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByText("Found: 240 territory figures; Period: 2023-Q3; problems: 0;").waitFor();
      await page.getByText("The text reads cleanly.").waitFor();
      await page.screenshot({ path: join(OUTPUT, "import-pdf.png"), fullPage: true });

      const source = quarters(2, 63).reports[1];
      const rnd = random(63);
      const laidOut = await makePdf(
        renderReport(source, encodable(randomStyle(rnd), "utf-8")),
        randomLayout(rnd)
      );
      await choose("q2-laid-out.pdf", Buffer.from(laidOut.bytes));
      await page.getByRole("button", { name: "Preview" }).click();
      await page
        .getByText(`Found: ${source.records.length} territory figures; Period: ${source.period}`)
        .waitFor();
      await page.getByRole("button", { name: "Add as period" }).click();
      await page.getByText(added(source.period!)).waitFor();

      // A scan: one sentence, nothing added.
      const { PDFDocument } = await import("pdf-lib");
      const scan = await PDFDocument.create();
      scan.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
      await choose("scan.pdf", Buffer.from(await scan.save()));
      await page.getByText(/scan\.pdf: This PDF has no text, only pictures of its pages/).waitFor();

      const pdfFiles = requested.filter((u) => /pdf/i.test(u));
      expect(pdfFiles.length).toBeGreaterThanOrEqual(2); // the reader's chunk and the worker
      expect(pdfFiles.every((u) => u.startsWith(pane.base))).toBe(true);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);

    it("a next quarter: the Changes view after its preview, then change arrows in the Lagging tab (screenshots for docs/)", async () => {
      const { page } = await openPage(pane.browser, pane.base, "real", undefined, undefined, {
        width: 360,
        height: 1100,
      });
      await page.getByRole("tab", { name: "Import" }).click();
      await page.getByRole("textbox", { name: "Report text" }).fill(quarters(2, 17).texts[1]);
      await page.getByRole("button", { name: "Preview" }).click();
      const heading = page.getByRole("heading", { name: "Changes: who moved" });
      await heading.waitFor();
      await heading.evaluate((e) => e.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(OUTPUT, "changes-movers.png") });
      await page.getByRole("button", { name: "Add as period" }).click();
      await page.getByText(added("2023-Q2")).waitFor();
      await page.getByRole("tab", { name: "Lagging" }).click();
      await page.getByRole("checkbox", { name: /Sort by change/ }).click();
      const arrows = await page
        .getByRole("img", { name: /territories below/ })
        .locator("text")
        .allTextContents();
      expect(arrows.filter((x) => /^[▲▼→]/.test(x)).length).toBeGreaterThan(3);
      await page.screenshot({ path: join(OUTPUT, "changes-lagging.png") });
      await page.context().close();
    });

    it("every control is reachable by keyboard", async () => {
      const { page } = await openPage(pane.browser, pane.base, "real");
      await page.getByRole("tablist").waitFor();
      const reached = new Set<string>();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Tab");
        reached.add(
          await page.evaluate(
            () =>
              `${document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName}:${document.activeElement?.textContent?.slice(0, 20)}`
          )
        );
      }
      expect([...reached].some((r) => r.startsWith("tab:"))).toBe(true);
      await page.getByRole("tab", { name: "Data" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("checkbox", { name: "Turnstiles (access control)" }).waitFor();
    }, 60_000);
  });

  describe("in Excel (fake host injected before the page loads)", () => {
    it("loads the dataset in 2 syncs, applies a target, selects an audit row", async () => {
      const { page, blocked, errors } = await openPage(
        pane.browser,
        pane.base,
        "stub",
        fakeHostScript()
      );
      await page.getByText(/Connected to Excel/).waitFor();
      await page.getByRole("button", { name: "Load into workbook" }).click();
      await page.getByText("Loaded. Sheets:").waitFor();
      // Check workbook runs after the load: the strict host computed every figure as the report.
      await page.getByText(/^Excel computed all [\d,]+ figures as the report\.$/).waitFor();
      await page.getByText("Highlights: all 240 rows as the report implies.").waitFor();
      const state = await page.evaluate(() => {
        const h = (
          window as unknown as {
            __host: {
              syncs: number;
              model: {
                sheets: Array<{ name: string }>;
                tables: Array<{ name: string }>;
                names: unknown[];
              };
            };
          }
        ).__host;
        return {
          syncs: h.syncs,
          sheets: h.model.sheets.map((s) => s.name),
          tables: h.model.tables.map((t) => t.name),
          names: h.model.names.length,
        };
      });
      // 1 sync when the functions start (the stored imports, src/excel/storedImports.ts) and 1
      // when the pane opens (the stored plan recipe), 2 for the load and 1 for its slicers (their
      // own batch: added, named and recorded; src/excel/writeMap.ts), then the COVERAGE name and
      // its probe (its own Excel.run: 4 more). Each of these two writes holds the workbook's write
      // lock (src/excel/workbookLock.ts): 1 sync to take it, 2 to release it. The page's EDU
      // functions are not registered with the in-memory Excel, so the probe gives #NAME? and the
      // name is removed again, as it must be wherever it does not evaluate. Then 3 syncs for Check
      // workbook's read-back: the fixed ranges; the Map's grids and where the data table stands;
      // its rows, found by key, with their highlights.
      expect(state).toEqual({
        syncs: 18,
        sheets: [
          "Summary",
          "Map",
          "Video",
          "Guard",
          "Panic",
          "Turnstile",
          "Coverage",
          "Audit",
          "Settings",
        ],
        tables: ["CoverageData", "AuditFindings"],
        names: 21,
      });
      await page.screenshot({ path: join(OUTPUT, "in-excel-loaded.png"), fullPage: true });

      await page.getByRole("tab", { name: "Lagging" }).click();
      await page.getByRole("textbox", { name: /Target/ }).fill("80");
      await page.getByRole("button", { name: "Apply to workbook" }).click();
      await page.getByText(/Target written to the Settings sheet/).waitFor();
      const target = await page.evaluate(() => {
        const h = (
          window as unknown as {
            __host: { model: { value(s: string, r: number, c: number): unknown } };
          }
        ).__host;
        return h.model.value("Settings", 9, 4); // E10: turnstile / all
      });
      expect(target).toBe(0.8);
      await page.screenshot({ path: join(OUTPUT, "in-excel-lagging.png"), fullPage: true });

      await page.getByRole("tab", { name: "Audit" }).click();
      await page
        .getByRole("button", { name: /Semey, Turnstiles \(access control\), colleges/ })
        .click();
      await page.waitForFunction(
        () => (window as unknown as { __host: { selected: string } }).__host.selected !== ""
      );
      const selected = await page.evaluate(
        () => (window as unknown as { __host: { selected: string } }).__host.selected
      );
      const last = columnLetter(COVERAGE_KEYS.length - 1); // the table's last column
      expect(selected).toMatch(new RegExp(`^Coverage!A\\d+:${last}\\d+$`));

      for (const tab of TABS) {
        await page.getByRole("tab", { name: tab }).click();
        expect({ tab, violations: await axeViolations(page) }).toEqual({ tab, violations: [] });
      }
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);
  });
});
