/**
 * Kazakh reports in many styles, for tests: the renderer is src/report/renderKazakh.ts; here, a
 * style drawn at random.
 */
import { MEASURE_IDS } from "../../src/domain/measures";
import {
  KK_CHANGES,
  KK_HEADINGS,
  KK_HEADLINES,
  KK_ITEM_ORDERS,
  KK_OUT_OF,
  KK_PERIODS,
  type KazakhStyle,
  SEED_LIKE_KAZAKH,
} from "../../src/report/renderKazakh";
import { shuffledOf } from "./drift";

export * from "../../src/report/renderKazakh";

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** A Kazakh style drawn at random; `only` fixes some of its choices. */
export function randomKazakhStyle(rnd: () => number, only: Partial<KazakhStyle> = {}): KazakhStyle {
  return {
    base: {
      ...SEED_LIKE_KAZAKH.base,
      dash: pick(rnd, ["–", "—", "-"] as const),
      thousands: pick(rnd, [" ", "\u00A0", "\u202F", ""] as const),
      tight: rnd() < 0.3,
      itemsOnOwnLines: rnd() < 0.4,
      shuffle: rnd() < 0.5 ? Math.floor(rnd() * 1000) : undefined,
      measureOrder: rnd() < 0.5 ? undefined : shuffledOf(MEASURE_IDS, rnd),
      decimalMark: pick(rnd, [",", "."] as const),
      spaceBeforePercent: rnd() < 0.2,
    },
    outOf: pick(rnd, KK_OUT_OF),
    itemOrder: rnd() < 0.5 ? "seed" : pick(rnd, KK_ITEM_ORDERS),
    heading: pick(rnd, KK_HEADINGS),
    change: pick(rnd, KK_CHANGES),
    headline: pick(rnd, KK_HEADLINES),
    period: pick(rnd, KK_PERIODS),
    cityWord: rnd() < 0.5,
    shortRegion: rnd() < 0.3,
    abbreviations: rnd() < 0.5,
    lead: pick(rnd, ["Анықтама үшін:", "Анықтама:", "Мәлімет үшін:"] as const),
    ...only,
  };
}
