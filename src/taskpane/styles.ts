import { type GriffelStyle, tokens } from "@fluentui/react-components";

/** A row of controls that wraps onto a second line rather than widen a 320 px pane. */
export const wrappingRow: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  columnGap: tokens.spacingHorizontalS,
  rowGap: tokens.spacingVerticalS,
};
