import { foldName } from "./text";

/** The outcome of resolving a user-typed word: the canonical value, or a message for the user. */
export type Resolution<T> = { ok: true; value: T } | { ok: false; message: string };

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
    if (key.length === 0) {
      return { ok: false, message: `Missing ${this.what}. Accepted: ${this.accepted.join(", ")}.` };
    }
    const hit = this.exact.get(key);
    if (hit) return { ok: true, value: hit };
    const candidates = new Set<T>();
    for (const [stem, value] of this.stems) {
      if (key.startsWith(stem) || key.split(" ").some((w) => w.startsWith(stem)))
        candidates.add(value);
    }
    if (candidates.size === 1) return { ok: true, value: [...candidates][0] };
    const detail = candidates.size > 1 ? ` (it could mean ${[...candidates].join(" or ")})` : "";
    return {
      ok: false,
      message: `Unknown ${this.what} '${raw.trim()}'${detail}. Accepted: ${this.accepted.join(", ")}.`,
    };
  }
}
