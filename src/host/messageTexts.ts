/**
 * The messages of one language at a time. Each catalogue (host, query, file, issue, finding) keeps
 * its params and English beside its code; its Russian and Kazakh texts are modules of their own. The
 * pane fetches its language's after its first screen, and before it switches to another; the CLI and
 * the tests add every language at once ({@link addAllTexts}).
 */
import { loadQueryTexts } from "../analysis/queryLanguages";
import { type CatalogueName, hasTexts } from "../domain/catalogue";
import type { Lang } from "../domain/lang";

const LOADERS = {
  ru: () =>
    import(/* webpackChunkName: "messages-ru" */ "./messageTexts.ru").then((m) =>
      m.addRussianTexts()
    ),
  kk: () =>
    import(/* webpackChunkName: "messages-kk" */ "./messageTexts.kk").then((m) =>
      m.addKazakhTexts()
    ),
};

const CATALOGUES: readonly CatalogueName[] = ["host", "query", "file", "issue", "finding"];

/** Whether every catalogue's texts in the language are here. */
export function messageTextsHere(lang: Lang): boolean {
  return CATALOGUES.every((name) => hasTexts(name, lang));
}

const fetching: Partial<Record<Lang, Promise<void>>> = {};

/**
 * Fetches every catalogue's texts in the language (once; again after a failure). Resolves at once
 * for English and for a language that is here.
 */
export function loadMessageTexts(lang: Lang): Promise<void> {
  if (lang === "en" || messageTextsHere(lang)) return Promise.resolve();
  return (fetching[lang] ??= Promise.all([LOADERS[lang](), loadQueryTexts(lang)]).then(
    () => undefined,
    (error: unknown) => {
      delete fetching[lang];
      throw error;
    }
  ));
}
