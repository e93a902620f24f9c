/**
 * The query messages' Russian and Kazakh texts, each its own chunk: the functions' runtime fetches
 * the one of Office's language before its first answer, and the pane the one it shows.
 */
import { addTexts, hasTexts } from "../domain/catalogue";
import type { Lang } from "../domain/lang";

const LOADERS = {
  ru: () =>
    import(/* webpackChunkName: "query-ru" */ "./queryMessages.ru").then((m) =>
      addTexts("query", "ru", m.QUERY_RU)
    ),
  kk: () =>
    import(/* webpackChunkName: "query-kk" */ "./queryMessages.kk").then((m) =>
      addTexts("query", "kk", m.QUERY_KK)
    ),
};

/** Fetches the query messages in the language, unless they are here (English always is). */
export async function loadQueryTexts(lang: Lang): Promise<void> {
  if (lang !== "en" && !hasTexts("query", lang)) await LOADERS[lang]();
}
