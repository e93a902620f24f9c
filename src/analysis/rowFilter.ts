/**
 * The Data tab's filter: the words a person types, in any order, in Russian, Kazakh or English or
 * a Latin transliteration, matched against each row's territory, type, measure and period under
 * every name the add-in knows for them. "Алматы, школа", "Almaty schools", "Oral", "Западно",
 * "ШҚО turnstile" all find their rows.
 *
 * A word (or a run of words) that names a territory (resolveTerritory) keeps that territory's rows
 * only: "Алматы" is the city, not every name that starts so. Every other word must begin a word
 * of the row's names, or, once its ending is cut ("школа" → "школ"), begin one ("школы").
 */
import { LANGS, measureName, periodName } from "../domain/lang";
import { CITY_GROUP_FACTS, REGION_FACTS } from "../domain/gazetteerData";
import type { CoverageRecord } from "../domain/report";
import { resolveTerritory } from "../domain/resolveTerritory";
import { territoryById } from "../domain/territories";
import { tileName } from "../domain/tileGrid";
import { ORG_TYPE_NAMES } from "../domain/orgTypes";
import { foldName } from "../domain/text";

const LATIN: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

/** A Cyrillic name in Latin letters, as people type it without a Cyrillic keyboard. */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (ch) => LATIN[ch] ?? ch).join("");
}

/** Every name of a territory the add-in knows: official, short, the gazetteer's other forms. */
function territoryNames(id: string): string[] {
  const t = territoryById(id);
  if (!t) return [id];
  const region = REGION_FACTS.find((r) => r.iso === id);
  const group = CITY_GROUP_FACTS.find((g) => g.id === id);
  const names = [
    t.nameRu,
    t.nameEn,
    t.nameKk,
    t.iso ?? "",
    ...(region ? [...region.ru, ...region.kk, ...region.en] : []),
    ...(group ? group.cities.flatMap((c) => [c.ru, c.kk, ...c.other]) : []),
    ...LANGS.map((l) => tileName(t, l)),
  ];
  return [...names, ...names.map(transliterate)];
}

/** Cut a word's ending (Russian and Kazakh vowels, ь, й), keeping three letters at least. */
function stem(word: string): string {
  let w = word;
  for (let i = 0; i < 2 && w.length > 3 && /[аяыиоуеэюьйі]$/.test(w); i++) w = w.slice(0, -1);
  return w;
}

const words = (texts: readonly string[]) => [
  ...new Set(texts.flatMap((t) => foldName(t).split(" ")).filter(Boolean)),
];

const haystacks = new Map<string, string[]>();
/** The folded words a row is known by (memoized per territory, measure, type and period). */
function rowWords(r: CoverageRecord): string[] {
  const key = `${r.period}|${r.measure}|${r.territoryId}|${r.orgType}`;
  let found = haystacks.get(key);
  if (!found) {
    const type = ORG_TYPE_NAMES[r.orgType];
    found = words([
      r.territoryName,
      ...territoryNames(r.territoryId),
      r.measure,
      ...LANGS.map((l) => measureName(r.measure, l)),
      r.orgType,
      ...LANGS.map((l) => type[l]),
      r.period,
      ...LANGS.map((l) => periodName(r.period, l)),
    ]);
    if (haystacks.size > 50_000) haystacks.clear();
    haystacks.set(key, found);
  }
  return found;
}

/** The territories a run of typed words names, and the words left over. */
function readTerritories(tokens: string[]): { territories: Set<string>; rest: string[] } {
  const territories = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    for (let n = Math.min(4, tokens.length - i); n >= 1 && !matched; n--) {
      const r = resolveTerritory(tokens.slice(i, i + n).join(" "));
      if (r.ok && r.territory.kind !== "country") {
        territories.add(r.territory.id);
        matched = n;
      }
    }
    if (matched) i += matched;
    else rest.push(...foldName(tokens[i++]).split(" "));
  }
  return { territories, rest: rest.filter(Boolean) };
}

/** A row test for what the person typed ("" keeps every row). */
export function rowMatcher(query: string): (r: CoverageRecord) => boolean {
  const tokens = query.split(/[\s,;]+/).filter(Boolean);
  if (tokens.length === 0) return () => true;
  const { territories, rest } = readTerritories(tokens);
  return (r) => {
    if (territories.size && !territories.has(r.territoryId)) return false;
    const known = rowWords(r);
    return rest.every((t) => {
      const s = t.length >= 4 ? stem(t) : t;
      return known.some((w) => w.startsWith(t) || w.startsWith(s));
    });
  };
}
