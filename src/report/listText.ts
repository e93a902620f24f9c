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
 * (an open bracket, or a line that stops at a count or at "из (общего числа)": "Акмолинская – 114
 * из\n122 (93%)").
 */
export function itemParts(piece: string): string[] {
  const parts: string[] = [];
  for (const part of piece.split(";")) {
    const lines = part.split("\n");
    let current = lines[0];
    for (const line of lines.slice(1)) {
      const open = (current.match(/\(/g) ?? []).length > (current.match(/\)/g) ?? []).length;
      if (open || /(?:\d|(?<!\p{L})(?:из|от)(?:\s+\p{Ll}+){0,3}|\/)\s*$/u.test(current))
        current += `\n${line}`;
      else {
        parts.push(current);
        current = line;
      }
    }
    parts.push(current);
  }
  return parts;
}

/** Whether a list's text since its last item ended holds figures: an item still being written. */
export function unfinishedItem(sinceLastItem: string): boolean {
  return /\d/.test(sinceLastItem.split(/[;\n]/).pop() ?? "");
}
