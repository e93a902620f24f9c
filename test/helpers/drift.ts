/**
 * Next quarters' reports as they really come: a generator of drifted reports from known figures.
 * Prose through renderReport's variation options (wording, ordering, spacing, numbers), saved in
 * any of the encodings ministries use, or as a Word .docx of prose or of tables in several layouts.
 * Tests compare what the parser reads with the figures generated, never with the parser's output.
 */
import { MEASURE_IDS, measureInfo } from "../../src/domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES, type OrgType } from "../../src/domain/orgTypes";
import type { CoverageRecord, Report } from "../../src/domain/report";
import {
  renderChange,
  renderReport,
  SECTION_HEADINGS,
  territoryLabel,
} from "../../src/report/renderReport";
import {
  CHANGE_WORDINGS,
  ITEM_ORDERS,
  OUT_OF_WORDINGS,
  renderCount,
  renderPercent,
  type RenderStyle,
} from "../../src/report/reportStyle";
import { type DocxCell, type DocxPart, makeDocx } from "./docx";

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** A style drawn from every option renderReport has. */
export function randomStyle(rnd: () => number): RenderStyle {
  return {
    dash: pick(rnd, ["–", "—", "‒", "−", "-", ""] as const),
    thousands: pick(rnd, [" ", "\u00A0", "\u202F", "\u2009", "", ",", "'", "  "] as const),
    tight: rnd() < 0.5,
    spaceAfterPrefix: rnd() < 0.5,
    itemsOnOwnLines: rnd() < 0.5,
    splitItems: rnd() < 0.3,
    headingWording: pick(rnd, [0, 1] as const),
    typoInGrowth: rnd() < 0.3,
    changeWording: pick(rnd, CHANGE_WORDINGS),
    outOf: pick(rnd, OUT_OF_WORDINGS),
    unitBeforeOutOf: rnd() < 0.3,
    regionSuffix: pick(rnd, ["", "обл.", "ОБЛ.", "область"] as const),
    cityMark: pick(rnd, ["г. before", "г. after", "г.а. after", "город"] as const),
    ofTotal: pick(rnd, ["количества", "числа", "числа организаций", "составляет", "bare"] as const),
    headline: pick(rnd, ["или", "parenthesis", "out-of"] as const),
    breakdown: pick(rnd, ["seed", "long names", "semicolons", "type first"] as const),
    shuffle: rnd() < 0.5 ? Math.floor(rnd() * 1000) : undefined,
    itemOrder: rnd() < 0.5 ? "seed" : pick(rnd, ITEM_ORDERS),
    numbered: rnd() < 0.2,
    measureOrder: rnd() < 0.5 ? undefined : shuffledOf(MEASURE_IDS, rnd),
    decimalMark: pick(rnd, [",", "."] as const),
    spaceBeforePercent: rnd() < 0.3,
  };
}

/** The items in a random order drawn from `rnd`. */
export function shuffledOf<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------- encodings

/** Windows-1251, encoded by hand (Node has no encoder for it). */
export function cp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else if (c === 0x2013) out.push(0x96);
    else if (c === 0x2014) out.push(0x97);
    else if (c === 0xa0) out.push(0xa0);
    else if (c === 0x2116) out.push(0xb9);
    else if (c === 0xab) out.push(0xab);
    else if (c === 0xbb) out.push(0xbb);
    else throw new Error(`no Windows-1251 byte for U+${c.toString(16)}`);
  }
  return Uint8Array.from(out);
}

export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/**
 * A single-byte encoding by its decoder's table (Node encodes none of them): each character to the
 * byte that decodes to it; a character the encoding lacks is an error, never a silent "?".
 */
function singleByte(encoding: string): (text: string) => Uint8Array {
  let byteOf: Map<string, number> | undefined;
  return (text) => {
    if (!byteOf) {
      const decoder = new TextDecoder(encoding);
      byteOf = new Map();
      for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
    }
    const table = byteOf;
    return Uint8Array.from([...text], (ch) => {
      const b = table.get(ch);
      if (b === undefined)
        throw new Error(`${encoding} has no byte for U+${ch.codePointAt(0)!.toString(16)}`);
      return b;
    });
  };
}

export const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  "utf-8": (t) => Buffer.from(t, "utf8"),
  "utf-8 with BOM": (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")]),
  "utf-16le with BOM": (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
  "utf-16le without BOM": (t) => Buffer.from(t, "utf16le"),
  "utf-16be with BOM": (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]),
  "utf-16be without BOM": (t) => utf16be(t),
  "windows-1251": cp1251,
  "koi8-r": singleByte("koi8-r"),
  ibm866: singleByte("ibm866"),
};

/**
 * The text as a program saving it in `encoding` leaves it: the characters the encoding lacks
 * replaced the way "Save as plain text" does (dashes as "-", "№" as "N", thin spaces as spaces).
 */
export function asSavedIn(text: string, encoding: string): string {
  if (encoding !== "koi8-r" && encoding !== "ibm866")
    return encoding === "windows-1251" ? text.replace(/[\u2009\u202F]/g, " ") : text;
  return text
    .replace(/[–—−‒]/g, "-")
    .replace(/№/g, encoding === "ibm866" ? "№" : "N")
    .replace(/[«»]/g, '"')
    .replace(/[\u2009\u202F]/g, " ");
}

/**
 * A style whose characters the encoding has: Windows-1251 has no thin or narrow no-break space;
 * KOI8-R and CP866 have no dashes either (the report then has none, as such files do).
 */
