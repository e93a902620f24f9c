import { elsewhereFacts } from "../domain/levels";
import type { Measure } from "../domain/measures";
import type { Territory } from "../domain/territories";
import type { IssueParamsOf } from "./issueMessages";
import { KK_DATIVE, KK_HYPHEN } from "./kazakhLexicon";
import { changeDirection, isNeutralChangeWord, NO_CHANGE_WORDS } from "./lexicon";

type ChangeCode =
  | "unknown-change-word"
  | "change-sign-conflict"
  | "change-without-sign"
  | "unreadable-change-note"
  | "change-note-extra";

/** Raises a warning about an item's change note (the item's figures are kept). */
export type ChangeWarn = <C extends ChangeCode>(code: C, params: IssueParamsOf<C>) => void;

/**
 * "(рост на +13)" → 13, "(снижение на -1)" → -1, "(снижение на 2)" → -2: the sign written wins,
 * else the word's. A word we do not know, or a word and sign that disagree, are warnings; a word we
 * do not know with no sign says no direction, so no change is read (never a guessed "+").
 */
export function readStatedChange(
  word: string | undefined,
  amount: string | undefined,
  warn: ChangeWarn,
  note = `${word ?? ""} ${amount ?? ""}`.trim()
): number | null {
  if (word === undefined || amount === undefined) return null;
  const digits = Number(amount.replace(/[^\d]/g, ""));
  const written = amount.trim();
  const explicit = /^[−–-]/.test(written) ? -1 : /^\+/.test(written) ? 1 : 0;
  const implied = changeDirection(word);
  if (implied === 0 && word !== "") {
    const neutral = isNeutralChangeWord(word);
    // "изменение +3" says it by its sign; "изменение 3" says no direction: not read, never guessed.
    if (neutral && explicit === 0) warn("unreadable-change-note", { note: `${word} ${written}` });
    else if (!neutral) warn("unknown-change-word", { word, signed: explicit !== 0 ? "yes" : "no" });
    if (explicit === 0) return null;
  }
  if (explicit !== 0 && implied !== 0 && explicit !== implied) {
    warn("change-sign-conflict", { note });
  }
  return digits * (explicit || implied || 1) || 0; // never -0
}

/** Notes that say there was no change: "(без изменений)", "(изменений нет)", "(на прежнем уровне)". */
const NO_CHANGE = new RegExp(String.raw`^(?:${NO_CHANGE_WORDS})$`, "iu");
/** Kazakh units after an amount of change, in the dative: "13 бірлікке", "2 ұйымға". */
const KK_UNIT = String.raw`(?:бірлік\p{L}*|ұйым\p{L}*|объект\p{L}*|мектеп\p{L}*|балабақша\p{L}*|колледж\p{L}*)`;
/**
 * A change in Kazakh, the amount before the verb, in the dative: "+13-ке өсті", "1-ге төмендеді",
 * "13 бірлікке артты", "-1-ге азайды".
 */
const AMOUNT_WORD = new RegExp(
  String.raw`^(?<amount>[+−–-]?\s*\d+)(?:\s*${KK_HYPHEN}\s*${KK_DATIVE}(?!\p{L}))?(?:\s+${KK_UNIT})?\s+(?<word>\p{L}+)$`,
  "u"
);
/** "(рост на +13)", "(снижение на 2)", "(+5)", "(увеличение 3)", "(снизилось на 2 ед.)". */
const WORD_AMOUNT = new RegExp(
  String.raw`^(?<word>\p{L}+)?\.?\s*:?\s*(?:на\s*)?(?<amount>[+−–-]?\s*\d+)(?:\s*${KK_HYPHEN}\s*${KK_DATIVE}(?!\p{L}))?(?:\s*(?:ед\.?|единиц\p{L}*|организаци\p{L}*|объект\p{L}*|школ\p{L}*|детсад\p{L}*|сад\p{L}*|колледж\p{L}*|${KK_UNIT}))?$`,
  "u"
);
const MORE_LESS =
  /^на\s*(?<amount>\d+)\s*(?:ед\.?|единиц\p{L}*|организаци\p{L}*|объект\p{L}*)?\s*(?<way>больше|меньше)$/iu;
/** A comment after the change: "по сравнению с прошлым кварталом", ", данные уточняются", "(см. прил.)". */
const COMMENT =
  /(?:\s*[,;(]|\s+(?:по\s+сравнению|в\s+сравнении|относительно|против|к|с|за|от|по)\s)[^]*$/u;

/**
 * The note after a percentage, in any of the ways Russian official prose says a change, perhaps
 * with a comment after it. A note that still can't be read is a warning: the item's figures are
 * kept, only the change is left out.
 */
export function readChangeNote(note: string | undefined, warn: ChangeWarn): number | null {
  if (note === undefined) return null;
  const text = note
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;]$/, "");
  const comment = COMMENT.exec(text);
  const head = comment ? text.slice(0, comment.index).trim() : text;
  const change = readChange(text, head, warn);
  if (change === undefined) {
    warn("unreadable-change-note", { note: text });
    return null;
  }
  // A comment is left out; one with figures in it is said to be left out.
  const rest = comment?.[0].trim().replace(/^[,;]\s*/, "");
  if (change !== null && rest && /\d/.test(rest))
    warn("change-note-extra", {
      note: text,
      change: change > 0 ? `+${change}` : String(change),
      rest,
    });
  return change;
}

/** The change a note's head says; null when it is read but says no direction; undefined when unread. */
function readChange(note: string, head: string, warn: ChangeWarn): number | null | undefined {
  if (NO_CHANGE.test(head)) return 0;
  const more = MORE_LESS.exec(head);
  if (more?.groups) return Number(more.groups.amount) * (/^б/i.test(more.groups.way) ? 1 : -1);
  const m = WORD_AMOUNT.exec(head) ?? AMOUNT_WORD.exec(head);
  return m?.groups ? readWordAndAmount(note, m.groups.word, m.groups.amount, warn) : undefined;
}

/** "+5", "-2", "рост на 13": a sign or a word decides the direction; a bare number is read as a rise, with a warning. */
function readWordAndAmount(
  note: string,
  word: string | undefined,
  amount: string,
  warn: ChangeWarn
): number | null {
  // After a word, a dash set off by a space is punctuation ("рост – 13", "ЧОП – 13"), not a minus:
  // the word says the direction, or nothing does.
  if (word !== undefined && /^[−–-]\s/.test(amount.trim()))
    return readStatedChange(word, amount.trim().replace(/^[−–-]\s*/, ""), warn, note);
  if (word !== undefined) return readStatedChange(word, amount, warn, note);
  if (/^[+−–-]/.test(amount.trim())) return readStatedChange("", amount, () => undefined);
  warn("change-without-sign", { note, amount: amount.trim() });
  return Number(amount.replace(/[^\d]/g, ""));
}

/** Why an item's territory does not belong in the list it stands in: an unknown-territory's params. */
export function notInList(
  name: string,
  t: Territory,
  measure: Measure
): IssueParamsOf<"unknown-territory"> {
  return { reason: "not-in-list", name, ...elsewhereFacts(t, measure) };
}
