/**
 * Reports with what ministry texts add around their figures, generated from known figures, in
 * Russian or in Kazakh: footnote marks after names and after figures ("г. Алматы*", "Жетысу¹",
 * "100%²⁾", "†") with their texts at the end of a list or of the report (some with figures, some
 * shaped like an item); breakdowns inside items ("…, в том числе частные школы (23 из 40) – 58%",
 * "(в том числе г. Темиртау (5) – 100%)", "из них 14 – в сельской местности", "оның ішінде …");
 * and asides between lists and between items (a sentence with other figures, an explanatory line).
 * Every list gets at least one mark and one breakdown. The variant says what must be read: the
 * records with their footnotes and parts, the footnotes, and how many asides carry figures.
 */
import { MEASURE_IDS } from "../../src/domain/measures";
import type { CoverageRecord, Report, SubFigure } from "../../src/domain/report";
import { orgTypeNamedIn } from "../../src/report/lexicon";
import { renderSections, territoryLabel } from "../../src/report/renderReport";
import { type RenderStyle } from "../../src/report/reportStyle";
import { randomStyle } from "./drift";
import { figureIn } from "../../src/report/kazakhGrammar";
import {
  kazakhLabel,
  type KazakhStyle,
  randomKazakhStyle,
  renderKazakhSections,
} from "./kazakhReport";

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (rnd: () => number, max: number) => 1 + Math.floor(rnd() * max);

const MARKS = ["*", "**", "***", "¹", "²⁾", "³", "†", "‡"] as const;

const FOOTNOTE_TEXTS = {
  ru: [
    "с учётом филиалов",
    "данные уточняются по 12 объектам",
    "г. Алматы (12 из 14) – без учёта частных организаций",
    "по данным акимата на 01.04.2023",
    "Примечание: включая 3 вновь открытые школы (рост на +3)",
  ],
  kk: [
    "филиалдарды қоса есептегенде",
    "деректер 12 объект бойынша нақтылануда",
    "Алматы қ. (14-тен 12) – жекеменшік ұйымдарсыз",
    "әкімдіктің 2023 жылғы 1 сәуірдегі деректері бойынша",
  ],
};

/**
 * Asides between lists, a line each: with figures of something else (said, not read) or none
 * (nothing to say). (A paragraph of prose, a dozen words or more, ends a list and is not said.)
 */
const ASIDES = {
  ru: [
    (rnd: () => number) =>
      `Всего установлено ${int(rnd, 400)} турникетов (г. Шымкент – ${int(rnd, 200)}, г. Алматы – ${int(rnd, 200)}).`,
    () => "Данные представлены местными исполнительными органами.",
    (rnd: () => number) => `Информация приведена по состоянию на 0${int(rnd, 9)}.04.2023.`,
    (rnd: () => number) =>
      `В ${int(rnd, 40)} организациях работы завершатся до конца года (срок – ${int(rnd, 28)} мая).`,
  ],
  kk: [
    (rnd: () => number) =>
      `Барлығы ${int(rnd, 400)} турникет орнатылды (Шымкент қ. – ${int(rnd, 200)}, Алматы қ. – ${int(rnd, 200)}).`,
    () => "Деректерді жергілікті атқарушы органдар ұсынды.",
    (rnd: () => number) =>
      `Мәліметтер 2023 жылғы ${int(rnd, 9)} сәуірдегі жағдай бойынша берілген.`,
  ],
};

/** An aside between the items of a list: a piece with figures of something else. */
const ITEM_ASIDES = {
  ru: (rnd: () => number) => `${int(rnd, 300)} турникетов установлено за квартал`,
  kk: (rnd: () => number) => `тоқсан ішінде ${int(rnd, 300)} турникет орнатылды`,
};

export interface AsideVariant {
  text: string;
  /** The records that must be read: their figures, footnotes and parts. */
  records: CoverageRecord[];
  /** The footnotes' marks and texts, in the order written. */
  footnotes: Array<{ mark: string; text: string }>;
  /** How many asides carry figures (each said as not read). */
  asidesWithFigures: number;
  lang: "ru" | "kk";
  style: RenderStyle | KazakhStyle;
}

/** A breakdown of an item's figure as the language writes it, and what must be read of it. */
function breakdown(
  r: CoverageRecord,
  lang: "ru" | "kk",
  rnd: () => number
): { text: string; inBrackets: boolean; part: Omit<SubFigure, "text" | "label"> } {
  const total = Math.max(1, Math.min(r.total, int(rnd, 60)));
  const covered = Math.floor(rnd() * (total + 1));
  const percent = Math.round((100 * covered) / total);
  const form = pick(rnd, ["part", "bracket", "count"] as const);
  if (form === "count") {
    const n = Math.min(covered, r.covered);
    const text =
      lang === "ru"
        ? `, из них ${n} – в сельской местности`
        : `, оның ішінде ${n} – ауылдық жерлерде`;
    return { text, inBrackets: false, part: { covered: n } };
  }
  if (form === "bracket") {
    const city = lang === "ru" ? "г. Темиртау" : "Теміртау қ.";
    const text =
      lang === "ru"
        ? ` (в том числе ${city} (${total}) – 100%)`
        : ` (оның ішінде ${city} (${total}) – 100%)`;
    return { text, inBrackets: true, part: { covered: total, total, percent: 100 } };
  }
  const text =
    lang === "ru"
      ? `, в том числе частные (${covered} из ${total}) – ${percent}%`
      : `, оның ішінде жекеменшік (${figureIn(total, String(total), "ablative")} ${covered}) – ${percent}%`;
  return { text, inBrackets: false, part: { covered, total, percent } };
}