export function encodable(style: RenderStyle, encoding: string): RenderStyle {
  const singleByteEncoding = ["windows-1251", "koi8-r", "ibm866"].includes(encoding);
  const thinSpace = /[\u2009\u202F]/.test(style.thousands);
  const noDashes = encoding === "koi8-r" || encoding === "ibm866";
  return {
    ...style,
    thousands: singleByteEncoding && thinSpace ? "\u00A0" : style.thousands,
    // Windows-1251 has the en and em dash but no figure dash or minus sign; KOI8-R and CP866 have none.
    dash:
      noDashes && style.dash !== "-"
        ? ""
        : singleByteEncoding && (style.dash === "‒" || style.dash === "−")
          ? "–"
          : style.dash,
  };
}

// ---------------------------------------------------------------- Word tables

export const TABLE_LAYOUTS = ["section-tables", "type-column", "type-groups", "captions"] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

type Column = "territory" | "covered" | "total" | "ofTotal" | "percent" | "change";
const HEADERS: Record<Column, string[]> = {
  territory: ["Территория", "Регион", "Наименование региона", "Город"],
  covered: ["Охвачено", "Подключено", "Количество охваченных", "Из них оснащено"],
  total: ["Всего", "Общее количество", "Всего организаций"],
  ofTotal: ["Охвачено из всего"],
  percent: ["%", "Доля, %", "Процент охвата"],
  change: ["Изменение", "Динамика", "+/-"],
};

function cells(r: CoverageRecord, columns: readonly Column[], style: RenderStyle): string[] {
  return columns.map((c) => {
    switch (c) {
      case "territory":
        return territoryLabel(r, style);
      case "covered":
        return renderCount(r.covered, style);
      case "total":
        return renderCount(r.total, style);
      case "ofTotal":
        return `${renderCount(r.covered, style)} из ${renderCount(r.total, style)}`;
      case "percent":
        return renderPercent(r.statedPercent, style);
      case "change":
        return r.statedChange === null ? "" : renderChange(r.statedChange, style).slice(1, -1);
    }
  });
}

/**
 * The report as a Word document whose figures are tables: the prose (headlines) as renderReport
 * writes it, each measure's lists replaced by tables in the given layout, columns in drawn order
 * and wording.
 */
export function tableDocument(
  report: Report,
  layout: TableLayout,
  style: RenderStyle,
  rnd: () => number
): DocxPart[] {
  const prose = renderReport({ ...report, records: [] }, style).split("\n");
  const parts: DocxPart[] = [];
  // renderReport without records gives each measure's prose then "Справочно:"; a table follows it.
  let measureIndex = 0;
  for (const line of prose) {
    parts.push(line);
    if (line !== "Справочно:") continue;
    const measure = (style.measureOrder ?? MEASURE_IDS)[measureIndex++];
    const records = report.records.filter((r) => r.measure === measure);
    const columns: Column[] = [
      "territory",
      ...(rnd() < 0.3 ? (["ofTotal"] as const) : (["covered", "total"] as const)),
      "percent",
      ...(records.some((r) => r.statedChange !== null) ? (["change"] as const) : []),
    ];
    const order = [columns[0], ...columns.slice(1).sort(() => rnd() - 0.5)];
    const header = order.map((c) => pick(rnd, HEADERS[c]));
    const byType = (t: OrgType) => records.filter((r) => r.orgType === t);
    if (layout === "section-tables" || layout === "captions")
      for (const t of ORG_TYPES) {
        if (byType(t).length === 0) continue;
        const caption: DocxCell[][] =
          layout === "captions"
            ? [
                [
                  {
                    text: `${measureInfo(measure).nameRu} — ${ORG_TYPE_NAMES[t].ru}`,
                    span: order.length,
                  },
                ],
              ]
            : [];
        if (layout === "section-tables") parts.push(SECTION_HEADINGS[t]);
        parts.push({
          table: [...caption, header, ...byType(t).map((r) => cells(r, order, style))],
        });
      }
    else if (layout === "type-column")
      parts.push({
        table: [
          [header[0], "Тип организации", ...header.slice(1)],
          ...records.map((r) => {
            const row = cells(r, order, style);
            return [row[0], ORG_TYPE_NAMES[r.orgType].ru, ...row.slice(1)];
          }),
        ],
      });
    else {
      // Two header rows: a type's name spans its columns; one row per territory.
      const types = ORG_TYPES.filter((t) => byType(t).length);
      const ids = [...new Set(records.map((r) => r.territoryId))];
      const rest = order.slice(1);
      parts.push({
        table: [
          ["", ...types.map((t) => ({ text: ORG_TYPE_NAMES[t].ru, span: rest.length }))],
          [header[0], ...types.flatMap(() => header.slice(1))],
          ...ids.map((id) => {
            const any = records.find((r) => r.territoryId === id)!;
            return [
              territoryLabel(any, style),
              ...types.flatMap((t) => {
                const r = byType(t).find((x) => x.territoryId === id);
                return r ? cells(r, rest, style) : rest.map(() => "");
              }),
            ];
          }),
        ],
      });
    }
  }
  return parts;
}

export const docxOf = makeDocx;

/** The figures a record carries, for comparing what was read with what was generated. */
export const figuresOf = (records: readonly CoverageRecord[]) =>
  records
    .map((r) =>
      [
        r.measure,
        r.orgType,
        r.territoryId,
        r.covered,
        r.total,
        r.statedPercent,
        r.statedChange,
      ].join("|")
    )
    .sort();
