import { elsewhereFacts } from "../domain/levels";
import type { Measure } from "../domain/measures";
import type { Territory } from "../domain/territories";
import type { IssueParamsOf } from "./issueMessages";
import { changeDirection } from "./lexicon";

type ChangeCode =
  "unknown-change-word" | "change-sign-conflict" | "change-without-sign" | "unreadable-change-note";

/** Raises a warning about an item's change note (the item's figures are kept). */
export type ChangeWarn = <C extends ChangeCode>(code: C, params: IssueParamsOf<C>) => void;

/**
 * "(рост на +13)" → 13, "(снижение на -1)" → -1, "(снижение на 2)" → -2: the sign written wins,
 * else the word's. A word we do not know, or a word and sign that disagree, are warnings.
 */
export function readStatedChange(
  word: string | undefined,
  amount: string | undefined,
  warn: ChangeWarn
): number | null {
  if (word === undefined || amount === undefined) return null;
  const digits = Number(amount.replace(/[^\d]/g, ""));
  const written = amount.trim();
  const explicit = /^[−–-]/.test(written) ? -1 : /^\+/.test(written) ? 1 : 0;
  const implied = changeDirection(word);
  if (implied === 0 && word !== "") warn("unknown-change-word", { word });
  if (explicit !== 0 && implied !== 0 && explicit !== implied) {
    warn("change-sign-conflict", { word, amount: written });
  }
  return digits * (explicit || implied || 1) || 0; // never -0
}

/** Notes that say there was no change: "(без изменений)", "(изменений нет)", "(на прежнем уровне)". */
const NO_CHANGE =
  /^(?:без\s+изменени\p{L}*|изменени\p{L}*\s+нет|не\s+изменил\p{L}*|на\s+(?:прежнем|том\s+же)\s+уровне|0|[+±]\s*0)$/iu;
/** "(рост на +13)", "(снижение на 2)", "(+5)", "(увеличение 3)", "(на 4 больше)". */
const WORD_AMOUNT =
  /^(?<word>\p{L}+)?\s*(?:на\s*)?(?<amount>[+−–-]?\s*\d+)(?:\s*(?:ед\.?|единиц\p{L}*|организаци\p{L}*|объект\p{L}*))?$/u;
const MORE_LESS = /^на\s*(?<amount>\d+)\s*(?<way>больше|меньше)$/iu;

/**
 * The note after a percentage, in any of the ways Russian official prose says a change. A note that
 * still can't be read is a warning: the item's figures are kept, only the change is left out.
 */
export function readChangeNote(note: string | undefined, warn: ChangeWarn): number | null {
  if (note === undefined) return null;
  const text = note
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;]$/, "");
  if (NO_CHANGE.test(text)) return 0;
  const more = MORE_LESS.exec(text);
  if (more?.groups) return Number(more.groups.amount) * (/^б/i.test(more.groups.way) ? 1 : -1);
  const m = WORD_AMOUNT.exec(text);
  if (m?.groups) {
    const { word, amount } = m.groups;
    if (word === undefined) {
      if (/^[+−–-]/.test(amount.trim())) return readStatedChange("", amount, () => undefined);
      warn("change-without-sign", { note: text, amount: amount.trim() });
      return Number(amount.replace(/[^\d]/g, ""));
    }
    return readStatedChange(word, amount, warn);
  }
  warn("unreadable-change-note", { note: text });
  return null;
}

/** Why an item's territory does not belong in the list it stands in: an unknown-territory's params. */
export function notInList(
  name: string,
  t: Territory,
  measure: Measure
): IssueParamsOf<"unknown-territory"> {
  return { reason: "not-in-list", name, ...elsewhereFacts(t, measure) };
}
