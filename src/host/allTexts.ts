/** Every language's messages at once: the CLI and the tests, where nothing is fetched. */
import { QUERY_KK } from "../analysis/queryMessages.kk";
import { QUERY_RU } from "../analysis/queryMessages.ru";
import { addTexts } from "../domain/catalogue";
import { addKazakhTexts } from "./messageTexts.kk";
import { addRussianTexts } from "./messageTexts.ru";

export function addAllTexts(): void {
  addRussianTexts();
  addKazakhTexts();
  addTexts("query", "ru", QUERY_RU);
  addTexts("query", "kk", QUERY_KK);
}
