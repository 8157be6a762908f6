import {
  apiCost,
  sum,
  capex,
  computeEstimate,
  convert,
  gpuHoursCost,
  LIMITS,
  runCost,
  type CalcField,
  type Problem,
  type Result,
} from "./cost.js";
import { durationHours, type CalcQuery, type CalcTarget, type Currency, type DurationUnit, type GpuModel } from "./parse.js";
import type { PresetField, PresetUse } from "./preset.js";

/** The parameters of a calculation as the conversation has set them so far: a query minus its problems. */
export type CalcParams = Omit<CalcQuery, "problems">;

export interface GpuPeak {
  bf16: number;
  fp8?: number;
  factId: string;
}

export interface ExchangeRate {
  /** Units of the currency per US dollar. */
  perUsd: number;
  /** The date the rate is for (YYYY-MM-DD). */
  date: string;
  /** Facts it comes from; empty when the operator configured it or it came from the official feed. */
  factIds: string[];
  /** Where it comes from: a stored fact, the operator's configuration, or the Bank of Russia's daily feed. */
  origin?: "fact" | "configured" | "feed";
}

/** Figures the calculator falls back on, each from the knowledge base (see calc/reference.ts). */
export interface CalcReference {
  /** DeepSeek's assumed rental price, USD per GPU-hour. */
  defaultPrice: { value: number; factId: string };
  /** DeepSeek V3's reported run: what a calculation is put next to. */
  referenceRun: { gpus: number; gpuHours: number; usd: number; gpuModel: string; factId: string };
  /** Utilisation assumed when none is given (Meta's reported 38–43% MFU for Llama 3). */
  defaultUtilization: { value: number; factId: string };
  gpuPeaks: ReadonlyMap<GpuModel, GpuPeak>;
  rates: Partial<Record<Exclude<Currency, "USD">, ExchangeRate>>;
}

export type Assumption = "price" | "duration" | "gpuModel" | "utilization";

interface Common {
  assumptions: Assumption[];
  /** What the question asked for, when not the cost: the answer leads with it, the cost comes second. */
  asked?: CalcTarget;
  /** Figures taken from a model ("like Grok 3"): the answer says whose they are. */
  preset?: PresetUse;
  /** The fact the price per GPU-hour was taken from (a chip's market rent), when it was not typed. */
  priceFact?: string;
  /** The fact a sum was taken from (a rate told before, asked per another period). */
  amountFact?: string;
  currency: Currency;
  usd: number;
  /** The amount in the requested currency, when it is not dollars. */
  converted?: { amount: number; rate: ExchangeRate };
}

