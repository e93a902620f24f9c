/**
 * The written report as a Word document (the `docx` library), loaded only when asked for. Its
 * parts are Word styles, so the ministry can restyle it: the title is Title, each list's heading
 * Heading 2, the lead-in and the prose Normal, each item a paragraph of a bulleted list (its
 * bullet is numbering, not text: the report's reader reads the items as the text has them).
 */
import { capitalised, kazakhForm, term } from "../domain/glossary";
import type { ReportBlock, ReportDraft, WrittenLang } from "./writeReport";
import { writeReportBlocks } from "./writeReport";

/** The document's title: what it reports on, and for which quarter. */
function title(period: string, lang: WrittenLang): string {
  const [year, quarter] = period.split("-Q");
  return lang === "ru"
    ? `Об антитеррористической защищённости организаций образования за ${quarter} квартал ${year} года`
    : `${capitalised(kazakhForm("educationOrganisation", "pluralGenitive"))} терроризмге қарсы қорғалуы туралы: ${year} жылғы ${quarter}-${term("quarter", "kk")}`;
}

/** The report's .docx bytes. */
export async function reportDocx(draft: ReportDraft, lang: WrittenLang): Promise<Uint8Array> {
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } = await import(
    /* webpackChunkName: "report-docx" */ "docx"
  );
  const period = draft.report.period ?? "";
  const paragraph = (b: ReportBlock) => {
    switch (b.kind) {
      case "heading":
        return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
      case "items":
        return b.items.map(
          (text) => new Paragraph({ text, numbering: { reference: "items", level: 0 } })
        );
      default:
        return [new Paragraph({ text: b.text })];
    }
  };
  const doc = new Document({
    title: title(period, lang),
    creator: "School Safety Coverage",
    numbering: {
      config: [
        {
          reference: "items",
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: title(period, lang), heading: HeadingLevel.TITLE }),
          ...writeReportBlocks(draft, lang).flatMap(paragraph),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
