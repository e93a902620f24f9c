import {
  counted,
  formatNumber,
  formatPercent,
  formatSigned,
  plural,
} from "../../src/domain/numbers";

describe("numbers and counted words, as each language writes them (Intl)", () => {
  it("decimal commas and no-break thousands in Russian and Kazakh; the English point", () => {
    expect(formatPercent("en", 0.171)).toBe("17.1%");
    expect(formatPercent("ru", 0.171)).toBe("17,1\u00a0%");
    expect(formatPercent("kk", 0.171)).toBe("17,1%");
    expect(formatSigned("ru", 20.5)).toBe("+20,5");
    expect(formatSigned("kk", -3.25, 1)).toBe("-3,3");
    expect(formatSigned("en", 0)).toBe("0.0");
    expect(formatNumber("en", 1832)).toBe("1,832");
    expect(formatNumber("ru", 1832)).toBe("1\u00a0832");
    expect(formatNumber("kk", 1832)).toBe("1\u00a0832");
  });

  it("Russian plural forms by CLDR: 1 строка, 3 строки, 5 строк, 21 строка, 11 строк", () => {
    const forms = { one: "строка", few: "строки", many: "строк", other: "строки" };
    expect([1, 3, 5, 21, 11, 73, 62, 1.5].map((n) => plural("ru", n, forms))).toEqual([
      "строка",
      "строки",
      "строк",
      "строка",
      "строк",
      "строки",
      "строки",
      "строки",
    ]);
    expect(
      counted("ru", 73, {
        one: "показатель",
        few: "показателя",
        many: "показателей",
        other: "показателя",
      })
    ).toBe("73 показателя");
  });

  it("Kazakh keeps the noun singular after a numeral; English one/other", () => {
    expect([1, 5].map((n) => counted("kk", n, { other: "аумақ" }))).toEqual(["1 аумақ", "5 аумақ"]);
    expect([1, 2].map((n) => counted("en", n, { one: "row", other: "rows" }))).toEqual([
      "1 row",
      "2 rows",
    ]);
  });
});
