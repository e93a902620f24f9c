/**
 * A PDF page's text runs (as pdf.js's text layer gives them: a string, where its baseline starts,
 * how wide it is) put back into lines in reading order: top to bottom, left to right, one space
 * wherever the runs stand apart, however a justified line stretched its spaces. Pure: it never
 * sees pdf.js itself (readPdf.ts does).
 */

/** One run of text on a page, in PDF units (y grows upwards). */
export interface PdfTextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font's size: how far apart two lines are, and how wide a space is. */
  size: number;
}

/**
 * A run's place from its text matrix [a b c d e f]: upright text has b = c = 0 and a, d > 0. Turned
 * or mirrored text (a stamp across the page, a watermark) is no line of the report's: null.
 */
export function runOf(
  text: string,
  transform: readonly number[],
  width: number
): PdfTextRun | null {
  const [a, b, c, d, e, f] = transform;
  if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) return null;
  return { text, x: e, y: f, width, size: Math.max(d, 1) };
}

/** Two runs stand apart (a space between them) when the gap is wider than this share of the font. */
const SPACE_SHARE = 0.15;
/** Runs whose baselines are this share of the larger font apart, or less, are on one line (a superscript too). */
const SAME_LINE = 0.45;

/**
 * A footnote mark: digits or a star in a smaller font, raised or lowered off the line's baseline
 * ("¹" after a count). It is no figure of the report's, and glued to a count it would change it
 * ("(114" + "¹" is no 1141): left out.
 */
function isMark(run: PdfTextRun, line: { y: number; size: number }): boolean {
  return (
    /^[\d*†‡]+$/u.test(run.text.trim()) &&
    run.size < 0.8 * line.size &&
    Math.abs(run.y - line.y) > 0.15 * line.size
  );
}

/** The page's lines, top to bottom; each line's runs left to right, with one space where they stand apart. */
export function pageLines(runs: readonly PdfTextRun[]): string[] {
  const visible = runs.filter((r) => r.text.trim() !== "");
  const byTop = [...visible].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; size: number; runs: PdfTextRun[] }> = [];
  for (const run of byTop) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= SAME_LINE * Math.max(l.size, run.size));
    if (line) {
      line.runs.push(run);
      if (run.size > line.size) line.size = run.size;
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  lines.sort((p, q) => q.y - p.y);
  return lines.map(({ runs: lineRuns, size }) => {
    // The line's own baseline: that of its body text (its largest runs).
    const body = lineRuns.find((r) => r.size === size) ?? lineRuns[0];
    const ordered = lineRuns
      .filter((r) => !isMark(r, { y: body.y, size }))
      .sort((p, q) => p.x - q.x);
    let text = "";
    let end = -Infinity;
    for (const run of ordered) {
      const gap = run.x - end;
      const apart = gap > SPACE_SHARE * run.size || gap < -run.size;
      if (text && apart && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    return text.replace(/[ \t]+/g, " ").trim();
  });
}
