import { type GriffelStyle, tokens } from "@fluentui/react-components";

/** A row of controls that wraps onto a second line rather than widen a 320 px pane. */
export const wrappingRow: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  columnGap: tokens.spacingHorizontalS,
  rowGap: tokens.spacingVerticalS,
};

/** A preview's parts: a heading, a paragraph, a list of findings (the Import preview, the Changes view). */
export const reviewParts: Record<"heading" | "paragraph" | "list", GriffelStyle> = {
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  paragraph: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
};
