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
import type { Level } from "./measures";
import { territoriesAt, territoryById } from "./territories";

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
