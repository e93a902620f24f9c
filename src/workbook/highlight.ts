import { HIGHLIGHT, NAMES } from "./layout";
import type { PlanConditionalFormat } from "./plan";

/**
 * The two lagging rules for a range of coverage cells. `value` is the top-left coverage cell
 * (relative row), `target` a formula for its target. Far below is evaluated first and stops.
 */
export function laggingRules(
  range: string,
  value: string,
  target: string
): PlanConditionalFormat[] {
  const isNumber = `ISNUMBER(${value})`;
  return [
    {
      range,
      formula: `=AND(${isNumber},${value}<${NAMES.farBelowFactor}*${target})`,
      fill: HIGHLIGHT.farBelow.fill,
      fontColor: HIGHLIGHT.farBelow.font,
      priority: 1,
      stopIfTrue: true,
      meaning: "farBelow",
    },
    {
      range,
      formula: `=AND(${isNumber},${value}<${target})`,
      fill: HIGHLIGHT.below.fill,
      fontColor: HIGHLIGHT.below.font,
      priority: 2,
      stopIfTrue: true,
      meaning: "below",
    },
  ];
}
