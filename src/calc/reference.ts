import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Fact } from "../knowledge/schema.js";
import { GPU_MODELS, type GpuModel } from "./parse.js";
import type { CalcReference, ExchangeRate, GpuPeak } from "./plan.js";

/** Operator-set rates replace the stored ones (e.g. to follow today's rate). */
export interface RateOverrides {
  usdRub?: number;
  usdEur?: number;
  date?: string;
}

/** The Bank of Russia's rates for one date, as the daily feed gave them (roubles per dollar and per euro). */
export interface OfficialRates {
  date: string;
  usdRub: number;
  eurRub: number;
}

function need(kb: KnowledgeBase, id: string): Fact & { value: number } {
  const fact = kb.factById.get(id);
  if (fact?.value === undefined) throw new Error(`calculator reference fact ${id} is missing or has no value`);
  return fact as Fact & { value: number };
}

/**
 * The rates conversions use, per currency: the operator's (FX_USD_RUB, FX_USD_EUR) first, then the latest official
 * rate from the Bank of Russia's feed, then the stored, sourced rate of the knowledge base. Each keeps its date.
 */
export function exchangeRates(kb: KnowledgeBase, overrides: RateOverrides = {}, official?: OfficialRates): CalcReference["rates"] {
  const usdRub = need(kb, "usd-rub-rate");
  const eurRub = need(kb, "eur-rub-rate");
  const storedDate = usdRub.asOf ?? "";
  const configured = (perUsd: number): ExchangeRate => ({ perUsd, date: overrides.date ?? "", factIds: [], origin: "configured" });
  return {
    RUB: overrides.usdRub
      ? configured(overrides.usdRub)
      : official
        ? { perUsd: official.usdRub, date: official.date, factIds: [], origin: "feed" }
        : { perUsd: usdRub.value, date: storedDate, factIds: [usdRub.id], origin: "fact" },
    // The euro is crossed through the rouble: both rates are the Bank of Russia's for the same day.
    EUR: overrides.usdEur
      ? configured(overrides.usdEur)
      : official
        ? { perUsd: official.usdRub / official.eurRub, date: official.date, factIds: [], origin: "feed" }
        : { perUsd: usdRub.value / eurRub.value, date: storedDate, factIds: [usdRub.id, eurRub.id], origin: "fact" },
  };
}

/**
 * The calculator's fallbacks, all read from sourced facts: DeepSeek's $2/GPU-hour and its V3
 * run, Meta's reported MFU, GPU peaks, and the dated exchange rates (see exchangeRates).
 */
export function calcReferenceFrom(kb: KnowledgeBase, overrides: RateOverrides = {}, official?: OfficialRates): CalcReference {
  const price = need(kb, "v3-price-assumption");
  const run = need(kb, "v3-training-cost");
  const { gpus, gpuHours, gpuModel } = run.details ?? {};
  if (gpus === undefined || gpuHours === undefined || gpuModel === undefined)
    throw new Error("v3-training-cost needs gpus, gpuHours and gpuModel details");
  const runDetails = { gpus, gpuHours, gpuModel };
  const gpuPeaks = new Map<GpuModel, GpuPeak>();
  for (const fact of kb.facts) {
    if (fact.metric !== "peak_flops" || fact.value === undefined) continue;
    const model = GPU_MODELS.find((m) => m.toLowerCase() === fact.subject);
    if (model)
      gpuPeaks.set(model, { bf16: fact.value, ...(fact.details?.fp8Flops ? { fp8: fact.details.fp8Flops } : {}), factId: fact.id });
  }
  const rates = exchangeRates(kb, overrides, official);
  return {
    defaultPrice: { value: price.value, factId: price.id },
    referenceRun: { gpus: runDetails.gpus, gpuHours: runDetails.gpuHours, usd: run.value, gpuModel: runDetails.gpuModel, factId: run.id },
    defaultUtilization: { value: 0.4, factId: "llama-405b-cluster" },
    gpuPeaks,
    rates,
  };
}