export type CalcOutcome =
  | (Common & {
      kind: "run";
      gpus: number;
      gpuModel?: GpuModel;
      duration: { value: number; unit: DurationUnit };
      hours: number;
      price: number;
      gpuHours: number;
    })
  | (Common & {
      kind: "gpuHours";
      gpuHours: number;
      price: number;
      /**
       * With a GPU count, how long the GPU-hours take on them ("2.788M GPU-hours on 2048 GPUs" → hours);
       * with a duration, how many GPUs do them in that time (`derived` says which was worked out).
       */
      split?: {
        gpus: number;
        hours: number;
        derived: "hours" | "gpus";
        gpuModel?: GpuModel;
        duration?: { value: number; unit: DurationUnit };
      };
    })
  | (Common & { kind: "capex"; units: number; unitPrice: number; gpuModel?: GpuModel; system?: "DGX" | "HGX" })
  /** A sum quoted, converted to the currency asked. */
  | (Common & { kind: "convert" })
  /** A sum per period (or over a span) as per another period: `usd` is the result, `from` the sum given. */
  | (Common & { kind: "rate"; from: number; per: { value: number; unit: DurationUnit }; to: DurationUnit; factor: number })
  /** What a budget buys: GPUs at a unit price, or GPU-hours at a price per hour. */
  | (Common & {
      kind: "budget";
      per: number;
      buys: "gpus" | "gpuHours";
      quantity: number;
      gpuModel?: GpuModel;
      /** What is bought at `per` is a whole system of GPUs ("DGX H100 at $375K"). */
      system?: "DGX" | "HGX";
    })
  /** Tokens through an API at a price per million tokens. */
  | (Common & {
      kind: "api";
      tokens: number;
      tokenPrice: number;
      /** Output tokens billed at their own price, when input and output are both counted. */
      output?: { tokens: number; price: number };
    })
  | (Common & {
      kind: "compute";
      /** Absent when the FLOP count was given rather than worked out as 6·N·D. */
      parameters?: number;
      tokens?: number;
      gpus: number;
      /** Absent when the peak was given rather than taken from a chip's spec. */
      gpuModel?: GpuModel;
      peak: number;
      /** The peak as the question gave it ("989 TFLOPS"), not the chip's spec sheet. */
      peakGiven?: boolean;
      fp8: boolean;
      utilization: number;
      flop: number;
      hours: number;
      gpuHours: number;
      price: number;
    })
  /** Training compute alone, 6·N·D: what "how many FLOPs to train…" asks when no GPUs are given. Our calculation. */
  | { kind: "flop"; parameters: number; tokens: number; flop: number; assumptions: Assumption[] }
  | { kind: "problems"; problems: Problem[] }
  | { kind: "missing"; missing: CalcField[] }
  | { kind: "no_rate"; currency: Exclude<Currency, "USD"> };

const MODE_FIELDS = { run: ["gpus", "duration"], hours: ["gpuHours"] } as const;
/** Sums of their own (a quoted sum, an API bill, a budget): a follow-up that counts GPUs, time or GPU-hours leaves them. */
const SUM_FIELDS = ["amount", "rate", "budget", "tokenPrice", "outputTokenPrice"] as const;

/**
 * Applies what a new message says on top of the conversation's previous parameters: given
 * values replace old ones, and switching between "GPUs × time" and "GPU-hours" drops the other.
 */
export function mergeParams(previous: CalcParams | undefined, query: CalcQuery): CalcParams {
  const next: CalcParams = { ...(previous ?? {}) };
  if (query.gpuHours !== undefined) for (const f of MODE_FIELDS.run) delete next[f];
  if (query.gpus !== undefined || query.duration !== undefined) for (const f of MODE_FIELDS.hours) delete next[f];
  const countsGpus =
    query.gpus !== undefined || query.duration !== undefined || query.gpuHours !== undefined || query.parameters !== undefined;
  if (countsGpus) {
    // An API bill's tokens go with it: they are no training data for the GPUs now counted.
    if (next.tokenPrice !== undefined && query.tokens === undefined) {
      delete next.tokens;
      delete next.outputTokens;
    }
    for (const f of SUM_FIELDS) delete next[f];
  }
  const fields = [
    "gpus",
    "gpuModel",
    "duration",
    "price",
    "gpuHours",
    "unitPrice",
    "tokenPrice",
    "outputTokenPrice",
    "amount",
    "rate",
    "budget",
    "parameters",
    "tokens",
    "outputTokens",
    "utilization",
    "flop",
    "peakFlops",
    "system",
    "priceFact",
    "amountFact",
    "fp8",
    "currency",
  ] as const;
  // A price typed replaces one taken from a fact, and its citation with it.
  if (query.price !== undefined && query.priceFact === undefined) delete next.priceFact;
  if (query.amount !== undefined && query.amountFact === undefined) delete next.amountFact;
  // A FLOP count stands for 6·N·D, and GPU-hours for both: the newest of them is the one meant.
  if (query.flop !== undefined) for (const f of ["parameters", "tokens", "gpuHours"] as const) delete next[f];
  if (query.gpuHours !== undefined || query.parameters !== undefined) delete next.flop;
  for (const field of fields) {
    const value = query[field];
    if (value !== undefined) (next as Record<string, unknown>)[field] = value;
  }
  // "and at 3.5?" after an API bill: the new price is per million tokens, like the one it replaces.
  if (query.price !== undefined && next.tokenPrice !== undefined && query.tokenPrice === undefined) {
    next.tokenPrice = query.price;
    delete next.price;
  }
  // What is asked: the new message's, if it says; a new price or currency asks for the cost; else as before.
  if (query.asked !== undefined) next.asked = query.asked;
  else if (query.price !== undefined || query.unitPrice !== undefined || query.currency !== undefined) delete next.asked;
  if (query.preset) next.preset = query.preset;
  else if (next.preset) {
    // "and 4096 GPUs?" after "like Grok 3": the GPU count is the user's now, the time still Grok 3's.
    const replaced: Record<PresetField, boolean> = {
      gpus: query.gpus !== undefined || query.gpuHours !== undefined,
      duration: query.duration !== undefined || query.gpuHours !== undefined,
      gpuHours: query.gpuHours !== undefined || query.gpus !== undefined || query.duration !== undefined,
      gpuModel: query.gpuModel !== undefined,
      tokenPrice: query.tokenPrice !== undefined || query.price !== undefined,
    };
    const fields = next.preset.fields.filter((f) => !replaced[f]);
    if (fields.some((f) => f !== "gpuModel")) next.preset = { ...next.preset, fields };
    else delete next.preset;
  }
  return next;
}

