/**
 * @jest-environment jsdom
 */
import { act, renderHook } from "@testing-library/react";
import * as React from "react";
import { UnreadableFileError } from "../../src/report/readReportFile";
import { useAction } from "../../src/taskpane/hooks/useAction";
import { type Lang, LangContext } from "../../src/taskpane/i18n";
import { preparePane } from "../helpers/preparePane";

// Every language and every tab fetched first, as a pane open for a while has them.
beforeAll(preparePane);

const office = (code: string, message: string) => Object.assign(new Error(message), { code });

/** A promise the test settles by hand, to look at the hook while the action runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const inLang =
  (lang: Lang) =>
  ({ children }: { children: React.ReactNode }) => (
    <LangContext.Provider value={lang}>{children}</LangContext.Provider>
  );

describe("useAction: the pane's one error path", () => {
  it("an Office error with a code becomes the friendly text in the pane's language; busy resets", async () => {
    const { result } = renderHook(() => useAction(), { wrapper: inLang("ru") });
    const step = deferred<void>();
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.run(() => step.promise);
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.error).toBeNull();

    await act(async () => {
      step.reject(office("RequestPayloadSizeLimitExceeded", "The request payload is too large."));
      await expect(done).resolves.toBeUndefined();
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBe(
      "Excel отклонил слишком большой запрос. Загружайте меньше мер или типов за раз, затем загрузите снова."
    );

    // The next action clears the message, and hands back what it returned.
    let value: unknown;
    await act(async () => {
      value = await result.current.run(async () => 42);
    });
    expect(value).toBe(42);
    expect(result.current.error).toBeNull();
    expect(result.current.busy).toBe(false);
  });

  it("names what the action worked on, unless the error names it itself", async () => {
    const { result } = renderHook(() => useAction(), { wrapper: inLang("en") });
    await act(async () => {
      await result.current.run(() => Promise.reject(new Error("read failed.")), "q2.docx");
    });
    expect(result.current.error).toBe(
      "q2.docx: read failed. Nothing else was changed; try again, or reload the pane."
    );
    await act(async () => {
      await result.current.run(
        () => Promise.reject(new UnreadableFileError("q2.docx", "docx-no-document")),
        "q2.docx"
      );
    });
    expect(result.current.error).toBe(
      "q2.docx: not a Word .docx that can be read (it has no word/document.xml, so it is not a Word document)."
    );
    const ru = renderHook(() => useAction(), { wrapper: inLang("ru") }).result;
    await act(async () => {
      await ru.current.run(() => Promise.reject(new UnreadableFileError("q2.pdf", "pdf-no-text")));
    });
    expect(ru.current.error).toBe(
      "q2.pdf: В этом PDF нет текста, только изображения страниц (скан): надстройка читает текст PDF и не распознаёт текст на изображениях, поэтому запросите отчёт в виде PDF с текстом, .docx или .txt."
    );
  });

  it("the message is said again in the other language when the pane switches", async () => {
    let lang: Lang = "en";
    const { result, rerender } = renderHook(() => useAction(), {
      wrapper: ({ children }: { children: React.ReactNode }) => (
        <LangContext.Provider value={lang}>{children}</LangContext.Provider>
      ),
    });
    await act(async () => {
      await result.current.run(() => Promise.reject(office("ItemNotFound", "CoverageData")));
    });
    expect(result.current.error).toMatch(/^Something the add-in wrote is gone/);
    lang = "ru";
    rerender();
    expect(result.current.error).toMatch(/^То, что записала надстройка, удалено/);
    act(() => result.current.clearError());
    expect(result.current.error).toBeNull();
  });

  it("actions that share a message keep their own busy flag", async () => {
    const { result } = renderHook(
      () => {
        const panel = useAction();
        const check = useAction(panel);
        return { panel, check };
      },
      { wrapper: inLang("en") }
    );
    const step = deferred<void>();
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.check.run(() => step.promise);
    });
    expect([result.current.check.busy, result.current.panel.busy]).toEqual([true, false]);
    await act(async () => {
      step.reject(office("ItemNotFound", "CoverageData"));
      await done;
    });
    expect(result.current.check.busy).toBe(false);
    expect(result.current.panel.error).toMatch(
      /^Something the add-in wrote is gone \(CoverageData\)/
    );
    expect(result.current.check.error).toBe(result.current.panel.error);
    // Any action of the panel clears the one message.
    await act(async () => {
      await result.current.panel.run(async () => undefined);
    });
    expect(result.current.check.error).toBeNull();
  });
});
