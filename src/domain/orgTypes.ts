import { capitalised, collegeTerm, kindergartenTerm, schoolTerm } from "./coreTerms";
import { Vocabulary } from "./vocabulary";

/** The kinds of education organisation the report counts. */
export type OrgType = "kindergarten" | "school" | "college";
/** An organisation type, or the sum over all three. */
export type OrgTypeOrAll = OrgType | "all";

/** Each type, then all of them together: the order every list of types follows. */
export const ALL_TYPES: readonly OrgTypeOrAll[] = ["kindergarten", "school", "college", "all"];

export const ORG_TYPES: readonly OrgType[] = ["kindergarten", "school", "college"];

export const ORG_TYPE_NAMES: Readonly<
  Record<OrgTypeOrAll, { ru: string; en: string; kk: string }>
> = {
  kindergarten: {
    ru: "Детские сады",
    en: "Kindergartens",
    kk: capitalised(kindergartenTerm.kkForms.plural),
  },
  school: { ru: "Школы", en: "Schools", kk: capitalised(schoolTerm.kkForms.plural) },
  college: { ru: "Колледжи", en: "Colleges", kk: capitalised(collegeTerm.kkForms.plural) },
  all: { ru: "Все", en: "All", kk: "Барлық түрлер" },
};

export const orgTypeVocabulary = new Vocabulary<OrgTypeOrAll>("organisation type", [
  {
    value: "kindergarten",
    aliases: [
      "kg",
      "kindergartens",
      "preschool",
      "детсад",
      "детский сад",
      "детские сады",
      "дошкольные",
      "ясли",
      "балабақша",
    ],
    stems: ["kindergarten", "preschool", "детсад", "детск", "дошкол", "балабақша"],
  },
  {
    value: "school",
    aliases: ["schools", "школа", "школы", "школ", "сош", "мектеп", "среднее образование"],
    stems: ["school", "школ", "мектеп", "средн"],
  },
  {
    value: "college",
    aliases: ["colleges", "tvet", "колледж", "колледжи", "типо", "колледж"],
    stems: ["college", "колледж", "типо", "техническ", "профессиональн"],
  },
  {
    value: "all",
    aliases: [
      "all",
      "total",
      "*",
      "все",
      "всего",
      "итого",
      "барлығы",
      "барлық түрлер",
      "барлық түрлері",
      "all types",
      "все типы",
      "все организации",
    ],
    stems: [],
  },
]);

export function resolveOrgType(text: unknown) {
  return orgTypeVocabulary.resolve(text);
}
