/**
 * The EDU functions' help in Russian and Kazakh (functions-ru.json, functions-kk.json): every
 * function and every parameter has its text in both, in that language, and nothing Excel binds to
 * (ids, names, types, options) differs from functions.json.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import {
  type FunctionsMetadata,
  HELP_LANGS,
  localizedMetadata,
} from "../../src/functions/localizedHelp";

const FUNCTIONS = join(__dirname, "../../src/functions/functions.ts");
/** Letters Kazakh has and Russian has not. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

let english: FunctionsMetadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS, true);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson);
});

/** What Excel binds to: everything but the texts shown to a person. */
function bindings(m: FunctionsMetadata) {
  return m.functions.map((f) => ({
    ...f,
    description: undefined,
    parameters: f.parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
  }));
}

describe.each(HELP_LANGS)("the EDU functions' help in %s", (lang) => {
  it("gives every function and parameter its own text in the language; binds as functions.json does", () => {
    const local = localizedMetadata(english, lang);
    expect(bindings(local)).toEqual(bindings(english));
    expect(local.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name));
    for (const [i, f] of local.functions.entries()) {
      const texts = [f.description!, ...f.parameters.map((p) => p.description!)];
      const was = [
        english.functions[i].description,
        ...english.functions[i].parameters.map((p) => p.description),
      ];
      for (const [k, text] of texts.entries()) {
        expect({ id: f.id, text, cyrillic: CYRILLIC.test(text) }).toEqual({
          id: f.id,
          text,
          cyrillic: true,
        });
        expect(text).not.toBe(was[k]);
      }
      if (lang === "kk")
        expect({ id: f.id, kazakh: KAZAKH_LETTERS.test(f.description!) }).toEqual({
          id: f.id,
          kazakh: true,
        });
      else
        expect({ id: f.id, kazakh: KAZAKH_LETTERS.test(texts.join(" ")) }).toEqual({
          id: f.id,
          kazakh: false,
        });
      // A parameter's name follows the rule for a function's name: letters first, then letters, digits, "_" or ".".
      for (const p of f.parameters) expect(p.name).toMatch(/^\p{L}[\p{L}\d_.]*$/u);
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
    }
  });

  it("fails the build for a function or a parameter with no text", () => {
    const extra = {
      ...english,
      functions: [...english.functions, { ...english.functions[0], id: "NEWFN", name: "NEWFN" }],
    };
    expect(() => localizedMetadata(extra, lang)).toThrow(/EDU\.NEWFN has no/);
    const renamed = {
      ...english,
      functions: english.functions.map((f, i) =>
        i === 0 ? { ...f, parameters: [...f.parameters, { name: "extra", type: "string" }] } : f
      ),
    };
    expect(() => localizedMetadata(renamed, lang)).toThrow(/\(extra\) has no/);
  });
});
