/**
 * The keys of a select-only combobox, as the WAI-ARIA Authoring Practices give them
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-select-only/):
 * closed, Down/Up/Enter/Space (and Alt+Down) open it, Home/End open it at the first/last, a
 * letter opens it at the first name starting so; open, Down/Up/Home/End/PageUp/PageDown move,
 * Enter/Space/Tab pick, Escape (and Alt+Up) closes, a letter moves to the next name starting so.
 * A key with Ctrl or Cmd is none of these.
 */
export type ChoiceStep =
  | { kind: "none" }
  | { kind: "open"; active?: number }
  | { kind: "move"; active: number }
  | { kind: "pick" }
  | { kind: "close" };

const PAGE = 10;

export function nextActive(
  key: string,
  {
    altKey,
    ctrlKey = false,
    metaKey = false,
  }: { altKey: boolean; ctrlKey?: boolean; metaKey?: boolean },
  { open, active, labels }: { open: boolean; active: number; labels: readonly string[] }
): ChoiceStep {
  const last = labels.length - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  // Ctrl or Cmd with a key is the browser's or Office's shortcut (copy, find, reload): passed on.
  if (ctrlKey || metaKey) return { kind: "none" };
  const letter = key.length === 1 && key !== " " ? key.toLocaleLowerCase() : null;
  const byLetter = (from: number) => {
    for (let k = 1; k <= labels.length; k++) {
      const i = (from + k) % labels.length;
      if (labels[i].toLocaleLowerCase().startsWith(letter!)) return i;
    }
    return undefined;
  };
  if (!open) {
    if (key === "Home") return { kind: "open", active: 0 };
    if (key === "End") return { kind: "open", active: last };
    if (["ArrowDown", "ArrowUp", "Enter", " "].includes(key)) return { kind: "open" };
    if (letter) {
      const found = byLetter(active);
      return found === undefined ? { kind: "none" } : { kind: "open", active: found };
    }
    return { kind: "none" };
  }
  if (key === "ArrowUp" && altKey) return { kind: "pick" };
  switch (key) {
    case "ArrowDown":
      return { kind: "move", active: clamp(active + 1) };
    case "ArrowUp":
      return { kind: "move", active: clamp(active - 1) };
    case "Home":
      return { kind: "move", active: 0 };
    case "End":
      return { kind: "move", active: last };
    case "PageDown":
      return { kind: "move", active: clamp(active + PAGE) };
    case "PageUp":
      return { kind: "move", active: clamp(active - PAGE) };
    case "Enter":
    case " ":
    case "Tab":
      return { kind: "pick" };
    case "Escape":
      return { kind: "close" };
  }
  if (letter) {
    const found = byLetter(active);
    if (found !== undefined) return { kind: "move", active: found };
  }
  return { kind: "none" };
}
