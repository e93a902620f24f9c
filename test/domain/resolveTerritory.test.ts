import { resolveTerritory, resolveTerritoryUncached } from "../../src/domain/resolveTerritory";
import { territoriesAt, TERRITORIES } from "../../src/domain/territories";

function idOf(name: string): string {
  const r = resolveTerritory(name);
  if (!r.ok) throw new Error(`'${name}' did not resolve: ${r.message}`);
  return r.territory.id;
}

describe("resolveTerritory", () => {
  it.each([
    ["Алматы", "KZ-75"],
    ["г. Алматы", "KZ-75"],
    ["г.Алматы", "KZ-75"],
    ["город Алматы", "KZ-75"],
    ["Almaty", "KZ-75"],
    ["KZ-ALA", "KZ-75"],
    ["kz-75", "KZ-75"],
    ["Алматинская", "KZ-19"],
    ["Алматинская область", "KZ-19"],
    ["Алматинская обл.", "KZ-19"],
    ["в Алматинской области", "KZ-19"],
    ["Алматы облысы", "KZ-19"],
    ["Almaty Region", "KZ-19"],
    ["Almaty oblysy", "KZ-19"],
    ["ВКО", "KZ-63"],
    ["вко", "KZ-63"],
    ["East Kazakhstan Region", "KZ-63"],
    ["Шығыс Қазақстан облысы", "KZ-63"],
    ["ЗКО", "KZ-27"],
    ["СКО", "KZ-59"],
    ["Абай", "KZ-10"],
    ["область Абай", "KZ-10"],
    ["Абайская область", "KZ-10"],
    ["Жетысу", "KZ-33"],
    ["Жетісу", "KZ-33"],
    ["Жетысуская", "KZ-33"],
    ["Улытау", "KZ-62"],
    ["Ұлытау", "KZ-62"],
    ["Улытауская", "KZ-62"],
    ["Актобе", "city:aktobe"],
    ["Актюбинская", "KZ-15"],
    ["Ақтөбе облысы", "KZ-15"],
    ["Кызылорда", "city:kyzylorda"],
    ["Кызылординская", "KZ-43"],
    ["Туркестан", "city:turkistan"],
    ["Туркестанская", "KZ-61"],
    ["Павлодар", "city:pavlodar-ekibastuz"],
    ["Павлодарская", "KZ-55"],
    ["Караганда", "city:karaganda-temirtau"],
    ["Темиртау", "city:karaganda-temirtau"],
    ["гг. Караганда и Темиртау", "city:karaganda-temirtau"],
    ["Караганда и Темиртау", "city:karaganda-temirtau"],
    ["Кульсары", "city:atyrau-kulsary"],
    ["Экибастуз", "city:pavlodar-ekibastuz"],
    ["Өскемен", "city:oskemen"],
    ["Усть-Каменогорск", "city:oskemen"],
    ["Усть Каменогорск", "city:oskemen"],
    ["Oral", "city:oral"],
    ["Уральск", "city:oral"],
    ["Семей", "city:semey"],
    ["Конаев", "city:konaev"],
    ["Қонаев", "city:konaev"],
    ["Петропавл", "city:petropavl"],
    ["Нур-Султан", "KZ-71"],
    ["Казахстан", "KZ"],
    ["Kazakhstan", "KZ"],
    ["РК", "KZ"],
    ["all", "KZ"],
  ])("%s → %s", (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it("folds case, spaces, non-breaking spaces and ё/е", () => {
    expect(idOf("  АЛМАТЫ  ")).toBe("KZ-75");
    expect(idOf("г.\u00A0Алматы")).toBe("KZ-75");
    expect(idOf("Семёй")).toBe("city:semey");
    expect(idOf("гг.  Караганда\u00A0и  Темиртау")).toBe("city:karaganda-temirtau");
  });

  it("reads Latin look-alike letters typed inside Cyrillic words", () => {
    // "Алматы" with Latin A and a; "Костанай" with Latin o and a.
    expect(idOf("Aлмaты")).toBe("KZ-75");
    expect(idOf("Кoстaнaй")).toBe("city:kostanay-rudny");
  });

  it("reads Russian look-alikes for Kazakh letters", () => {
    expect(idOf("Қызылорда")).toBe("city:kyzylorda");
    expect(idOf("Жаңаөзен")).toBe("city:aktau-zhanaozen");
    expect(idOf("Жанаозен")).toBe("city:aktau-zhanaozen");
  });

  it("answers an unknown name with the closest candidates", () => {
    const r = resolveTerritory("Алмата");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("unknown");
    expect(r.message).toBe(
      "Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?"
    );
  });

  it("answers a name shared by several territories with the options, never a guess", () => {
    const r = resolveTerritory("Казахстанская");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("ambiguous");
    expect(r.message).toBe(
      "Territory 'Казахстанская' is ambiguous: it could be Восточно-Казахстанская область, Западно-Казахстанская область, Северо-Казахстанская область, Туркестанская область."
    );
    const en = resolveTerritory("Kazakhstan Region");
    expect(en.ok ? en.territory.id : en.code).toBe("ambiguous");
    if (!en.ok) expect(en.candidates.map((t) => t.id).sort()).toEqual(["KZ-27", "KZ-59", "KZ-63"]);
  });

  it("suggests nothing for a name far from any territory", () => {
    const r = resolveTerritory("Москва");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe("Unknown territory 'Москва'.");
  });

  it("says an empty name is missing", () => {
    const r = resolveTerritory("   ");
    expect(r.ok ? "ok" : r.code).toBe("empty");
  });

  it("never guesses between a city and a region when the name says 'city' or 'region' of something that has only the other", () => {
    // Абай is only a region: "город Абай" is not it.
    const r = resolveTerritory("город Абай");
    expect(r.ok).toBe(false);
  });

  it("resolves every territory's own display name to itself", () => {
    for (const t of TERRITORIES) expect(idOf(t.nameRu)).toBe(t.id);
  });

  it("memoizes without changing answers", () => {
    for (const name of ["Алматы", "Алмата", "ВКО"]) {
      expect(resolveTerritory(name)).toEqual(resolveTerritoryUncached(name));
      expect(resolveTerritory(name)).toBe(resolveTerritory(name));
    }
  });

  it("lists 20 regions and 20 city groups (25 cities)", () => {
    expect(territoriesAt("region")).toHaveLength(20);
    const cities = territoriesAt("city");
    expect(cities).toHaveLength(20);
    expect(cities.flatMap((c) => c.cities)).toHaveLength(25);
  });
});
