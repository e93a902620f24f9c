/**
 * Which quarter a report is of. The first quarter it names, unless a dating phrase ("По состоянию
 * на 1 квартал 2023 года", "2023 жылғы 1-тоқсандағы жағдай бойынша") names another before any
 * figure is read; a quarter named in a comparison ("по сравнению с данными за 4 квартал 2022
 * года", "… салыстырғанда") is never the report's own; a second one is said. Pure.
 */
import type { IssueSink } from "./headlines";
import { QUARTERS } from "./lexicon";
import type { LineIndex } from "./positions";

export class PeriodReader {
  /** The report's period ("2023-Q1"), once one is read. */
  period: string | null = null;
  private offset = 0;
  /** Whether the period was read from a dating phrase ("по состоянию на"). */
  private dated = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly issue: IssueSink
  ) {}

  /** A quarter named at `offset`; `nothingRead`: no figure has been read before it. */
  read(
    quarter: string,
    year: string,
    offset: number,
    nothingRead: boolean,
    kazakh?: { dating: boolean; compared: boolean }
  ): void {
    const period = `${year}-Q${QUARTERS[quarter]}`;
    const before = this.text.slice(Math.max(0, offset - 60), offset);
    // "по сравнению с данными за 4 квартал 2022 года", "для сравнения, по состоянию на …",
    // "2022 жылғы 4-тоқсанмен салыстырғанда": another quarter mentioned, never the report's own.
    if (
      kazakh?.compared ||
      /(?:сравнени\p{L}*|против|с\s+данными|салыстыр\p{L}*)[^.;\n]*$/iu.test(before)
    )
      return;
    // "По состоянию на 1 квартал 2023 года" ("2023 жылғы 1-тоқсандағы жағдай бойынша") dates the
    // report: it wins over a quarter merely mentioned before it, as long as no figure has been read yet.
    const dating = kazakh?.dating ?? /состоянию\s*$/iu.test(before);
    if (this.period === null || (dating && !this.dated && nothingRead && this.period !== period)) {
      if (this.period !== null)
        this.issue(
          "warning",
          "second-period",
          { period: this.period, used: period, line: this.lines.at(offset).line },
          this.offset,
          this.offset + 30
        );
      this.period = period;
      this.offset = offset;
      this.dated = dating;
    } else if (this.period !== period) {
      const first = this.lines.at(this.offset);
      this.issue(
        "warning",
        "second-period",
        { period, used: this.period, line: first.line },
        offset,
        offset + 30
      );
    }
  }
}
