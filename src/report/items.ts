import { reportedElsewhere } from "../domain/levels";
import type { Measure } from "../domain/measures";
import type { Territory } from "../domain/territories";
import { changeDirection } from "./lexicon";

/**
 * "(рост на +13)" → 13, "(снижение на -1)" → -1, "(снижение на 2)" → -2: the sign written wins,
 * else the word's. A word we do not know, or a word and sign that disagree, are warnings.
 */
export function readStatedChange(
  word: string | undefined,
  amount: string | undefined,
  warn: (code: string, message: string) => void
): number | null {
  if (word === undefined || amount === undefined) return null;
  const digits = Number(amount.replace(/[^\d]/g, ""));
  const written = amount.trim();
  const explicit = /^[−–-]/.test(written) ? -1 : /^\+/.test(written) ? 1 : 0;
  const implied = changeDirection(word);
  if (implied === 0)
    warn("unknown-change-word", `'${word}' is not a known word for a change (рост, снижение).`);
  if (explicit !== 0 && implied !== 0 && explicit !== implied) {
    warn(
      "change-sign-conflict",
      `'${word} на ${written}': the word and the sign disagree; the sign is used.`
    );
  }
  return digits * (explicit || implied || 1);
}

/** Why an item's territory does not belong in the list it stands in. */
export function notInList(name: string, t: Territory, measure: Measure): string {
  return `'${name}' is not in this list: ${reportedElsewhere(t, measure)}`;
}
