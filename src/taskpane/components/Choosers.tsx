import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import { type Measure, MEASURE_IDS } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import { ALL_TYPES } from "../../workbook/layout";
import { useNames, useStrings } from "../i18n";

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
      <Dropdown
        className={controlClassName}
        value={label(value)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange((d.optionValue as T | undefined) ?? value)}
      >
        {[...(all ? (["all"] as const) : []), ...MEASURE_IDS].map((m) => (
          <Option key={m} value={m} text={label(m)}>
            {label(m)}
          </Option>
        ))}
      </Dropdown>
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
      <Dropdown
        className={controlClassName}
        value={names.orgType(value)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange((d.optionValue as OrgTypeOrAll | undefined) ?? value)}
      >
        {ALL_TYPES.map((o) => (
          <Option key={o} value={o} text={names.orgType(o)}>
            {names.orgType(o)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
