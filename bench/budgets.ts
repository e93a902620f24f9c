/**
 * The page's size budgets, in one place. npm run bench prints each figure beside its budget, and
 * test/e2e/budget.test.ts fails the build when a figure passes it, so a later change cannot
 * quietly undo the split of the page into what each screen needs (issue #29).
 */
export const BUDGETS = {
  /**
   * The scripts the pane fetches before its first screen, gzipped, in KB: in Excel (opening on
   * Load) and in the preview (opening on Data), in every language, each counted. 150 is below
   * Microsoft's own Office-Addin-TaskPane-React template (161.8 KB, measured side by side when
   * #29 was filed), whose first screen shows far less: React and Fluent alone take about 120.
   */
  taskpaneInitialJsGzKb: 150,
  /**
   * What the functions' runtime runs before its first answer, gzipped, in KB: the webpack
   * runtime and functions.js. A workbook that opens with no pane fetches only
   * this to answer its cells.
   */
  functionsJsGzKb: 30,
} as const;
