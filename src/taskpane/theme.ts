import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";

/**
 * Office's theme (its body background) decides light or dark. Without one (the standalone
 * preview, a plain browser), `prefersDark` does: the browser's colour scheme, as the static shell.
 */
export function themeFor(bodyBackgroundColor: string | undefined, prefersDark = false): Theme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return prefersDark ? webDarkTheme : webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}

const DARK = "(prefers-color-scheme: dark)";

/** Whether the browser asks for a dark page (and follows it as it changes); false where it cannot tell. */
export function usePrefersDark(enabled: boolean): boolean {
  const query = React.useMemo(
    () =>
      enabled && typeof window !== "undefined" && typeof window.matchMedia === "function"
        ? window.matchMedia(DARK)
        : null,
    [enabled]
  );
  const [dark, setDark] = React.useState(() => query?.matches ?? false);
  React.useEffect(() => {
    if (!query) return;
    const update = () => setDark(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, [query]);
  return query !== null && dark;
}
