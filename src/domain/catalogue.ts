/**
 * The shape of a message catalogue: each code has a template per language, rendered from named
 * params. A message is stored as its code and params, never as finished text, so any reader can
 * show it in its own language, and the English, Russian and Kazakh texts can never say different
 * things.
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
  ru(p: Args<K, O>): string;
  kk(p: Args<K, O>): string;
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
  return t[lang](args);
}

/**
 * An error the user reads, whose text a catalogue renders in each language: `message` is the
 * English (logs, the CLI), `say(lang)` what the pane shows.
 */
export abstract class SaidError extends Error {
  abstract say(lang: Lang): string;
}
