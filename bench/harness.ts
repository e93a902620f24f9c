/** Tiny benchmark helpers: median of rounds, printed as `name: value unit`. */

export function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median wall time of `rounds` runs of fn (after one warm-up run). */
export function medianMs(fn: () => void, rounds = 7): number {
  fn();
  const times = Array.from({ length: rounds }, () => timeMs(fn)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function report(name: string, value: number, unit: string, digits = 2): void {
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
}
