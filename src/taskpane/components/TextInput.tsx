import {
  type FieldControlProps,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  useFieldControlProps_unstable,
} from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  input: {
    ...typographyStyles.body1,
    boxSizing: "border-box",
    minHeight: "32px",
    maxWidth: "100%",
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ":focus-visible": {
      outline: "none",
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}`,
    },
  },
  invalid: { borderBottomColor: tokens.colorPaletteRedBorder2 },
});

/**
 * A line of text in Fluent's look: a native input that takes its id, label, hint and validity from
 * the Field around it. Fluent's Input adds slots for icons the pane never shows, and some 4 KB gz
 * to the Data tab's first screen.
 */
export function TextInput({
  value,
  onChange,
  placeholder,
  inputMode,
  className,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputMode?: "decimal" | "text";
  className?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const field = useFieldControlProps_unstable<FieldControlProps>({}, { supportsLabelFor: true });
  return (
    <input
      type="text"
      {...field}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={placeholder}
      inputMode={inputMode}
      className={mergeClasses(
        styles.input,
        field["aria-invalid"] === true && styles.invalid,
        className
      )}
    />
  );
}
