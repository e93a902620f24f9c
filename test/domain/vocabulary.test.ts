import { resolveMeasure } from "../../src/domain/measures";
import { resolveOrgType } from "../../src/domain/orgTypes";

const value = (r: { ok: boolean; value?: string; message?: string }) =>
  r.ok ? r.value : `error: ${r.message}`;

describe("resolveMeasure", () => {
  it.each([
    ["video", "video"],
    ["ВИДЕО", "video"],
    ["ЦОУ", "video"],
    ["видеонаблюдение", "video"],
    ["guard", "guard"],
    ["охрана", "guard"],
    ["Лицензированная охрана", "guard"],
    ["panic", "panic"],
    ["panic_button", "panic"],
    ["Panic Button", "panic"],
    ["alarm", "panic"],
    ["тревожная кнопка", "panic"],
    ["тревожные кнопки", "panic"],
    ["кнопка", "panic"],
    ["turnstile", "turnstile"],
    ["Turnstiles", "turnstile"],
    ["турникет", "turnstile"],
    ["турникеты", "turnstile"],
    ["турникетов", "turnstile"],
    ["пропускная система", "turnstile"],
  ])("%s → %s", (text, expected) => {
    expect(value(resolveMeasure(text))).toBe(expected);
  });

  it("lists the accepted values for an unknown measure", () => {
    expect(value(resolveMeasure("fence"))).toBe(
      "error: Unknown measure 'fence'. Accepted: video, guard, panic, turnstile."
    );
  });

  it("rejects an empty or non-text argument", () => {
    expect(resolveMeasure("").ok).toBe(false);
    expect(resolveMeasure(undefined).ok).toBe(false);
    expect(resolveMeasure(42).ok).toBe(false);
  });
});

describe("resolveOrgType", () => {
  it.each([
    ["kindergarten", "kindergarten"],
    ["Kindergartens", "kindergarten"],
    ["kg", "kindergarten"],
    ["KG", "kindergarten"],
    ["детсад", "kindergarten"],
    ["детсады", "kindergarten"],
    ["детский сад", "kindergarten"],
    ["дошкольные", "kindergarten"],
    ["school", "school"],
    ["Schools", "school"],
    ["школа", "school"],
    ["школы", "school"],
    ["college", "college"],
    ["колледж", "college"],
    ["колледжи", "college"],
    ["колледжей", "college"],
    ["all", "all"],
    ["ALL", "all"],
    ["все", "all"],
  ])("%s → %s", (text, expected) => {
    expect(value(resolveOrgType(text))).toBe(expected);
  });

  it("lists the accepted values for an unknown type", () => {
    expect(value(resolveOrgType("university"))).toBe(
      "error: Unknown organisation type 'university'. Accepted: kindergarten, school, college, all."
    );
  });
});
