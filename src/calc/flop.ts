/**
 * From training compute to chip-hours and dollars: OUR calculation, never a model's cost.
 *
 * Epoch AI's table gives training compute (FLOP) for many models that have no cost estimate. An
 * answer may offer this arithmetic for them, clearly labelled as ours, with every assumption named:
 * the chip and its peak throughput, the utilisation, the price per chip-hour. Pure functions;
 * invalid input gives problems, never NaN, Infinity, zero or a negative figure.
 */
import { LIMITS, type ProblemKind } from "./cost.js";

export const SECONDS_PER_HOUR = 3600;

export const FLOP_LIMITS = { maxFlop: LIMITS.maxFlop, maxPeakFlops: LIMITS.maxPeakFlops } as const;

export type FlopField = "flop" | "peakFlops" | "utilization" | "price";
export interface FlopProblem {
  field: FlopField;
  kind: ProblemKind;
}
export type FlopResult<T> = { ok: true; value: T } | { ok: false; problems: FlopProblem[] };

function check(field: FlopField, value: number, max: number): FlopProblem | undefined {
  if (!Number.isFinite(value)) return { field, kind: "not_a_number" };
  if (value < 0) return { field, kind: "negative" };
  if (value === 0) return { field, kind: "zero" };
  if (value > max) return { field, kind: "too_large" };
  return undefined;
}

/**
 * Chip-hours needed to perform `flop` operations on chips of `chipPeakFlops` FLOP/s each, running
 * at `utilisation` (0–1] of that peak: flop / (peak × utilisation) / 3600.
 */
export function gpuHoursFromFlop(flop: number, chipPeakFlops: number, utilisation: number): FlopResult<number> {
  const problems = [
    check("flop", flop, FLOP_LIMITS.maxFlop),
    check("peakFlops", chipPeakFlops, FLOP_LIMITS.maxPeakFlops),
    check("utilization", utilisation, 1),
  ].filter((p): p is FlopProblem => p !== undefined);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: flop / (chipPeakFlops * utilisation) / SECONDS_PER_HOUR };
}

export interface FlopCostInput {
  flop: number;
  /** The chip the calculation assumes, named in the answer ("H100 SXM, BF16 dense"). */
  chip: { name: string; peakFlops: number };
  utilisation: number;
  /** USD per chip-hour. */
  pricePerChipHour: number;
}

export interface FlopCost {
  /** Always ours: the answer must say so and never present it as the model's cost. */
  claimType: "our_calculation";
  gpuHours: number;
  usd: number;
  /** The assumptions, echoed so the answer can name every one. */
  assumptions: FlopCostInput;
}

/** What `flop` of training would cost on the named chip, at the given utilisation and price. */
export function costFromFlop(input: FlopCostInput): FlopResult<FlopCost> {
  const hours = gpuHoursFromFlop(input.flop, input.chip.peakFlops, input.utilisation);
  const priceProblem = check("price", input.pricePerChipHour, LIMITS.maxPricePerHour);
  if (!hours.ok || priceProblem) {
    return { ok: false, problems: [...(hours.ok ? [] : hours.problems), ...(priceProblem ? [priceProblem] : [])] };
  }
  return {
    ok: true,
    value: { claimType: "our_calculation", gpuHours: hours.value, usd: hours.value * input.pricePerChipHour, assumptions: input },
  };
}
