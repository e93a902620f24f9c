/**
 * The shape of a message catalogue: each code has its params and English text here, and its Russian
 * and Kazakh texts in the catalogue's language modules (X.ru.ts, X.kk.ts), typed against the same
 * params so that no language can miss a code or read a param that is not there. A message is stored
 * as its code and params, never as finished text, so any reader can show it in its own language.
 *
 * The pane and the functions' runtime fetch one language's texts at a time and add them here
 * ({@link addTexts}); the CLI and the tests add all of them (src/languages/all.ts).
 */
import type { Lang } from "./lang";

export type ParamValue = string | number;
export type Params = Record<string, ParamValue>;

/** The params as a template reads them: every value as text. */
type Args<K extends string, O extends string> = Record<K, string> & Partial<Record<O, string>>;

export interface Template<K extends string, O extends string> {
  /** The params it cannot do without: a message missing one is not rendered (the caller falls back). */
  needs: readonly K[];
  /** The params only some of its variants use. */
  optional?: readonly O[];
  en(p: Args<K, O>): string;
}

/** The languages whose texts live in their own modules, fetched one at a time. */
export type Translated = Exclude<Lang, "en">;

/** The catalogues, by the name their language modules are added under. */
export type CatalogueName = "host" | "query" | "file" | "issue" | "finding";

/** A language's text for every code of a catalogue, each reading the params its template declares. */
export type Texts<T> = {
  [C in keyof T]: T[C] extends Template<infer K, infer O> ? (p: Args<K, O>) => string : never;
};

type AnyText = (p: Record<string, string>) => string;
/** Which catalogue and code each template is, so that its text in another language can be found. */
const PLACE = new WeakMap<object, { name: CatalogueName; code: string }>();
const ARRIVED: Partial<
  Record<CatalogueName, Partial<Record<Translated, Record<string, AnyText>>>>
> = {};

/** Names a catalogue's templates, so that {@link renderTemplate} finds their added languages. */
export function catalogue<T extends object>(name: CatalogueName, templates: T): T {
  // `T extends object`, not a record of templates: a contextual type would widen each template's params to string.
  for (const [code, t] of Object.entries(templates)) PLACE.set(t as object, { name, code });
  return templates;
}

/** Adds a language's texts of a catalogue (the module was fetched, or imported by the CLI). */
export function addTexts<T>(name: CatalogueName, lang: Translated, texts: Texts<T>): void {
  (ARRIVED[name] ??= {})[lang] = texts as unknown as Record<string, AnyText>;
}

/** Whether a catalogue's texts in the language are here (English always is). */
export function hasTexts(name: CatalogueName, lang: Lang): boolean {
  return lang === "en" || ARRIVED[name]?.[lang] !== undefined;
}

/** A template's text function in the language; English while that language has not arrived. */
function textOf(t: Template<string, string>, lang: Lang): AnyText {
  const place = lang === "en" ? undefined : PLACE.get(t);
  const text = place && ARRIVED[place.name]?.[lang as Translated]?.[place.code];
  return text ?? (t.en as AnyText);
}

/** Declares a template, inferring its param names from `needs` and `optional`. */
export function template<const K extends string = never, const O extends string = never>(
  t: Template<K, O>
): Template<K, O> {
  return t;
}

/** The params a template takes, as its caller passes them. */
export type ParamsOf<T> =
  T extends Template<infer K, infer O>
    ? Record<K, ParamValue> & Partial<Record<O, ParamValue>>
    : never;

/** The params a template needs and the ones only some of its variants use. */
export function paramNames(t: Template<string, string>): { needs: string[]; optional: string[] } {
  return { needs: [...t.needs], optional: [...(t.optional ?? [])] };
}

/** A template's text for the params, or null when one it needs is missing. */
export function renderTemplate(
  t: Template<string, string>,
  params: Params | undefined,
  lang: Lang
): string | null {
  if (!params || t.needs.some((k) => params[k] === undefined)) return null;
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) args[k] = String(v);
  return textOf(t, lang)(args);
}

/**
 * An error the user reads, whose text a catalogue renders in each language: `message` is the
 * English (logs, the CLI), `say(lang)` what the pane shows.
 */
export abstract class SaidError extends Error {
  abstract say(lang: Lang): string;
}

/**
 * A name inside a sentence, from a table of names by kind: only its first letter lowered ("The load"
 * → "the load"), so that "=COVERAGE" stays as it is typed; a kind the table does not know, as given.
 */
export function nameInSentence(names: Readonly<Record<string, string>>, kind: string): string {
  const name = names[kind];
  return name === undefined ? kind : name.charAt(0).toLowerCase() + name.slice(1);
}
