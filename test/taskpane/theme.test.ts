import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { initialLang } from "../../src/taskpane/i18n";
import { themeFor } from "../../src/taskpane/theme";

describe("the pane follows Office", () => {
  it("dark Office theme → dark Fluent theme, light or unknown → light", () => {
    expect(themeFor("#1f1f1f")).toBe(webDarkTheme);
    expect(themeFor("#FFFFFF")).toBe(webLightTheme);
    expect(themeFor("#e6e6e6")).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });

  it("without Office's theme (the standalone preview) the browser's colour scheme decides", () => {
    expect(themeFor(undefined, true)).toBe(webDarkTheme);
    expect(themeFor(undefined, false)).toBe(webLightTheme);
    expect(themeFor("#ffffff", true)).toBe(webLightTheme); // Office's, when it tells
  });

  it("speaks Kazakh to Kazakh Office, Russian to Russian, English otherwise", () => {
    expect(initialLang("kk-KZ")).toBe("kk");
    expect(initialLang("kk")).toBe("kk");
    expect(initialLang("ru-RU")).toBe("ru");
    expect(initialLang("ru-KZ")).toBe("ru");
    expect(initialLang("en-US")).toBe("en");
    expect(initialLang("de-DE")).toBe("en");
    expect(initialLang(undefined)).toBe("en");
  });
});