/**
 * Turns parameters into a calculation, filling gaps from the reference and saying which.
 * `fillDuration: false` is for a follow-up with nothing to follow: ask instead of assuming.
 */
export function planCalculation(params: CalcParams, reference: CalcReference, { fillDuration = true } = {}): CalcOutcome {
  const assumptions: Assumption[] = [];
  const currency = params.currency ?? "USD";
  // The default price is assumed (and said) only where a price is used: not for capex nor FLOP alone.
  const pricePerHour = () => params.price ?? (assumptions.push("price"), reference.defaultPrice.value);
  const asked = params.asked ? { asked: params.asked } : {};

  const finish = <T extends { usd: number }>(
    result: Result<T>,
    extra: (
      value: T,
    ) => Omit<CalcOutcome & { kind: "run" | "gpuHours" | "capex" | "api" | "convert" | "rate" | "budget" | "compute" }, keyof Common>,
  ): CalcOutcome => {
    if (!result.ok) return { kind: "problems", problems: result.problems };
    const preset = {
      ...(params.preset ? { preset: params.preset } : {}),
      ...(params.priceFact && params.price !== undefined ? { priceFact: params.priceFact } : {}),
      ...(params.amountFact && params.amount !== undefined ? { amountFact: params.amountFact } : {}),
      ...asked,
    };
    if (currency !== "USD") {
      const rate = reference.rates[currency];
      if (!rate) return { kind: "no_rate", currency };
      return {
        ...extra(result.value),
        ...preset,
        assumptions,
        currency,
        usd: result.value.usd,
        converted: { amount: convert(result.value.usd, rate.perUsd), rate },
      } as CalcOutcome;
    }
    return { ...extra(result.value), ...preset, assumptions, currency, usd: result.value.usd } as CalcOutcome;
  };

  if (params.amount !== undefined && params.rate) {
    const { per, to } = params.rate;
    const factor = durationHours({ value: 1, unit: to }) / durationHours(per);
    const from = params.amount;
    return finish(sum(from * factor), () => ({ kind: "rate", from, per, to, factor }));
  }
  if (params.amount !== undefined) return finish(sum(params.amount), () => ({ kind: "convert" }));
  if (params.budget !== undefined && params.gpus === undefined && params.gpuHours === undefined) {
    const budget = params.budget;
    const gpuModel = params.gpuModel ? { gpuModel: params.gpuModel } : {};
    const system = params.system ? { system: params.system } : {};
    if (params.unitPrice !== undefined) {
      const per = params.unitPrice;
      return finish(sum(budget), () => ({ kind: "budget", per, buys: "gpus", quantity: Math.floor(budget / per), ...gpuModel, ...system }));
    }
    if (params.price !== undefined) {
      const per = params.price;
      return finish(sum(budget), () => ({ kind: "budget", per, buys: "gpuHours", quantity: budget / per, ...gpuModel }));
    }
  }

  if (params.tokenPrice !== undefined && params.parameters === undefined) {
    if (params.tokens === undefined) return { kind: "missing", missing: ["tokens"] };
    const tokens = params.tokens;
    const tokenPrice = params.tokenPrice;
    if (params.outputTokens !== undefined) {
      // Input and output counted apart need a price each: one price for both would be a guess.
      if (params.outputTokenPrice === undefined) return { kind: "missing", missing: ["tokenPrice"] };
      const output = { tokens: params.outputTokens, price: params.outputTokenPrice };
      return finish(apiCost(tokens, tokenPrice, output), () => ({ kind: "api", tokens, tokenPrice, output }));
    }
    return finish(apiCost(tokens, tokenPrice), () => ({ kind: "api", tokens, tokenPrice }));
  }

  // The compute to do on the GPUs given: a FLOP count given ("3.3e24 FLOP on 2048 H800s at 40% MFU"), or 6·N·D of a
  // model's parameters and tokens. (GPU-hours given settle the compute: "a trillion tokens took 180K GPU-hours".)
  const flopGiven = params.flop !== undefined && params.parameters === undefined && params.tokens === undefined;
  if (flopGiven || ((params.parameters !== undefined || params.tokens !== undefined) && params.gpuHours === undefined)) {
    const missing: CalcField[] = [];
    if (!flopGiven && params.parameters === undefined) missing.push("parameters");
    if (!flopGiven && params.tokens === undefined) missing.push("tokens");
    if (params.gpus === undefined) missing.push("gpus");
    // "How many FLOPs to train a 70B model on 15T tokens?": 6·N·D needs no GPUs.
    if (params.asked === "flop" && params.parameters !== undefined && params.tokens !== undefined && params.gpus === undefined) {
      const estimate = computeFlop(params.parameters, params.tokens);
      if (!estimate.ok) return { kind: "problems", problems: estimate.problems };
      return { kind: "flop", parameters: params.parameters, tokens: params.tokens, flop: estimate.value, assumptions };
    }
    const gpus = params.gpus;
    const work =
      flopGiven && params.flop !== undefined
        ? { flop: params.flop }
        : params.parameters !== undefined && params.tokens !== undefined
          ? { activeParameters: params.parameters, tokens: params.tokens }
          : undefined;
    if (missing.length || gpus === undefined || !work) return { kind: "missing", missing };
    // A peak given ("at 989 TFLOPS") needs no chip; else the chip's own, the H100's when none is named.
    const peakGiven = params.peakFlops !== undefined;
    const gpuModel = params.gpuModel ?? (peakGiven ? undefined : (assumptions.push("gpuModel"), "H100" as const));
    const peakSpec = gpuModel ? reference.gpuPeaks.get(gpuModel) : undefined;
    const fp8 = !peakGiven && params.fp8 === true && peakSpec?.fp8 !== undefined;
    const peak = params.peakFlops ?? (fp8 ? peakSpec?.fp8 : peakSpec?.bf16);
    if (peak === undefined) return { kind: "missing", missing: ["peakFlops"] };
    const utilization = params.utilization ?? (assumptions.push("utilization"), reference.defaultUtilization.value);
    const estimate = computeEstimate({ ...work, gpus, peakFlops: peak, utilization });
    if (!estimate.ok) return { kind: "problems", problems: estimate.problems };
    const price = pricePerHour();
    return finish(gpuHoursCost(estimate.value.gpuHours, price), (c) => ({
      kind: "compute",
      ...(flopGiven ? {} : { parameters: params.parameters, tokens: params.tokens }),
      gpus,
      ...(gpuModel ? { gpuModel } : {}),
      peak,
      ...(peakGiven ? { peakGiven: true } : {}),
      fp8,
      utilization,
      flop: estimate.value.flop,
      hours: estimate.value.hours,
      gpuHours: c.gpuHours,
      price,
    }));
  }

  if (params.unitPrice !== undefined) {
    if (params.gpus === undefined) return { kind: "missing", missing: ["units"] };
    const units = params.gpus;
    const unitPrice = params.unitPrice;
    return finish(capex(units, unitPrice), () => ({
      kind: "capex",
      units,
      unitPrice,
      ...(params.gpuModel ? { gpuModel: params.gpuModel } : {}),
      ...(params.system ? { system: params.system } : {}),
    }));
  }

  if (params.gpuHours !== undefined) {
    const gpuHours = params.gpuHours;
    const price = pricePerHour();
    const split = splitGpuHours(params, gpuHours);
    if (split && !split.ok) return { kind: "problems", problems: split.problems };
    return finish(gpuHoursCost(gpuHours, price), () => ({
      kind: "gpuHours",
      gpuHours,
      price,
      ...(split ? { split: split.value } : {}),
    }));
  }

  if (params.gpus === undefined) {
    return { kind: "missing", missing: params.duration === undefined ? ["gpus", "duration"] : ["gpus"] };
  }
  const gpus = params.gpus;
  if (!fillDuration && params.duration === undefined) return { kind: "missing", missing: ["duration"] };
  const duration =
    params.duration ??
    (assumptions.push("duration"),
    { value: Math.round((reference.referenceRun.gpuHours / reference.referenceRun.gpus / 24) * 10) / 10, unit: "day" as const });
  const hours = durationHours(duration);
  const price = pricePerHour();
  return finish(runCost(gpus, hours, price), (c) => ({
    kind: "run",
    gpus,
    ...(params.gpuModel ? { gpuModel: params.gpuModel } : {}),
    duration,
    hours,
    price,
    gpuHours: c.gpuHours,
  }));
}

