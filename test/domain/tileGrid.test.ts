import {
  MAP_COLUMNS,
  MAP_ROWS,
  mapTiles,
  tileLabelLines,
  tileName,
  tileOf,
} from "../../src/domain/tileGrid";
import { LANGS } from "../../src/domain/lang";
import { resolveTerritory } from "../../src/domain/resolveTerritory";
import { territoriesAt, territoryById } from "../../src/domain/territories";

describe("tile-grid map of Kazakhstan", () => {
  for (const level of ["region", "city"] as const) {
    it(`places each of the 20 ${level} territories on its own tile inside the grid`, () => {
      const tiles = mapTiles(level);
      expect(tiles.map((t) => t.territoryId)).toEqual(territoriesAt(level).map((t) => t.id));
      expect(tiles).toHaveLength(20);
      const places = new Set(tiles.map((t) => `${t.col},${t.row}`));
      expect(places.size).toBe(20);
      for (const t of tiles) {
        expect(t.col).toBeGreaterThanOrEqual(0);
        expect(t.col).toBeLessThan(MAP_COLUMNS);
        expect(t.row).toBeGreaterThanOrEqual(0);
        expect(t.row).toBeLessThan(MAP_ROWS);
      }
    });
  }

  it("puts a city group on its region's tile", () => {
    for (const tile of mapTiles("city")) {
      const region = territoryById(territoryById(tile.territoryId)!.regionId)!;
      const regionTile = tileOf("region", region.id)!;
      expect([tile.col, tile.row]).toEqual([regionTile.col, regionTile.row]);
    }
  });

  it("keeps geography: the west is left of the east, the north above the south", () => {
    const at = (id: string) => tileOf("region", id)!;
    expect(at("KZ-27").col).toBeLessThan(at("KZ-63").col); // Oral west of Oskemen
    expect(at("KZ-47").col).toBeLessThan(at("KZ-75").col); // Aktau west of Almaty
    expect(at("KZ-59").row).toBeLessThan(at("KZ-79").row); // Petropavl north of Shymkent
    expect(at("KZ-71").row).toBeLessThan(at("KZ-75").row); // Astana north of Almaty
  });

  it("names every tile with a real name, in at most two lines of whole words or a hyphenated half, that resolves back to its territory", () => {
    for (const level of ["region", "city"] as const)
      for (const tile of mapTiles(level)) {
        const t = territoryById(tile.territoryId)!;
        for (const lang of LANGS) {
          const name = tileName(t, lang);
          const lines = tileLabelLines(name, 5);
          const resolved = resolveTerritory(name);
          expect({
            id: t.id,
            lang,
            name,
            resolvesTo: resolved.ok ? resolved.territory.id : null,
          }).toEqual({
            id: t.id,
            lang,
            name,
            resolvesTo: t.id,
          });
          expect(lines.length).toBeLessThanOrEqual(2);
          // The lines give the name back: no letter lost (a hyphen added at a break aside).
          expect(lines.join("").replace(/[\s-]/g, "")).toBe(name.replace(/[\s-]/g, ""));
          // No abbreviation cut mid-word with a dot ("Karag.", "Alm. R").
          expect(name).not.toMatch(/\p{L}\.(\s|$)/u);
        }
      }
    const vko = territoryById("KZ-63")!;
    expect(LANGS.map((lang) => tileName(vko, lang))).toEqual(["East Kazakhstan", "ВКО", "ШҚО"]);
    expect(tileLabelLines("Карагандинская", 5)).toEqual(["Караган-", "динская"]);
    expect(tileLabelLines("Усть-Каменогорск", 5)).toEqual(["Усть-", "Каменогорск"]);
    expect(tileLabelLines("Aktobe Region", 5)).toEqual(["Aktobe", "Region"]);
  });

  it("answers undefined for a territory the level's map does not show", () => {
    expect(tileOf("region", "city:semey")).toBeUndefined();
    expect(tileOf("city", "KZ-11")).toBeUndefined();
    expect(tileOf("region", "nowhere")).toBeUndefined();
  });
});