/** A variant of a report with marks, footnotes, breakdowns and asides in every list. */
export function asideVariant(source: Report, rnd: () => number, lang: "ru" | "kk"): AsideVariant {
  const ruStyle: RenderStyle = {
    ...randomStyle(rnd),
    thousands: " ",
    shuffle: undefined,
    numbered: false,
    splitItems: false,
  };
  const kkStyle = randomKazakhStyle(rnd, { base: { ...ruStyle } });
  const style = lang === "ru" ? ruStyle : kkStyle;
  const blocks =
    lang === "ru" ? renderSections(source, ruStyle) : renderKazakhSections(source, kkStyle);
  const order = (lang === "ru" ? ruStyle.measureOrder : kkStyle.base.measureOrder) ?? MEASURE_IDS;
  const records = source.records.map((r) => ({ ...r }));
  const footnotes = new Map<string, string>();
  const notesWritten = new Set<string>();
  let asidesWithFigures = 0;
  const label = (r: CoverageRecord) =>
    lang === "ru" ? territoryLabel(r, ruStyle) : kazakhLabel(r.territoryId, kkStyle);
  const separator = (lang === "ru" ? ruStyle : kkStyle.base).itemsOnOwnLines ? ";\n" : "; ";
  const newBlocks = blocks.map((block, b) => {
    const out: string[] = [];
    block.forEach((line, i) => {
      const orgType = /:\s*$/u.test(line) ? orgTypeNamedIn(line) : null;
      const list = i > 0 ? block[i - 1] : "";
      const listType = /:\s*$/u.test(list) ? orgTypeNamedIn(list) : null;
      if (orgType !== null || listType === null || !line.includes("%")) {
        out.push(line);
        return;
      }
      // A list's items, each with its record, in the order written (no shuffling).
      const rows = records.filter((r) => r.measure === order[b] && r.orgType === listType);
      const items = line.replace(/\.$/u, "").split(separator);
      const marked = items.map((item, k) => {
        const r = rows[k];
        let text = item;
        const markName = k === 0 || rnd() < 0.2;
        const markFigure = k === 1 || rnd() < 0.1;
        const part = k === 2 || rnd() < 0.15;
        const useMark = (at: "name" | "figure") => {
          const mark = pick(rnd, MARKS);
          if (!footnotes.has(mark)) footnotes.set(mark, pick(rnd, FOOTNOTE_TEXTS[lang]));
          if (!r.footnotes?.some((f) => f.mark === mark))
            r.footnotes = [...(r.footnotes ?? []), { mark, text: footnotes.get(mark)! }];
          if (at === "name" && text.startsWith(label(r)))
            text = `${label(r)}${mark}${text.slice(label(r).length)}`;
          else text = text.replace("%", `%${mark}`);
        };
        if (markName) useMark("name");
        if (markFigure) useMark("figure");
        if (part) {
          const p = breakdown(r, lang, rnd);
          // In brackets right after the share (before a change note), unless counts follow it.
          const shareFirst =
            (lang === "ru" ? ruStyle.itemOrder : kkStyle.itemOrder) === "share first";
          text =
            p.inBrackets && !shareFirst
              ? text.replace(/%(\S*)/u, `%$1${p.text}`)
              : `${text}${p.text}`;
          r.parts = [{ ...p.part } as SubFigure];
        }
        if (rnd() < 0.08) {
          asidesWithFigures++;
          return `${text}${separator}${ITEM_ASIDES[lang](rnd)}`;
        }
        return text;
      });
      out.push(`${marked.join(separator)}.`);
      // The list's footnotes after it, or at the report's end; an aside after some lists.
      if (rnd() < 0.5)
        for (const [m, t] of footnotes)
          if (!notesWritten.has(m)) {
            notesWritten.add(m);
            out.push(`${m} ${t}`);
          }
      if (rnd() < 0.4) {
        const aside = pick(rnd, ASIDES[lang])(rnd);
        if (/\d/u.test(aside)) asidesWithFigures++;
        out.push(aside);
      }
    });
    return out;
  });
  const atEnd = [...footnotes].filter(([m]) => !notesWritten.has(m)).map(([m, t]) => `${m} ${t}`);
  const text = [...newBlocks.flat(), ...atEnd].join("\n");
  return {
    text,
    records,
    footnotes: [...footnotes].map(([mark, t]) => ({ mark, text: t })),
    asidesWithFigures,
    lang,
    style,
  };
}
