/**
 * Every name the add-in shows or writes for a measure, a type or a territory, in any of its three
 * languages, resolves back to what it names: users copy what they see into formulas
 * (=EDU.COVERAGE("ШҚО";"мектеп";"түйме")). Gathered from the very functions that show them: the
 * pane's and the workbook's names (domain), the card's (analysis), the map's tiles, the workbook's
 * territory names, and the short forms they use.
 */
import { cardMeasureName, cardTypeName } from "../../src/analysis/territoryCard";
import { LANGS, measureName } from "../../src/domain/lang";
import { MEASURE_IDS, resolveMeasure } from "../../src/domain/measures";
import { ORG_TYPE_NAMES, ORG_TYPES, resolveOrgType } from "../../src/domain/orgTypes";
import { resolveTerritory } from "../../src/domain/resolveTerritory";
import { mapTiles, tileName } from "../../src/domain/tileGrid";
import { TERRITORIES, territoryName } from "../../src/domain/territories";
import { workbookTerritoryName } from "../../src/workbook/territoryNames";

const TYPES = [...ORG_TYPES, "all"] as const;

describe("every label shown resolves back to what it names", () => {
  it.each(LANGS)("measures, as the pane, the workbook and the card name them (%s)", (lang) => {
    for (const m of MEASURE_IDS)
      for (const label of [measureName(m, lang), cardMeasureName(m, lang)]) {
        const got = resolveMeasure(label);
        expect({ label, got: got.ok ? got.value : got.message }).toEqual({ label, got: m });
      }
  });

  it.each(LANGS)("types, as the pane, the workbook and the card name them (%s)", (lang) => {
    for (const o of TYPES)
      for (const label of [ORG_TYPE_NAMES[o][lang], cardTypeName(o, lang)]) {
        const got = resolveOrgType(label);
        expect({ label, got: got.ok ? got.value : got.message }).toEqual({ label, got: o });
      }
  });

  it.each(LANGS)("territories, as the pane, the workbook and the map name them (%s)", (lang) => {
    const labels: Array<[string, string]> = [];
    for (const t of TERRITORIES) {
      labels.push([territoryName(t, lang), t.id]);
      if (lang !== "en") labels.push([workbookTerritoryName(t.id, undefined, lang), t.id]);
    }
    for (const level of ["region", "city"] as const)
      for (const tile of mapTiles(level)) {
        const t = TERRITORIES.find((x) => x.id === tile.territoryId)!;
        labels.push([tileName(t, lang), t.id]);
      }
    for (const [label, id] of labels) {
      const got = resolveTerritory(label);
      expect({ label, got: got.ok ? got.territory.id : got.message }).toEqual({ label, got: id });
    }
  });

  it("the short forms the pane and the card use", () => {
    const short: Array<[string, string]> = [
      ["ЖБО", "video"],
      ["түйме", "panic"],
      ["өткізу жүйесі", "turnstile"],
      ["ЦОУ", "video"],
    ];
    for (const [label, m] of short) {
      const got = resolveMeasure(label);
      expect({ label, got: got.ok ? got.value : got.message }).toEqual({ label, got: m });
    }
    for (const label of ["барлық түрлері", "барлық түрлер", "все типы"]) {
      const got = resolveOrgType(label);
      expect({ label, got: got.ok ? got.value : got.message }).toEqual({ label, got: "all" });
    }
  });
});
