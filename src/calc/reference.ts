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

function need(kb: KnowledgeBase, id: string): Fact & { value: number } {
  const fact = kb.factById.get(id);
  if (fact?.value === undefined) throw new Error(`calculator reference fact ${id} is missing or has no value`);
  return fact as Fact & { value: number };
}

/**
 * The calculator's fallbacks, all read from sourced facts: DeepSeek's $2/GPU-hour and its V3
 * run, Meta's reported MFU, GPU peaks, and the dated exchange rates.
 */
export function calcReferenceFrom(kb: KnowledgeBase, overrides: RateOverrides = {}): CalcReference {
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
  const usdRub = need(kb, "usd-rub-rate");
  const eurRub = need(kb, "eur-rub-rate");
  const storedDate = usdRub.asOf ?? "";
  const rates: Partial<Record<"RUB" | "EUR", ExchangeRate>> = {
    RUB: overrides.usdRub
      ? { perUsd: overrides.usdRub, date: overrides.date ?? "", factIds: [] }
      : { perUsd: usdRub.value, date: storedDate, factIds: [usdRub.id] },
    // The euro is crossed through the rouble: both rates are the Bank of Russia's for the same day.
    EUR: overrides.usdEur
      ? { perUsd: overrides.usdEur, date: overrides.date ?? "", factIds: [] }
      : { perUsd: usdRub.value / eurRub.value, date: storedDate, factIds: [usdRub.id, eurRub.id] },
  };
  return {
    defaultPrice: { value: price.value, factId: price.id },
    referenceRun: { gpus: runDetails.gpus, gpuHours: runDetails.gpuHours, usd: run.value, gpuModel: runDetails.gpuModel, factId: run.id },
    defaultUtilization: { value: 0.4, factId: "llama-405b-cluster" },
    gpuPeaks,
    rates,
  };
}
