/**
 * What the add-in says of a name or word it cannot use, in English, Russian and Kazakh: a
 * territory that does not resolve, a territory the measure is not reported for (a word that is no
 * measure or type: vocabulary.ts).
 * The parser's issues and the functions' errors say the same sentences from the same facts.
 */
import { type Lang, measureName } from "./lang";
import type { Measure } from "./measures";
import { kazakhName, kazakhNames } from "./territories";

/** Why a territory name does not resolve. */
export type Unresolved = "unknown" | "ambiguous" | "empty";

/** A stored reason as {@link unresolvedText} reads it: any other than "ambiguous" or "empty" is "unknown". */
export function unresolvedReason(reason: string | undefined): Unresolved {
  return reason === "ambiguous" || reason === "empty" ? reason : "unknown";
}

/**
 * "Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?" `candidates`: ", "-joined
 * names (Russian, as the data keeps them; Kazakh says their official Kazakh forms). `name` is said
 * as it was typed.
 */
export function unresolvedText(
  reason: Unresolved,
  name: string,
  candidates: string,
  lang: Lang
): string {
  if (lang === "kk") {
    if (reason === "empty") return "Аумақтың атауы көрсетілмеген.";
    const options = kazakhNames(candidates);
    if (reason === "ambiguous")
      return `«${name}» атауы екіұшты: бұл мыналардың бірі болуы мүмкін: ${options}.`;
    return `«${name}» аумағы табылмады.${candidates ? ` Мүмкін, мыналардың бірі шығар: ${options}.` : ""}`;
  }
  if (lang === "ru") {
    if (reason === "empty") return "Не указано название территории.";
    if (reason === "ambiguous")
      return `Название «${name}» неоднозначно: это может быть ${candidates}.`;
    return `Неизвестная территория «${name}».${candidates ? ` Возможно, имелось в виду: ${candidates}?` : ""}`;
  }
  if (reason === "empty") return "Missing territory name.";
  if (reason === "ambiguous") return `Territory '${name}' is ambiguous: it could be ${candidates}.`;
  return `Unknown territory '${name}'.${candidates ? ` Did you mean: ${candidates}?` : ""}`;
}

const MEASURE_PHRASE: Record<Measure, string> = {
  video: "Video surveillance linked to the police centres (ЦОУ)",
  guard: "Licensed security guards",
  panic: "Panic buttons",
  turnstile: "Turnstiles",
};

/** The facts of "reported at the other level": the measure, its level, the territory, and where to look. */
export interface ElsewhereParams {
  measure: string;
  level: string;
  territory: string;
  /** For a city-level measure: the territory's city groups in the data, ", "-joined. */
  cities?: string;
  /** For a region-level measure: the region the city belongs to. */
  region?: string;
}

/**
 * "Turnstiles are reported for the large cities, not for Алматинская область. Its cities in the
 * data: Конаев." In Russian it starts in lower case ("мера «…» приводится …"), to follow a colon;
 * {@link sentence} makes it a sentence of its own.
 */
export function elsewhereText(f: ElsewhereParams, lang: Lang): string {
  if (lang === "kk") {
    const measure = `«${measureName(f.measure, "kk")}» шарасы`;
    if (f.level === "city") {
      const list = f.cities ? ` Осы аумақтың деректердегі қалалары: ${kazakhNames(f.cities)}.` : "";
      return `${measure} «${kazakhName(f.territory)}» аумағы бойынша емес, ірі қалалар бойынша беріледі.${list}`;
    }
    return `${measure} «${kazakhName(f.territory)}» қаласы бойынша емес, өңірлер бойынша беріледі; қараңыз: «${kazakhName(f.region ?? "")}».`;
  }
  if (lang === "ru") {
    const measure = `мера «${measureName(f.measure, "ru")}»`;
    if (f.level === "city") {
      const list = f.cities ? ` Города этой территории в данных: ${f.cities}.` : "";
      return `${measure} приводится по крупным городам, а не по территории «${f.territory}».${list}`;
    }
    return `${measure} приводится по областям, а не по городу «${f.territory}»; см. «${f.region ?? ""}».`;
  }
  const phrase = MEASURE_PHRASE[f.measure as Measure] ?? f.measure;
  if (f.level === "city") {
    const list = f.cities ? ` Its cities in the data: ${f.cities}.` : "";
    return `${phrase} are reported for the large cities, not for ${f.territory}.${list}`;
  }
  return `${phrase} is reported by region, not for the city ${f.territory}; see ${f.region ?? ""}.`;
}

/** A text that starts a sentence: its first letter in upper case. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An item's territory that can't be used: not in this list (reported at the other level), or unresolved. */
export function territoryIssueText(p: Record<string, string | undefined>, lang: Lang): string {
  const name = p.name ?? "";
  if (p.reason === "not-in-list") {
    const why = elsewhereText(
      {
        measure: p.measure ?? "",
        level: p.level ?? "",
        territory: p.territory ?? "",
        cities: p.cities,
        region: p.region,
      },
      lang
    );
    if (lang === "kk") return `«${name}» бұл тізімге кірмейді: ${why}`;
    return lang === "ru"
      ? `«${name}» не входит в этот список: ${why}`
      : `'${name}' is not in this list: ${why}`;
  }
  return unresolvedText(unresolvedReason(p.reason), name, p.candidates ?? "", lang);
}
