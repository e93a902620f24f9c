import { NameTakenError, RestoreFailedError, SheetNameTakenError } from "../../src/excel/errors";
import { HostError, notice } from "../../src/host/hostMessages";
import { friendlyError } from "../../src/taskpane/friendlyError";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

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
      /Finish editing the cell \(press Enter or Esc\), then try again\.$/
    );
    expect(friendlyError(office("InvalidOperationInCellEditMode", "editing"), "ru")).toMatch(
      /Завершите ввод \(Enter или Esc\) и повторите\.$/
    );
    expect(friendlyError(office("InvalidOperationInCellEditMode", "editing"), "kk")).toMatch(
      /Ұяшықты өңдеуді аяқтаңыз/
    );
    // A message that merely mentions a payload or ExcelApi, with no code: the general text.
    expect(friendlyError(new Error("payload of ExcelApi 1.13 ItemNotFound"), "en")).toBe(
      "payload of ExcelApi 1.13 ItemNotFound Nothing else was changed; try again, or reload the pane."
    );
    expect(friendlyError("plain", "ru")).toBe(
      "plain Больше ничего не изменено; повторите или перезапустите панель."
    );
    // Kazakh: its own text for each kind, the detail kept.
    expect(friendlyError(office("RequestPayloadSizeLimitExceeded", "x"), "kk")).toMatch(
      /^Excel сұранысты тым үлкен деп қабылдамады\./
    );
    expect(friendlyError(office("ItemNotFound", "CoverageData"), "kk")).toBe(
      "Қондырма жазған нәрсе жойылған (CoverageData). Деректерді жұмыс кітабына қайта жүктеңіз."
    );
    expect(friendlyError(office("Conflict", "editing"), "kk")).toMatch(
      /^Excel бос емес \(editing\)/
    );
    expect(friendlyError("plain", "kk")).toBe(
      "plain Басқа ештеңе өзгертілмеді; қайталаңыз немесе тақтаны қайта жүктеңіз."
    );
  });

  it("a load whose rollback failed too: the load's error explained, then what could not be undone", () => {
    const error = new RestoreFailedError(
      office("RequestPayloadSizeLimitExceeded", "x"),
      new HostError(notice("rollback-incomplete", { sheets: "Summary, Video" }))
    );
    expect(friendlyError(error, "en")).toBe(
      "Excel refused a request as too large. Load fewer measures or types at a time, then load again. The workbook could not be fully restored: The add-in's sheets Summary, Video were partly rewritten and the plan they held is unknown: load again."
    );
    expect(friendlyError(error, "ru")).toBe(
      "Excel отклонил слишком большой запрос. Загружайте меньше мер или типов за раз, затем загрузите снова. Книгу не удалось полностью вернуть в прежнее состояние: Листы надстройки Summary, Video частично перезаписаны, а что в них было, неизвестно: загрузите данные снова."
    );
    // Its message (logs) keeps both, in English.
    expect(error.message).toMatch(
      /^x \(and the workbook could not be fully restored: The add-in's/
    );
  });

  it("the preview's refusals and a failed save are said in the pane's language", () => {
    expect(friendlyError(new HostError(notice("write-needs-excel")), "ru")).toBe(
      "Чтобы записать данные в книгу, откройте надстройку в Excel; здесь книгу можно скачать."
    );
    expect(
      friendlyError(new HostError(notice("save-imports-failed", { detail: "quota" })), "en")
    ).toBe("Could not save the imported report in the workbook: quota");
  });
});