/** 6 × parameters × tokens, checked like every other input. */
function computeFlop(parameters: number, tokens: number): Result<number> {
  const problems: Problem[] = [];
  for (const [field, value, max] of [
    ["parameters", parameters, LIMITS.maxParameters],
    ["tokens", tokens, LIMITS.maxTokens],
  ] as const) {
    if (!Number.isFinite(value)) problems.push({ field, kind: "not_a_number" });
    else if (value <= 0) problems.push({ field, kind: value === 0 ? "zero" : "negative" });
    else if (value > max) problems.push({ field, kind: "too_large" });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: 6 * parameters * tokens };
}

type Split = NonNullable<Extract<CalcOutcome, { kind: "gpuHours" }>["split"]>;

/**
 * GPU-hours with a GPU count: the time they take on those GPUs; with a duration: the GPUs that do them
 * in that time (whole GPUs, rounded up). Undefined when neither is given.
 */
function splitGpuHours(params: CalcParams, gpuHours: number): Result<Split> | undefined {
  const model = params.gpuModel ? { gpuModel: params.gpuModel } : {};
  if (params.gpus !== undefined) {
    const gpus = params.gpus;
    const result = runCost(gpus, gpuHours / gpus, 1);
    if (!result.ok) return result;
    return { ok: true, value: { gpus, hours: gpuHours / gpus, derived: "hours", ...model } };
  }
  if (params.duration !== undefined) {
    const duration = params.duration;
    const hours = durationHours(duration);
    const gpus = Math.ceil(gpuHours / hours);
    const result = runCost(gpus, hours, 1);
    if (!result.ok) return result;
    return { ok: true, value: { gpus, hours, derived: "gpus", duration, ...model } };
  }
  return undefined;
}
