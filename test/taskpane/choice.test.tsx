/**
 * @jest-environment jsdom
 */
/**
 * The pane's one choice control (a select-only combobox in place of Fluent's Dropdown) works as
 * the WAI-ARIA pattern says: named by its Field, opened and driven by the keys, picking by click,
 * closing on Escape or a click elsewhere, and telling assistive technology which option is active.
 */
import { Field, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import { Choice } from "../../src/taskpane/components/Choice";
import { nextActive } from "../../src/taskpane/components/choiceKeys";

const CHOICES = [
  { value: "kk", label: "Қазақша", lang: "kk" },
  { value: "ru", label: "Русский", lang: "ru" },
  { value: "en", label: "English", lang: "en" },
] as const;
type Code = (typeof CHOICES)[number]["value"];

function renderChoice(label?: string) {
  const picked: Code[] = [];
  function Harness() {
    const [value, setValue] = React.useState<Code>("ru");
    const choice = (
      <Choice
        value={value}
        choices={CHOICES}
        label={label}
        onChange={(v) => {
          picked.push(v);
          setValue(v);
        }}
      />
    );
    return (
      <FluentProvider theme={webLightTheme}>
        {label ? choice : <Field label="Language">{choice}</Field>}
        <button type="button">elsewhere</button>
      </FluentProvider>
    );
  }
  render(<Harness />);
  return { picked, combobox: screen.getByRole("combobox", { name: label ?? "Language" }) };
}

describe("a choice", () => {
  it("is named by its Field, shows its value, and opens a list named as it is", () => {
    const { combobox } = renderChoice();
    expect(combobox.textContent).toBe("Русский");
    expect(combobox.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("listbox")).toBeNull();
    fireEvent.click(combobox);
    const list = screen.getByRole("listbox", { name: "Language" });
    expect(combobox.getAttribute("aria-controls")).toBe(list.id);
    expect(screen.getByRole("option", { selected: true }).textContent).toBe("Русский");
    expect(combobox.getAttribute("aria-activedescendant")).toBe(
      screen.getByRole("option", { name: "Русский" }).id
    );
  });

  it("picks by click, and a click elsewhere (its blur) closes it unchanged", () => {
    const { combobox, picked } = renderChoice("Тіл");
    fireEvent.click(combobox);
    fireEvent.click(screen.getByRole("option", { name: "English" }));
    expect(picked).toEqual(["en"]);
    expect(combobox.textContent).toBe("English");
    expect(screen.queryByRole("listbox")).toBeNull();
    // A click elsewhere: its mousedown moves the focus there, and the combobox's blur closes it.
    fireEvent.mouseDown(combobox);
    fireEvent.click(combobox);
    expect(screen.getByRole("listbox")).toBeTruthy();
    const elsewhere = screen.getByRole("button", { name: "elsewhere" });
    fireEvent.mouseDown(elsewhere);
    act(() => elsewhere.focus());
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(picked).toEqual(["en"]);
  });

  it("takes the focus at its own mousedown and keeps it, so that a click on it closes the open list (Safari)", () => {
    const { combobox } = renderChoice();
    // false: the default (the browser's own focus move, a blur in WebKit) was prevented.
    expect(fireEvent.mouseDown(combobox)).toBe(false);
    expect(document.activeElement).toBe(combobox);
    fireEvent.click(combobox);
    expect(screen.getByRole("listbox")).toBeTruthy();
    expect(fireEvent.mouseDown(combobox)).toBe(false);
    expect(document.activeElement).toBe(combobox);
    fireEvent.click(combobox);
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("says a pick of the value it shows too: the last word when another is still on its way", () => {
    const { combobox, picked } = renderChoice();
    fireEvent.click(combobox);
    fireEvent.click(screen.getByRole("option", { name: "Русский" }));
    expect(picked).toEqual(["ru"]);
  });

  it("passes Ctrl or Cmd with a letter on: no list opens", () => {
    const { combobox } = renderChoice();
    fireEvent.keyDown(combobox, { key: "e", ctrlKey: true });
    fireEvent.keyDown(combobox, { key: "e", metaKey: true });
    expect(screen.queryByRole("listbox")).toBeNull();
    fireEvent.keyDown(combobox, { key: "e" });
    expect(screen.getByRole("listbox")).toBeTruthy();
  });

  it("works from the keyboard: Down opens, Down moves, Enter picks; Escape leaves it as it was", () => {
    const { combobox, picked } = renderChoice();
    fireEvent.keyDown(combobox, { key: "ArrowDown" });
    expect(screen.getByRole("listbox")).toBeTruthy();
    fireEvent.keyDown(combobox, { key: "ArrowDown" });
    expect(combobox.getAttribute("aria-activedescendant")).toBe(
      screen.getByRole("option", { name: "English" }).id
    );
    fireEvent.keyDown(combobox, { key: "Enter" });
    expect(picked).toEqual(["en"]);
    fireEvent.keyDown(combobox, { key: "Home" });
    fireEvent.keyDown(combobox, { key: "Escape" });
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(picked).toEqual(["en"]);
    expect(combobox.textContent).toBe("English");
  });
});

describe("a choice's keys", () => {
  const labels = ["Қазақша", "Русский", "English"];
  it.each([
    [false, 1, "ArrowDown", { kind: "open" }],
    [false, 1, "End", { kind: "open", active: 2 }],
    [false, 1, "e", { kind: "open", active: 2 }],
    [false, 1, "x", { kind: "none" }],
    [true, 2, "ArrowDown", { kind: "move", active: 2 }],
    [true, 0, "ArrowUp", { kind: "move", active: 0 }],
    [true, 0, "PageDown", { kind: "move", active: 2 }],
    [true, 0, "р", { kind: "move", active: 1 }],
    [true, 1, "Tab", { kind: "pick" }],
    [true, 1, "Escape", { kind: "close" }],
  ] as const)("open %s at %i: %s → %j", (open, active, key, step) => {
    expect(nextActive(key, { altKey: false }, { open, active, labels })).toEqual(step);
  });

  it.each([
    [false, "e", { ctrlKey: true }],
    [false, "ArrowDown", { metaKey: true }],
    [true, "р", { ctrlKey: true }],
    [true, "Enter", { metaKey: true }],
  ] as const)("open %s: %s with %j is the browser's shortcut, passed on", (open, key, mods) => {
    expect(nextActive(key, { altKey: false, ...mods }, { open, active: 1, labels })).toEqual({
      kind: "none",
    });
  });
});
