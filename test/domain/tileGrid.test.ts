import { MAP_COLUMNS, MAP_ROWS, mapTiles, tileOf } from "../../src/domain/tileGrid";
import { SHORT_NAMES } from "../../src/domain/gazetteerData";
import { LANGS } from "../../src/domain/lang";
import { shortName, territoriesAt, territoryById } from "../../src/domain/territories";

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

  it("gives every tile's territory a listed short name of at most six characters, in each language", () => {
    for (const level of ["region", "city"] as const)
      for (const tile of mapTiles(level)) {
        const t = territoryById(tile.territoryId)!;
        for (const lang of LANGS) {
          const short = shortName(t, lang);
          expect({ id: t.id, lang, fits: short.length <= 6 }).toEqual({
            id: t.id,
            lang,
            fits: true,
          });
          // Listed, not the fallback cut of the full name.
          expect({ id: t.id, lang, short }).toEqual({
            id: t.id,
            lang,
            short: SHORT_NAMES[t.id]?.[lang],
          });
        }
      }
    const vko = territoryById("KZ-63")!;
    expect(LANGS.map((lang) => shortName(vko, lang))).toEqual(["E Kaz", "ВКО", "ШҚО"]);
  });

  it("answers undefined for a territory the level's map does not show", () => {
    expect(tileOf("region", "city:semey")).toBeUndefined();
    expect(tileOf("city", "KZ-11")).toBeUndefined();
    expect(tileOf("region", "nowhere")).toBeUndefined();
  });
});
