import { CITY_GROUP_FACTS, COUNTRY_NAMES, REGION_FACTS } from "./gazetteerData";
import { unresolvedText } from "./nameMessages";
import { COUNTRY, type Territory, territoryById } from "./territories";
import { commonPrefixLength, editDistance, foldName } from "./text";

/** How a typed name says what it is: "г. Алматы" (a city), "Алматы облысы" (a region), or bare. */
type Marker = "city" | "region" | null;

export type TerritoryResolution =
  | { ok: true; territory: Territory }
  | {
      ok: false;
      code: "unknown" | "ambiguous" | "empty";
      message: string;
      candidates: Territory[];
    };

const CITY_WORDS = new Set([
  "г",
  "г.",
  "гг",
  "гг.",
  "город",
  "города",
  "городе",
  "city",
  "каласы",
  "qalasy",
  "k.",
]);
const REGION_WORDS = new Set([
  "область",
  "области",
  "обл",
  "обл.",
  "облысы",
  "oblysy",
  "region",
  "oblast",
  "province",
]);

interface Key {
  core: string;
  marker: Marker;
}

/** Split the affixes off a folded name: "г.алматы" → {алматы, city}; "алматы облысы" → {алматы, region}. */
function splitAffixes(folded: string): Key {
  const spaced = folded.replace(/(^|\s)(гг?|обл|k)\.(?=\S)/g, "$1$2. ");
  let marker: Marker = null;
  const words: string[] = [];
  for (const raw of spaced.split(" ")) {
    if (CITY_WORDS.has(raw)) marker = "city";
    else if (REGION_WORDS.has(raw)) marker = "region";
    else if (
      raw === "of" ||
      raw === "the" ||
      (words.length === 0 && (raw === "в" || raw === "во" || raw === "in"))
    )
      continue;
    else {
      const w = raw.replace(/\.+$/, "");
      if (w) words.push(w);
    }
  }
  // Russian region adjectives in other cases ("в Алматинской области") fold onto the nominative.
  const core = words.map((w) => w.replace(/ско[йи]$/, "ская").replace(/ских$/, "ская")).join(" ");
  return { core, marker };
}

interface Entry {
  territory: Territory;
  marker: Marker;
}

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (name: string, territory: Territory) => {
    const key = splitAffixes(foldName(name));
    if (!key.core) return;
    // A two-part name also glued, as a PDF tool joining a line-end hyphen writes it ("УстьКаменогорск").
    for (const core of new Set([key.core, key.core.replace(/ /g, "")])) {
      const list = index.get(core) ?? [];
      if (!list.some((e) => e.territory === territory && e.marker === key.marker)) {
        list.push({ territory, marker: key.marker });
      }
      index.set(core, list);
    }
  };
  for (const r of REGION_FACTS) {
    const t = territoryById(r.iso)!;
    for (const n of [...r.ru, ...r.kk, ...r.en, r.iso]) add(n, t);
    if (r.oldIso) {
      add(r.oldIso, t);
      add(r.oldIso.slice(3), t); // the bare letter code: ALA, VOS
    }
  }
  for (const g of CITY_GROUP_FACTS) {
    const t = territoryById(g.id)!;
    for (const c of g.cities) for (const n of [c.ru, ...c.other]) add(n, t);
    if (g.cities.length > 1) {
      add(g.cities.map((c) => c.ru).join(" и "), t);
      add(g.cities.map((c) => c.ru).join(" "), t);
      // Its official English and Kazakh names ("Karaganda and Temirtau", "Қарағанды және Теміртау"),
      // which EDU.TERRITORY gives as text: another function must take them back.
      add(t.nameEn, t);
      add(t.nameKk, t);
    }
  }
  return index;
}

const INDEX = buildIndex();
const COUNTRY_KEYS = new Set(COUNTRY_NAMES.map(foldName));

function isCityLike(t: Territory): boolean {
  return t.kind === "city-group" || t.kind === "republican-city";
}

