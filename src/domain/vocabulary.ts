import type { Lang } from "./lang";
import { foldName } from "./text";

/**
 * The outcome of resolving a user-typed word: the canonical value, or why not (its English message,
 * and the facts it is said from, for another language).
 */
export type Resolution<T> =
  { ok: true; value: T } | { ok: false; message: string; params: VocabularyParams };

export interface VocabularyEntry<T extends string> {
  value: T;
  /** Whole words and phrases that mean this value (any case, any spelling that folds alike). */
  aliases: readonly string[];
  /** Word beginnings that mean this value (Russian inflects: "турникет", "турникеты", "турникетов"). */
  stems: readonly string[];
}

/** A small closed vocabulary (measures, organisation types) resolved from free text. */
export class Vocabulary<T extends string> {
  private readonly exact = new Map<string, T>();
  private readonly stems: Array<[string, T]> = [];

  constructor(
    private readonly what: string,
    entries: readonly VocabularyEntry<T>[]
  ) {
    for (const e of entries) {
      this.exact.set(foldName(e.value), e.value);
      for (const a of e.aliases) this.exact.set(foldName(a), e.value);
      for (const s of e.stems) this.stems.push([foldName(s), e.value]);
    }
    // Longest stems first, so that a specific stem wins over a general one.
    this.stems.sort((a, b) => b[0].length - a[0].length);
    this.accepted = entries.map((e) => e.value);
  }

  readonly accepted: readonly T[];

  private readonly memo = new Map<string, Resolution<T>>();

  /** Memoized: a recalculation of many cells folds each distinct spelling once. */
  resolve(text: unknown): Resolution<T> {
    if (typeof text !== "string") return this.resolveUncached(text);
    let hit = this.memo.get(text);
    if (!hit) {
      hit = this.resolveUncached(text);
      if (this.memo.size > 10_000) this.memo.clear();
      this.memo.set(text, hit);
    }
    return hit;
  }

  /** Without the memo (for benchmarks that compare against a naive path). */
  resolveUncached(text: unknown): Resolution<T> {
    const raw = typeof text === "string" ? text : text == null ? "" : String(text);
    const key = foldName(raw);
    const accepted = this.accepted.join(", ");
    const refuse = (word: string, candidates: string): Resolution<T> => {
      const params = { what: this.what, word, candidates, accepted };
      return { ok: false, message: vocabularyText(params, "en"), params };
    };
    if (key.length === 0) return refuse("", "");
    const hit = this.exact.get(key);
    if (hit) return { ok: true, value: hit };
    const candidates = new Set<T>();
    for (const [stem, value] of this.stems) {
      if (key.startsWith(stem) || key.split(" ").some((w) => w.startsWith(stem)))
        candidates.add(value);
    }
    if (candidates.size === 1) return { ok: true, value: [...candidates][0] };
    return refuse(raw.trim(), candidates.size > 1 ? [...candidates].join(" or ") : "");
  }
}

/** What a vocabulary is of, in each language ("measure", "organisation type"). */
const WHAT: Record<string, Record<Lang, string>> = {
  measure: { en: "measure", ru: "мера", kk: "шара" },
  "organisation type": { en: "organisation type", ru: "тип организации", kk: "ұйым түрі" },
};

/** A word that is no measure or type: what it is not, what it could mean, what is accepted. */
export interface VocabularyParams {
  what: string;
  /** As typed; "" when nothing was. */
  word: string;
  /** The values it could mean, " or "-joined ("" for none). */
  candidates: string;
  accepted: string;
}

export function vocabularyText(p: VocabularyParams, lang: Lang): string {
  const what = WHAT[p.what]?.[lang] ?? p.what;
  if (lang === "kk") {
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (!p.word) return `${What} көрсетілмеген. Рұқсат етілген мәндер: ${p.accepted}.`;
    const detail = p.candidates
      ? ` (бұл ${p.candidates.replace(/ or /g, " немесе ")} болуы мүмкін)`
      : "";
    return `«${p.word}» — белгісіз ${what}${detail}. Рұқсат етілген мәндер: ${p.accepted}.`;
  }
  if (lang === "ru") {
    if (!p.word) return `Не указано: ${what}. Допустимо: ${p.accepted}.`;
    const detail = p.candidates
      ? ` (это может быть ${p.candidates.replace(/ or /g, " или ")})`
      : "";
    return `Неизвестное значение «${p.word}» (${what})${detail}. Допустимо: ${p.accepted}.`;
  }
  if (!p.word) return `Missing ${what}. Accepted: ${p.accepted}.`;
  const detail = p.candidates ? ` (it could mean ${p.candidates})` : "";
  return `Unknown ${what} '${p.word}'${detail}. Accepted: ${p.accepted}.`;
}
