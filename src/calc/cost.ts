/**
 * Cost arithmetic for AI training runs. Pure functions on plain numbers: no parsing, no
 * formatting, no I/O. Every entry point validates first and returns problems instead of
 * NaN, Infinity or a negative amount.
 */

export const HOURS_PER_DAY = 24;
/** A month is 30 days here, and answers say so. */
export const DAYS_PER_MONTH = 30;
export const DAYS_PER_YEAR = 365;

export const LIMITS = {
  maxGpus: 10_000_000,
  maxHours: 100 * DAYS_PER_YEAR * HOURS_PER_DAY,
  /** USD per GPU-hour; far above any real rental price, still rejects typos like "$2000/h". */
  maxPricePerHour: 1_000,
  maxUnitPrice: 10_000_000,
  /** A sum to convert: more than the world's yearly output is a typo. */
  maxAmount: 1e15,
  /** USD per million tokens; the dearest APIs list well under $1,000. */
  maxTokenPrice: 1_000,
  maxParameters: 1e15,
  maxTokens: 1e17,
  /** Far beyond any training run so far (~5×10²⁶); rejects typos, not ambition. */
  maxFlop: 1e32,
  /** Peak FLOP/s of one chip; today's are ~10¹⁵–10¹⁶. */
  maxPeakFlops: 1e18,
} as const;

export type CalcField =
  | "gpus"
  | "duration"
  | "price"
  | "gpuHours"
  | "units"
  | "unitPrice"
  | "tokenPrice"
  | "amount"
  | "parameters"
  | "tokens"
  | "utilization"
  | "flop"
  | "peakFlops";
export type ProblemKind = "zero" | "negative" | "too_large" | "not_a_number" | "not_integer" | "contradictory";
export interface Problem {
  field: CalcField;
  kind: ProblemKind;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function check(field: CalcField, value: number, max: number, { integer = false } = {}): Problem | undefined {
  if (!Number.isFinite(value)) return { field, kind: "not_a_number" };
  if (value < 0) return { field, kind: "negative" };
  if (value === 0) return { field, kind: "zero" };
  if (value > max) return { field, kind: "too_large" };
  if (integer && !Number.isInteger(value)) return { field, kind: "not_integer" };
  return undefined;
}

function collect<T>(problems: (Problem | undefined)[], compute: () => T): Result<T> {
  const found = problems.filter((p): p is Problem => p !== undefined);
  return found.length ? { ok: false, problems: found } : { ok: true, value: compute() };
}

export interface RunCost {
  gpuHours: number;
  usd: number;
}

/** GPUs × hours × price per GPU-hour. */
export function runCost(gpus: number, hours: number, pricePerGpuHour: number): Result<RunCost> {
  return collect(
    [
      check("gpus", gpus, LIMITS.maxGpus, { integer: true }),
      check("duration", hours, LIMITS.maxHours),
      check("price", pricePerGpuHour, LIMITS.maxPricePerHour),
    ],
    () => ({ gpuHours: gpus * hours, usd: gpus * hours * pricePerGpuHour }),
  );
}

/** The cost of a number of GPU-hours. */
export function gpuHoursCost(gpuHours: number, pricePerGpuHour: number): Result<RunCost> {
  return collect(
    [check("gpuHours", gpuHours, LIMITS.maxGpus * LIMITS.maxHours), check("price", pricePerGpuHour, LIMITS.maxPricePerHour)],
    () => ({ gpuHours, usd: gpuHours * pricePerGpuHour }),
  );
}

/** Buying hardware outright: units × unit price. */
export function capex(units: number, unitPrice: number): Result<{ usd: number }> {
  return collect([check("units", units, LIMITS.maxGpus, { integer: true }), check("unitPrice", unitPrice, LIMITS.maxUnitPrice)], () => ({
    usd: units * unitPrice,
  }));
}

/** A sum as it is, to be converted. */
export function sum(amount: number): Result<{ usd: number }> {
  return collect([check("amount", amount, LIMITS.maxAmount)], () => ({ usd: amount }));
}

/**
 * What a number of tokens costs through an API at a price per million tokens; with `output`, output tokens billed
 * apart at their own price.
 */
export function apiCost(tokens: number, pricePerMillion: number, output?: { tokens: number; price: number }): Result<{ usd: number }> {
  return collect(
    [
      check("tokens", tokens, LIMITS.maxTokens),
      check("tokenPrice", pricePerMillion, LIMITS.maxTokenPrice),
      ...(output ? [check("tokens", output.tokens, LIMITS.maxTokens), check("tokenPrice", output.price, LIMITS.maxTokenPrice)] : []),
    ],
    () => ({ usd: (tokens / 1e6) * pricePerMillion + (output ? (output.tokens / 1e6) * output.price : 0) }),
  );
}

export interface ComputeEstimate {
  /** 6 × parameters × tokens: forward and backward passes, the usual rule of thumb. */
  flop: number;
  hours: number;
  gpuHours: number;
}

/** Training time from compute: FLOPs ≈ 6·N·D, time = FLOPs / (GPUs × peak FLOP/s × utilisation). */
export function computeEstimate(
  input: { gpus: number; peakFlops: number; utilization: number } & ({ activeParameters: number; tokens: number } | { flop: number }),
): Result<ComputeEstimate> {
  const { gpus, peakFlops, utilization } = input;
  const utilisationProblem: Problem | undefined = !Number.isFinite(utilization)
    ? { field: "utilization", kind: "not_a_number" }
    : utilization <= 0
      ? { field: "utilization", kind: utilization === 0 ? "zero" : "negative" }
      : utilization > 1
        ? { field: "utilization", kind: "too_large" }
        : undefined;
  const first = collect(
    [
      ...("flop" in input
        ? [check("flop", input.flop, LIMITS.maxFlop)]
        : [check("parameters", input.activeParameters, LIMITS.maxParameters), check("tokens", input.tokens, LIMITS.maxTokens)]),
      check("gpus", gpus, LIMITS.maxGpus, { integer: true }),
      check("peakFlops", peakFlops, LIMITS.maxPeakFlops),
      utilisationProblem,
    ],
    () => {
      // A FLOP count given ("3.3e24 FLOP on 2048 H800s") stands in for 6·N·D.
      const flop = "flop" in input ? input.flop : 6 * input.activeParameters * input.tokens;
      const hours = flop / (gpus * peakFlops * utilization) / 3600;
      return { flop, hours, gpuHours: hours * gpus };
    },
  );
  if (first.ok && first.value.hours > LIMITS.maxHours) return { ok: false, problems: [{ field: "duration", kind: "too_large" }] };
  return first;
}

/** Converts dollars with a rate given as units of the target currency per dollar. */
export function convert(usd: number, ratePerUsd: number): number {
  return usd * ratePerUsd;
}
