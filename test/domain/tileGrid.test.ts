import { MAP_COLUMNS, MAP_ROWS, mapTiles, tileOf } from "../../src/domain/tileGrid";
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

  it("answers undefined for a territory the level's map does not show", () => {
    expect(tileOf("region", "city:semey")).toBeUndefined();
    expect(tileOf("city", "KZ-11")).toBeUndefined();
    expect(tileOf("region", "nowhere")).toBeUndefined();
  });
});
