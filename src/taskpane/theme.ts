import {
  FluentProvider,
  type Theme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";

/**
 * The pane's one decision between light and dark. Office's theme (its body background) decides.
 * Without one (the standalone preview, a plain browser), `prefersDark` does: the browser's colour
 * scheme, as the static shell.
 */
export function isDarkTheme(bodyBackgroundColor: string | undefined, prefersDark = false): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return prefersDark;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5;
}

/** Fluent's theme for the decision above. */
export const fluentTheme = (dark: boolean): Theme => (dark ? webDarkTheme : webLightTheme);

/** Fluent's theme for Office's body background (or the browser's scheme): see isDarkTheme. */
export function themeFor(bodyBackgroundColor: string | undefined, prefersDark = false): Theme {
  return fluentTheme(isDarkTheme(bodyBackgroundColor, prefersDark));
}

/**
 * Whether the pane is dark, as App decided it (isDarkTheme), for what draws its own colours (the
 * map's scale). Outside App: light, as Fluent's default.
 */
export const DarkThemeContext = React.createContext(false);

/** The pane's decision: dark or not (DarkThemeContext). */
export function useDarkTheme(): boolean {
  return React.useContext(DarkThemeContext);
}

/** Fluent's theme and DarkThemeContext, both from the one decision `dark` (isDarkTheme). */
export function PaneTheme({
  dark,
  children,
}: {
  dark: boolean;
  children?: React.ReactNode;
}): React.JSX.Element {
  return React.createElement(
    DarkThemeContext.Provider,
    { value: dark },
    React.createElement(FluentProvider, { theme: fluentTheme(dark) }, children)
  );
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
