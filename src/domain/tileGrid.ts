/**
 * A tile-grid map of Kazakhstan: each of the 20 regions (17 regions and 3 cities of republican
 * significance) on a 7 × 5 grid, in its approximate geographic place (west to east, north to south),
 * as a cartogram where every territory gets one equal tile. The Map sheet and the pane's map both
 * draw from it, so the two show the country the same way.
 *
 * The 20 large-city groups of the city measures lie one to a region (each region's centre, with
 * its satellite city where the report groups one), so the city grid puts each group on its
 * region's tile.
 */
import { CITY_GROUP_FACTS, REGION_FACTS } from "./gazetteerData";
import type { Lang } from "./lang";
import type { Level } from "./measures";
import { territoriesAt, type Territory, territoryById, territoryName } from "./territories";

export const MAP_COLUMNS = 7;
export const MAP_ROWS = 5;

export interface MapTile {
  /** The territory's id (ISO code for a region, `city:<slug>` or ISO for a city group). */
  territoryId: string;
  /** 0-based, west to east. */
  col: number;
  /** 0-based, north to south. */
  row: number;
}

/**
 * The regions' places, by ISO code. Row 0 is the northern tier (Kostanay, North Kazakhstan,
 * Pavlodar), row 4 the southern cities (Shymkent, Almaty); column 0 the Caspian west.
 */
const REGION_PLACES: Readonly<Record<string, readonly [col: number, row: number]>> = {
  "KZ-27": [0, 0], // West Kazakhstan (Oral)
  "KZ-39": [2, 0], // Kostanay
  "KZ-59": [3, 0], // North Kazakhstan (Petropavl)
  "KZ-55": [5, 0], // Pavlodar
  "KZ-23": [0, 1], // Atyrau
  "KZ-15": [1, 1], // Aktobe
  "KZ-11": [3, 1], // Akmola (Kokshetau)
  "KZ-71": [4, 1], // Astana
  "KZ-10": [5, 1], // Abai (Semey)
  "KZ-63": [6, 1], // East Kazakhstan (Oskemen)
  "KZ-47": [0, 2], // Mangystau (Aktau)
  "KZ-62": [2, 2], // Ulytau (Zhezkazgan)
  "KZ-35": [3, 2], // Karaganda
  "KZ-33": [5, 2], // Jetisu (Taldykorgan)
  "KZ-43": [1, 3], // Kyzylorda
  "KZ-61": [2, 3], // Turkistan
  "KZ-31": [3, 3], // Jambyl (Taraz)
  "KZ-19": [4, 3], // Almaty Region (Konaev)
  "KZ-79": [2, 4], // Shymkent
  "KZ-75": [4, 4], // Almaty
};

function placeOf(regionId: string): readonly [number, number] {
  const place = REGION_PLACES[regionId];
  if (!place) throw new Error(`tileGrid: no place on the map for region ${regionId}`);
  return place;
}

/** The tiles of a level's list, in the report's order: the 20 regions, or the 20 city groups. */
export function mapTiles(level: Level): MapTile[] {
  return territoriesAt(level).map((t) => {
    const [col, row] = placeOf(level === "region" ? t.id : t.regionId);
    return { territoryId: t.id, col, row };
  });
}

/** A territory's tile at a level, or undefined when the level's map does not show it. */
export function tileOf(level: Level, territoryId: string): MapTile | undefined {
  const t = territoryById(territoryId);
  if (!t || !t.levels.includes(level)) return undefined;
  return mapTiles(level).find((tile) => tile.territoryId === territoryId);
}

/**
 * The three compound regions by the abbreviation their language's documents use (ЗКО, БҚО), where
 * the language has one; English names them without "Region" ("West Kazakhstan").
 */
const COMPOUND_SHORT: Readonly<Record<string, Readonly<Record<"ru" | "kk", string>>>> = {
  "KZ-27": { ru: "ЗКО", kk: "БҚО" },
  "KZ-59": { ru: "СКО", kk: "СҚО" },
  "KZ-63": { ru: "ВКО", kk: "ШҚО" },
};

/**
 * A territory's name on a map tile: a real name that says what it is, never a cut word. A region
 * is its Russian adjective ("Актюбинская", as the report names it; "Абай" for the new ones), its
 * Kazakh or English name with "облысы" / "Region" (so the Kazakh "Ақтөбе облысы" is not the city
 * Ақтөбе); the three compound regions their abbreviation; a city group its first city. Each
 * resolves back to its territory (resolveTerritory), as every name the add-in shows must.
 */
export function tileName(t: Territory, lang: Lang): string {
  if (t.kind !== "region") {
    const city =
      t.kind === "city-group" ? CITY_GROUP_FACTS.find((g) => g.id === t.id)?.cities[0] : null;
    if (!city) return territoryName(t, lang);
    return lang === "ru"
      ? city.ru
      : lang === "kk"
        ? city.kk
        : (city.other.find((o) => /^[A-Za-z]/.test(o)) ?? city.ru);
  }
  const compound = COMPOUND_SHORT[t.id];
  if (compound && lang !== "en") return compound[lang];
  if (lang === "ru") {
    // "область Абай": the short form Russian documents use ("Абай", "Жетысу", "Улытау").
    const forms = REGION_FACTS.find((r) => r.iso === t.id)?.ru ?? [];
    if (/^область\s/.test(t.nameRu) && forms[1]) return forms[1];
    return t.nameRu.replace(/\s+область$/, "");
  }
  if (lang === "en" && compound) return t.nameEn.replace(/\s+Region$/, "");
  return territoryName(t, lang);
}

/** Roughly how wide a line of text is, in units of its font size (a sans-serif's average letter). */
export const textWidth = (text: string) => text.length * 0.56;

/**
 * A tile name in at most two lines that fit `width` (in font-size units): split at its spaces or
 * hyphens, and a word too long for a line broken in two with a hyphen after a vowel near its
 * middle ("Карагандин-" / "ская"). What still exceeds the width is for the drawing to compress.
 */
export function tileLabelLines(name: string, width: number): string[] {
  const words = name.split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? w : last.endsWith("-") ? last + w : `${last} ${w}`;
    if (last !== undefined && textWidth(joined) <= width) lines[lines.length - 1] = joined;
    else lines.push(w);
  }
  if (lines.length === 1 && textWidth(lines[0]) > width * 1.25) return hyphenate(lines[0]);
  if (lines.length <= 2) return lines;
  return [lines[0], lines.slice(1).join(" ")];
}

const VOWELS = /[аеёиоуыэюяәіөұүaeiouy]/i;

const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.test(ch);

/**
 * One long word in two, with a hyphen, where a syllable begins near its middle: before a
 * consonant and vowel, after a vowel or between two consonants ("Караган-" / "динская",
 * "Павло-" / "дарская"); never a line that starts with ь, ъ or й.
 */
function hyphenate(word: string): string[] {
  const at = (k: number) => [`${word.slice(0, k)}-`, word.slice(k)];
  const syllable = (k: number) =>
    !isVowel(word[k]) && isVowel(word[k + 1]) && !/[ьъй]/i.test(word[k]);
  const mid = Math.floor(word.length / 2);
  for (let d = 0; d < mid - 2; d++)
    for (const k of [mid + d, mid - d])
      if (k > 2 && k < word.length - 2 && syllable(k)) return at(k);
  return at(mid);
}
