import {
  accessSystemTerm,
  capitalised,
  licensedGuardTerm,
  panicButtonTerm,
  policeCentreShortTerm,
  turnstileTerm,
  videoSurveillanceTerm,
} from "./coreTerms";
import { Vocabulary } from "./vocabulary";

/** The four protection measures of the report. */
export type Measure = "video" | "guard" | "panic" | "turnstile";

/**
 * Which list of territories a measure is reported for: video connection to the police operational
 * centres (ЦОУ) by the 20 regions; the other three for the 20 large-city groups (25 cities).
 */
export type Level = "region" | "city";

export interface MeasureInfo {
  id: Measure;
  level: Level;
  nameRu: string;
  nameEn: string;
  /** The Kazakh name, in the glossary's words (ЦОУ is ЖБО, жедел басқару орталығы, in Kazakh). */
  nameKk: string;
}

export const MEASURES: readonly MeasureInfo[] = [
  {
    id: "video",
    level: "region",
    nameRu: "Видеонаблюдение, подключённое к ЦОУ",
    nameEn: "Video surveillance linked to police centres",
    nameKk: `${policeCentreShortTerm.kkForms.dative} қосылған ${videoSurveillanceTerm.kk}`,
  },
  {
    id: "guard",
    level: "city",
    nameRu: "Лицензированная охрана",
    nameEn: "Licensed security guard",
    nameKk: capitalised(licensedGuardTerm.kk),
  },
  {
    id: "panic",
    level: "city",
    nameRu: "Тревожная кнопка",
    nameEn: "Panic button",
    nameKk: capitalised(panicButtonTerm.kk),
  },
  {
    id: "turnstile",
    level: "city",
    nameRu: "Турникеты (пропускная система)",
    nameEn: "Turnstiles (access control)",
    nameKk: `${capitalised(turnstileTerm.kkForms.plural)} (${accessSystemTerm.kk})`,
  },
];

export const MEASURE_IDS: readonly Measure[] = MEASURES.map((m) => m.id);

export function measureInfo(id: Measure): MeasureInfo {
  const info = MEASURES.find((m) => m.id === id);
  if (!info) throw new Error(`No measure '${id}'`);
  return info;
}

export const measureVocabulary = new Vocabulary<Measure>("measure", [
  {
    value: "video",
    aliases: [
      "cctv",
      "video surveillance",
      "цоу",
      "видео",
      "видеонаблюдение",
      "камеры",
      "бейнебақылау",
      // ЖБО: жедел басқару орталығы, the Kazakh for ЦОУ (the pane and the card write it).
      "жбо",
    ],
    stems: ["video", "видео", "цоу", "камер", "бейнебақыла", "жбо"],
  },
  {
    value: "guard",
    aliases: ["security", "security guard", "guards", "охрана", "лицензированная охрана", "күзет"],
    stems: ["guard", "securit", "охран", "күзет"],
  },
  {
    value: "panic",
    aliases: [
      "panic button",
      "panic_button",
      "alarm",
      "alarm button",
      "тревожная кнопка",
      "кнопка",
      "дабыл түймесі",
      "түйме",
    ],
    stems: ["panic", "alarm", "тревожн", "кнопк", "дабыл", "түйме"],
  },
  {
    value: "turnstile",
    aliases: [
      "turnstiles",
      "access control",
      "турникет",
      "турникеты",
      "пропускная система",
      "турникет жүйесі",
      "өткізу жүйесі",
    ],
    stems: ["turnstil", "access", "турникет", "пропускн", "өткізу"],
  },
]);

export function resolveMeasure(text: unknown) {
  return measureVocabulary.resolve(text);
}
