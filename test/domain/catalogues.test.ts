/**
 * Every catalogue of what the add-in says to people (the parser's issues, the audit's findings, file
 * problems, what the Excel side reports) has each message in English and Russian, and neither
 * language leaves out a fact the other says.
 */
import { FINDING_TEMPLATES } from "../../src/analysis/findingMessages";
import { QUERY_TEMPLATES } from "../../src/analysis/queryMessages";
import { paramNames, renderTemplate, type Template } from "../../src/domain/catalogue";
import { HOST_TEMPLATES } from "../../src/host/hostMessages";
import { FILE_TEMPLATES } from "../../src/report/fileMessages";
import { ISSUE_CODES, issueParamNames, issueText } from "../../src/report/issueMessages";

const CATALOGUES: Record<string, Record<string, Template<string, string>>> = {
  findings: FINDING_TEMPLATES,
  "query errors (the EDU functions)": QUERY_TEMPLATES,
  host: HOST_TEMPLATES,
  files: FILE_TEMPLATES,
};

/** Placeholders for a template's params: each value is findable in the text it is put into. */
const placeholders = (names: readonly string[]) =>
  Object.fromEntries(names.map((k) => [k, `‹${k}›`]));
const mentioned = (text: string) => [...text.matchAll(/‹(\w+)›/g)].map((m) => m[1]).sort();

describe("every message in both languages", () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES))
    it(`${name}: English and Russian, each with the same facts`, () => {
      for (const [code, t] of Object.entries(catalogue)) {
        const { needs, optional } = paramNames(t);
        const params = placeholders([...needs, ...optional]);
        const en = renderTemplate(t, params, "en")!;
        const ru = renderTemplate(t, params, "ru")!;
        expect({ code, en: Boolean(en), ru: Boolean(ru) }).toEqual({ code, en: true, ru: true });
        expect({ code, cyrillic: /[а-яё]/i.test(ru), same: ru === en }).toEqual({
          code,
          cyrillic: true,
          same: false,
        });
        expect({ code, facts: mentioned(ru) }).toEqual({ code, facts: mentioned(en) });
        // A param it needs is never left out quietly.
        if (needs.length) expect(renderTemplate(t, {}, "ru")).toBeNull();
      }
    });

  it("query errors (the EDU functions): Kazakh too, with the same facts, and Kazakh, not Russian", () => {
    for (const [code, t] of Object.entries(QUERY_TEMPLATES)) {
      const { needs, optional } = paramNames(t);
      const params = placeholders([...needs, ...optional]);
      const kk = renderTemplate(t, params, "kk")!;
      const ru = renderTemplate(t, params, "ru")!;
      expect({ code, own: typeof (t as Template<string, string>).kk }).toEqual({
        code,
        own: "function",
      });
      // A letter Russian does not have (ә ғ қ ң ө ұ ү һ і), and not the Russian text.
      expect({ code, kazakh: /[әғқңөұүһі]/i.test(kk), same: kk === ru }).toEqual({
        code,
        kazakh: true,
        same: false,
      });
      expect({ code, facts: mentioned(kk) }).toEqual({
        code,
        facts: mentioned(renderTemplate(t, params, "en")!),
      });
    }
  });

  it("issues: English and Russian, each with the same facts (variant params aside)", () => {
    for (const code of ISSUE_CODES) {
      const { needs, optional } = issueParamNames(code);
      const params = placeholders([...needs, ...optional]);
      const en = issueText(code, params, "en")!;
      const ru = issueText(code, params, "ru")!;
      expect({ code, cyrillic: /[а-яё]/i.test(ru) }).toEqual({ code, cyrillic: true });
      expect({ code, facts: mentioned(ru) }).toEqual({ code, facts: mentioned(en) });
    }
  });
});
