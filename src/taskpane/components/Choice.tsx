import {
  type FieldControlProps,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  useFieldContext_unstable,
  useFieldControlProps_unstable,
} from "@fluentui/react-components";
import * as React from "react";
import { nextActive } from "./choiceKeys";

/** One of a choice's values, as the pane names it (`lang`: the language its name is in, if not the pane's). */
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

const useStyles = makeStyles({
  root: { position: "relative", display: "inline-block", minWidth: "120px", maxWidth: "100%" },
  button: {
    ...typographyStyles.body1,
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  value: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  chevron: { flexShrink: 0, fill: "currentColor" },
  list: {
    position: "absolute",
    top: "calc(100% + 2px)",
    insetInlineStart: 0,
    zIndex: 10,
    minWidth: "100%",
    // Within a 320 px pane whatever side the choice sits on (see alignEnd).
    maxWidth: "calc(100vw - 16px)",
    maxHeight: "60vh",
    overflowY: "auto",
    boxSizing: "border-box",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  alignEnd: { insetInlineStart: "auto", insetInlineEnd: 0 },
  option: {
    ...typographyStyles.body1,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Hover },
  selected: { fontWeight: tokens.fontWeightSemibold },
});

/** A choice's open state, its active option and its keys (nextActive). */
function useChoiceState<T extends string>(
  choices: ReadonlyArray<ChoiceOption<T>>,
  value: T,
  onChange: (value: T) => void
) {
  const selected = Math.max(
    0,
    choices.findIndex((c) => c.value === value)
  );
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(selected);
  const show = (at: number) => {
    setActive(at);
    setOpen(true);
  };
  const pick = (at: number) => {
    setOpen(false);
    const chosen = choices[at];
    // Said even when it is the value shown: a value picked back while another is still on its
    // way (a language being fetched) is the user's last word, and the caller needs to hear it.
    if (chosen) onChange(chosen.value);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = nextActive(e.key, e, { open, active, labels: choices.map((c) => c.label) });
    if (step.kind === "none") return;
    // Tab picks and still moves the focus on.
    if (e.key !== "Tab") e.preventDefault();
    if (step.kind === "open") show(step.active ?? selected);
    else if (step.kind === "move") setActive(step.active);
    else if (step.kind === "close") setOpen(false);
    else pick(active);
  };
  const toggle = () => (open ? setOpen(false) : show(selected));
  const close = () => setOpen(false);
  return { selected, open, active, setActive, pick, toggle, close, onKeyDown };
}

type ChoiceState = ReturnType<typeof useChoiceState>;

/** The open list: its options, the active one marked for assistive technology by id. */
function ChoiceList<T extends string>({
  id,
  choices,
  state,
  labelId,
  label,
}: {
  id: string;
  choices: ReadonlyArray<ChoiceOption<T>>;
  state: ChoiceState;
  labelId?: string;
  label?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const list = React.useRef<HTMLDivElement>(null);
  const [alignEnd, setAlignEnd] = React.useState(false);
  // Opened near the pane's right edge (the language switch): the list opens leftwards instead.
  React.useLayoutEffect(() => {
    const box = list.current?.getBoundingClientRect();
    if (box && box.right > document.documentElement.clientWidth) setAlignEnd(true);
  }, []);
  React.useEffect(() => {
    document.getElementById(`${id}-${state.active}`)?.scrollIntoView?.({ block: "nearest" });
  }, [id, state.active]);
  return (
    <div
      ref={list}
      id={id}
      role="listbox"
      aria-label={labelId ? undefined : label}
      aria-labelledby={labelId}
      className={mergeClasses(styles.list, alignEnd && styles.alignEnd)}
    >
      {choices.map((c, i) => (
        <div
          key={c.value}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === state.selected}
          lang={c.lang}
          className={mergeClasses(
            styles.option,
            i === state.active && styles.active,
            i === state.selected && styles.selected
          )}
          // Keeps the focus (and so the list) on the button until the click has picked.
          onMouseDown={(e) => e.preventDefault()}
          onMouseEnter={() => state.setActive(i)}
          onClick={() => state.pick(i)}
        >
          {c.label}
        </div>
      ))}
    </div>
  );
}

/**
 * One choice among a few, as the WAI-ARIA "select-only combobox" (a button that opens a listbox),
 * in Fluent's look. It replaces Fluent's Dropdown, whose listbox, portal and positioning engine
 * cost the first screen some 30 KB gz; a list of at most a few dozen names needs none of them. It
 * reads and works as the Dropdown did: the same roles, the name from its Field or `label`, the same
 * keys (see nextActive), and a click outside (the button's blur) closes it.
 */
export function Choice<T extends string>({
  value,
  choices,
  onChange,
  className,
  label,
}: {
  value: T;
  choices: ReadonlyArray<ChoiceOption<T>>;
  onChange: (value: T) => void;
  className?: string;
  /** Its accessible name, where no Field labels it. */
  label?: string;
}): React.JSX.Element {
  const styles = useStyles();
  // The Field around it (if any) gives its id, label and hint.
  const field = useFieldControlProps_unstable<FieldControlProps>({}, { supportsLabelFor: true });
  const labelId = useFieldContext_unstable()?.labelId;
  const listId = `${React.useId()}-list`;
  const state = useChoiceState(choices, value, onChange);
  const shown = choices[state.selected];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <button
        type="button"
        role="combobox"
        id={field.id}
        aria-label={label}
        aria-labelledby={field["aria-labelledby"]}
        aria-describedby={field["aria-describedby"]}
        aria-haspopup="listbox"
        aria-expanded={state.open}
        aria-controls={listId}
        aria-activedescendant={state.open ? `${listId}-${state.active}` : undefined}
        className={styles.button}
        onMouseDown={(e) => {
          if (e.button !== 0) return;
          // The focus is set here, not by the browser: Safari does not focus a button it clicks
          // (without the focus, no blur would close the list), and on an open list it blurs the
          // button at this mousedown, which would close the list for the click to open it again.
          e.preventDefault();
          e.currentTarget.focus();
        }}
        onClick={state.toggle}
        onKeyDown={state.onKeyDown}
        onBlur={state.close}
      >
        <span className={styles.value} lang={shown?.lang}>
          {shown?.label}
        </span>
        <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden>
          <path d="M2.15 4.65a.5.5 0 0 1 .7 0L6 7.79l3.15-3.14a.5.5 0 1 1 .7.7l-3.5 3.5a.5.5 0 0 1-.7 0l-3.5-3.5a.5.5 0 0 1 0-.7Z" />
        </svg>
      </button>
      {state.open && (
        <ChoiceList id={listId} choices={choices} state={state} labelId={labelId} label={label} />
      )}
    </div>
  );
}
