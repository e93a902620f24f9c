/**
 * A list's text between the items the pattern read: how it splits into items, what in it is prose
 * that ends the list, and which names make a total line rather than a territory. Pure.
 */

/**
 * A piece of a list that is prose, not a broken item: a dozen words or more with no percentage and
 * hardly a number (a list written without its brackets has figures in every item, and is reported).
 */
export function isProse(part: string): boolean {
  return (
    part.trim().split(/\s+/).length >= 14 &&
    !part.includes("%") &&
    (part.match(/\d+/g) ?? []).length <= 3
  );
}

/** A list's total line, by its name: "Итого", "Всего по республике", "В целом по РК", "Республика Казахстан". */
export function isListTotal(name: string): boolean {
  return LIST_TOTAL.test(name.trim());
}
const LIST_TOTAL =
  /^(?:итого|всего|в\s+целом|по\s+(?:республике|рк|стране)|республика\s+казахстан|рк)(?:\s+по\s+(?:республике|рк|стране))?$/iu;

/**
 * A list's text split into its items: at ";" and at line ends, except a line end inside an item
 * ({@link goesOn}). A list's items may stand one per line without ";", so a line end parts items
 * unless the line before is unfinished or the next line carries on; in text laid out on pages
 * (a PDF) a line ends wherever the margin fell.
 */
export function itemParts(piece: string): string[] {
  const parts: string[] = [];
  for (const part of piece.split(";")) {
    const lines = part.split("\n");
    let current = lines[0];
    for (const line of lines.slice(1)) {
      if (goesOn(current, line)) current += `\n${line}`;
      else {
        parts.push(current);
        current = line;
      }
    }
    parts.push(current);
  }
  return parts;
}

/** A territory's mark before its name, at a line's end: "г.", "гг.", "город", "обл.", "область". */
const NAME_MARK_AT_END = /(?<!\p{L})(?:гг?\.|город|обл\.|область)\s*$/iu;
/** A list's own number at a line's start: "12)", "3." — a new item. */
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s/u;

/**
 * Whether an item goes on past a line end: the line stops inside brackets, at a count, at "из
 * (общего числа)" or "/", at a territory's mark ("г."); or the next line carries on the item (its
 * brackets, a note "(рост на +1)", the rest of a name or of a share: lower case, a digit, a dash).
 */
function goesOn(current: string, next: string): boolean {
  const open = (current.match(/\(/g) ?? []).length > (current.match(/\)/g) ?? []).length;
  if (open || /(?:\d|(?<!\p{L})(?:из|от)(?:\s+\p{Ll}+){0,3}|\/)\s*$/u.test(current)) return true;
  if (current.trim() === "" || next.trim() === "") return false;
  if (NAME_MARK_AT_END.test(current)) return true;
  const start = next.trimStart();
  // "г. Астана" starts the next item; "г.а. – 0%", "обл. (12 из 40)" end the name before.
  if (LIST_NUMBER.test(start) || /^(?:[гГ][гГ]?\.|[гГ]ород\s)\s*\p{Lu}/u.test(start)) return false;
  return /^(?:[(%–—‒−:,-]|\d|\p{Ll})/u.test(start);
}

/** Whether a list's text since its last item ended holds figures: an item still being written. */
export function unfinishedItem(sinceLastItem: string): boolean {
  const parts = itemParts(sinceLastItem);
  return /\d/.test(parts[parts.length - 1] ?? "");
}
