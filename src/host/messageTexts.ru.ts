/** Every catalogue's Russian texts but the queries' (queryLanguages.ts): one chunk for the pane. */
import { FINDING_RU } from "../analysis/findingMessages.ru";
import { addTexts } from "../domain/catalogue";
import { FILE_RU } from "../report/fileMessages.ru";
import { ISSUE_RU } from "../report/issueTemplates.ru";
import { HOST_RU } from "./hostMessages.ru";

export function addRussianTexts(): void {
  addTexts("host", "ru", HOST_RU);
  addTexts("file", "ru", FILE_RU);
  addTexts("issue", "ru", ISSUE_RU);
  addTexts("finding", "ru", FINDING_RU);
}