function fits(entry: Entry, marker: Marker): boolean {
  if (marker === null) return true;
  if (marker === "city") return entry.marker !== "region" && isCityLike(entry.territory);
  return entry.marker !== "city" && entry.territory.kind === "region";
}

function suggest(key: Key): Territory[] {
  const scored: Array<{ t: Territory; score: number }> = [];
  for (const [core, entries] of INDEX) {
    const d = editDistance(key.core, core);
    const prefix = commonPrefixLength(key.core, core);
    const near = d <= Math.max(1, Math.floor(key.core.length / 3));
    const sharesStem = prefix >= Math.min(5, key.core.length - 1) && prefix >= 3;
    if (!near && !sharesStem) continue;
    for (const e of entries) scored.push({ t: e.territory, score: d - prefix / 10 });
  }
  scored.sort((a, b) => a.score - b.score);
  const seen = new Set<string>();
  const out: Territory[] = [];
  for (const s of scored) {
    if (seen.has(s.t.id)) continue;
    seen.add(s.t.id);
    out.push(s.t);
    if (out.length === 4) break;
  }
  return out;
}

function quote(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "Алматы, Астана": the candidates' names, for a message. */
export function nameList(territories: readonly Territory[]): string {
  return territories.map((t) => t.nameRu).join(", ");
}

/**
 * Resolve a territory name the way people type it (Russian, Kazakh, English, ISO codes, ВКО/ЗКО/СКО,
 * with or without г./область). A bare city name is the city; a city inside a reported group
 * resolves to the group; never a guess: unknown and ambiguous names come back as errors.
 */
export function resolveTerritoryUncached(name: unknown): TerritoryResolution {
  const raw = typeof name === "string" ? name : name == null ? "" : String(name);
  const folded = foldName(raw);
  if (!folded)
    return {
      ok: false,
      code: "empty",
      message: unresolvedText("empty", "", "", "en"),
      candidates: [],
    };
  if (COUNTRY_KEYS.has(folded)) return { ok: true, territory: COUNTRY };
  const key = splitAffixes(folded);
  const entries = (INDEX.get(key.core) ?? []).filter((e) => fits(e, key.marker));
  const distinct = [...new Map(entries.map((e) => [e.territory.id, e.territory])).values()];
  if (distinct.length === 1) return { ok: true, territory: distinct[0] };
  if (distinct.length > 1) {
    // A bare name that is both a city and a region's stem ("Алматы") is the city.
    const cities = distinct.filter(isCityLike);
    if (key.marker === null && cities.length === 1) return { ok: true, territory: cities[0] };
    return {
      ok: false,
      code: "ambiguous",
      message: unresolvedText("ambiguous", quote(raw), nameList(distinct), "en"),
      candidates: distinct,
    };
  }
  // A word of several names ("Казахстанская", "Kazakhstan Region"): list them, never pick one.
  const partOf = new Map<string, Territory>();
  for (const [core, list] of INDEX) {
    if (core !== key.core && ` ${core} `.includes(` ${key.core} `))
      for (const e of list) if (fits(e, key.marker)) partOf.set(e.territory.id, e.territory);
  }
  if (partOf.size > 1) {
    const options = [...partOf.values()];
    return {
      ok: false,
      code: "ambiguous",
      message: unresolvedText("ambiguous", quote(raw), nameList(options), "en"),
      candidates: options,
    };
  }
  const candidates = suggest(key);
  return {
    ok: false,
    code: "unknown",
    message: unresolvedText("unknown", quote(raw), nameList(candidates), "en"),
    candidates,
  };
}

const MEMO = new Map<string, TerritoryResolution>();
const MEMO_LIMIT = 10_000;

/** Memoized {@link resolveTerritoryUncached}: a recalculation of many cells folds each distinct string once. */
export function resolveTerritory(name: unknown): TerritoryResolution {
  if (typeof name !== "string") return resolveTerritoryUncached(name);
  const hit = MEMO.get(name);
  if (hit) return hit;
  const result = resolveTerritoryUncached(name);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(name, result);
  return result;
}
