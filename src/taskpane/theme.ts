import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Office's theme (its body background) decides light or dark. */
export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
