/**
 * Words a printed page broke at its lines' ends, joined again (src/report/reflow.ts), as Poppler
 * gives Chromium's print: a hyphen drawn for a soft one comes as both, and the moved-up piece may
 * hold another soft hyphen where the browser could have broken it again.
 */
import { joinBrokenWords, plainCharacters } from "../../src/report/reflow";

const joined = (...lines: string[]) => {
  const out = lines.map(plainCharacters);
  joinBrokenWords(out);
  return out;
};

describe("joining a word broken at a line's end", () => {
  it("drops a soft hyphen drawn as a hyphen, and keeps a real one before a capital", () => {
    expect(joined("г. Павло\u00AD\u2010", "дар и Экибастуз")).toEqual([
      "г. Павлодар",
      "и Экибастуз",
    ]);
    expect(joined("г. Усть-", "Каменогорск (37)")).toEqual(["г. Усть-Каменогорск", "(37)"]);
  });

  it("moves up the whole rest of the word, soft hyphens inside it too", () => {
    expect(
      joined("которые обеспечены системами видео\u00AD\u2010", "наблю\u00ADдения. По состоянию")
    ).toEqual(["которые обеспечены системами видеонаблюдения", ". По состоянию"]);
    expect(joined("в 5,985 орган\u00AD", "иза\u00ADциях образования")).toEqual([
      "в 5,985 организациях",
      "образования",
    ]);
  });
});
