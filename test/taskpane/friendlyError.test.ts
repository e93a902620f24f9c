import { NameTakenError, SheetNameTakenError } from "../../src/excel/errors";
import { friendlyError } from "../../src/taskpane/friendlyError";

const office = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("friendlyError: by the error's type and code, never its wording, in the pane's language", () => {
  it("the add-in's own errors name what is taken, in English and Russian", () => {
    expect(friendlyError(new SheetNameTakenError(["Summary"]), "en")).toMatch(
      /^A sheet named 'Summary' already exists/
    );
    expect(friendlyError(new SheetNameTakenError(["Summary"]), "ru")).toMatch(
      /^Лист 'Summary' уже есть/
    );
    expect(friendlyError(new NameTakenError(["COVERAGE"]), "ru")).toMatch(
      /^Имя 'COVERAGE' уже занято/
    );
  });

  it("Office error codes decide the advice; the same wording without a code is not taken for one", () => {
    expect(friendlyError(office("RequestPayloadSizeLimitExceeded", "x"), "en")).toMatch(
      /Load fewer measures/
    );
    expect(friendlyError(office("ResponsePayloadSizeLimitExceeded", "x"), "ru")).toMatch(
      /слишком большой запрос/
    );
    expect(friendlyError(office("ApiNotFound", "Table.resize"), "en")).toMatch(
      /lacks a feature the add-in needs \(Table.resize\)/
    );
    expect(friendlyError(office("ItemNotFound", "CoverageData"), "ru")).toMatch(
      /удалено \(CoverageData\)/
    );
    expect(friendlyError(office("InvalidOperationInCellEditMode", "editing"), "en")).toMatch(
      /Excel is busy/
    );
    // A message that merely mentions a payload or ExcelApi, with no code: the general text.
    expect(friendlyError(new Error("payload of ExcelApi 1.13 ItemNotFound"), "en")).toBe(
      "payload of ExcelApi 1.13 ItemNotFound Nothing else was changed; try again, or reload the pane."
    );
    expect(friendlyError("plain", "ru")).toBe(
      "plain Больше ничего не изменено; повторите или перезапустите панель."
    );
  });
});
