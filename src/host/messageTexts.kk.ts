/** Every catalogue's Kazakh texts but the queries' (queryLanguages.ts): one chunk for the pane. */
import { FINDING_KK } from "../analysis/findingMessages.kk";
import { addTexts } from "../domain/catalogue";
import { FILE_KK } from "../report/fileMessages.kk";
import { ISSUE_KK } from "../report/issueTemplates.kk";
import { HOST_KK } from "./hostMessages.kk";

export function addKazakhTexts(): void {
  addTexts("host", "kk", HOST_KK);
  addTexts("file", "kk", FILE_KK);
  addTexts("issue", "kk", ISSUE_KK);
  addTexts("finding", "kk", FINDING_KK);
}
