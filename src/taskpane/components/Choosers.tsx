import { Field } from "@fluentui/react-components";
import * as React from "react";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import { ALL_TYPES, type OrgTypeOrAll } from "../../domain/orgTypes";
import { useNames, useStrings } from "../i18n";
import { Choice } from "./Choice";

interface ChooserProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  className?: string;
  controlClassName?: string;
}

/** A measure, by its name in the pane's language (`all`: an "All" choice first, for filters). */
export function MeasureDropdown<T extends Measure | "all">({
  value,
  onChange,
  all,
  className,
  controlClassName,
}: ChooserProps<T> & { all?: boolean }): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const label = (m: Measure | "all") => (m === "all" ? t.all : names.measure(m));
  return (
    <Field label={t.measure} className={className}>
      <Choice
        className={controlClassName}
        value={value}
        onChange={onChange}
        choices={[...(all ? (["all"] as const) : []), ...MEASURE_IDS].map((m) => ({
          value: m as T,
          label: label(m),
        }))}
      />
    </Field>
  );
}

/** An organisation type, or all of them, by its name in the pane's language. */
export function OrgTypeDropdown({
  value,
  onChange,
  className,
  controlClassName,
}: ChooserProps<OrgTypeOrAll>): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  return (
    <Field label={t.orgType} className={className}>
      <Choice
        className={controlClassName}
        value={value}
        onChange={onChange}
        choices={ALL_TYPES.map((o) => ({ value: o, label: names.orgType(o) }))}
      />
    </Field>
  );
}
