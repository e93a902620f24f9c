import type { SourcePosition } from "../domain/report";

/**
 * Maps string offsets to 1-based line and column. With `origin`, the text's lines are reported as
 * the lines of the text it was cleaned from (cleanText.ts): line n is origin[n - 1].
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    text: string,
    private readonly origin?: readonly number[]
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  at(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.origin?.[lo] ?? lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** A short, single-line excerpt of the text around an offset, for messages. */
export function excerptAt(text: string, start: number, end: number, max = 80): string {
  const piece = text
    .slice(start, Math.min(end, start + max))
    .replace(/\s+/g, " ")
    .trim();
  return end - start > max ? `${piece}…` : piece;
}
