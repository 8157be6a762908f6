/**
 * A model's own figures as a calculation's parameters: "like Grok 3 but at $1.5/hour" is Grok 3's
 * GPU count and training time (Epoch AI's figures) at the user's price. Pure; the knowledge base in,
 * parameters out. Also the FLOP → GPU-hours → $ estimate for a model that has compute but no cost,
 * always labelled as our calculation (src/calc/flop.ts).
 */
import { namesChip } from "../knowledge/chips.js";
import { profileOf, type Sourced } from "../knowledge/compare.js";
import { isEpochFact } from "../knowledge/epoch.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Fact } from "../knowledge/schema.js";
import { costFromFlop, type FlopCost } from "./flop.js";
import { GPU_MODELS, type GpuModel } from "./parse.js";
import type { CalcReference } from "./plan.js";

/** The calculator's chip for a hardware name ("NVIDIA H100 SXM5 80GB" → H100), when it is one it knows. */
export function calcChipOf(hardware: string | undefined): GpuModel | undefined {
  if (!hardware) return undefined;
  return GPU_MODELS.find((model) => namesChip(hardware, model));
}

/** Which parameters of a calculation came from a model's figures, so the answer can say whose they are. */
export type PresetField = "gpus" | "duration" | "gpuHours" | "gpuModel" | "tokenPrice";

/** Stored with a calculation's parameters: the model whose figures it uses, and which of them. */
export interface PresetUse {
  subjectId: string;
  fields: PresetField[];
  /** The facts the figures come from, for the sources. */
  factIds: string[];
  /** The chip as the source names it ("NVIDIA H100 SXM5 80GB"), for display. */
  chipName?: string;
}

export interface ModelPreset {
  subjectId: string;
  gpus?: Sourced<number>;
  /** Wall-clock training time in hours. */
  hours?: Sourced<number>;
  /** GPU-hours, when the model has them but not GPUs × time (DeepSeek V3's 2.788M). */
  gpuHours?: Sourced<number>;
  /** The chip, when the calculator knows it (H100, H800, H200, A100, B200). */
  gpuModel?: GpuModel;
  /** The chip as the source names it, for display; kept when the calculator does not know it (TPU v4). */
  chipName?: string;
  /** Training compute, for a model with no GPU figures. */
  flop?: Sourced<number>;
}

/**
 * The calculation parameters a model's figures give: GPU count and training time (Epoch AI's
 * "Hardware quantity" and "Training time", or curated ones), else its GPU-hours; the chip. A figure
 * on top of another model's training (R1's GPU-hours on V3) is not a preset for the whole model.
 */
export function presetFromModel(kb: KnowledgeBase, subjectId: string, { preferGpuHours = false } = {}): ModelPreset | undefined {
  if (!kb.subjectById.has(subjectId)) return undefined;
  const profile = profileOf(kb, subjectId);
  const whole = <T>(s: Sourced<T> | undefined): Sourced<T> | undefined => (s && !s.fact.basis?.onTopOf ? s : undefined);
  // GPUs and hours from one source where possible: Epoch's row gives both.
  const epochGpus = kb.facts.find((f) => f.subject === subjectId && isEpochFact(f) && f.metric === "gpu_count" && f.value !== undefined);
  const gpus = epochGpus && profile.trainingHours ? { value: epochGpus.value as number, fact: epochGpus } : whole(profile.gpus);
  const hours = whole(profile.trainingHours);
  const chipName = profile.gpuModel?.value;
  const preset: ModelPreset = { subjectId };
  // After the model's GPU-hours were told ("how much is that at $2/h"), those GPU-hours, not GPUs × time.
  // So are GPU-hours its maker reported (Meta's 30.84M for Llama 3.1 405B): the primary figure, before an outside
  // estimate of GPUs × time.
  const reported = whole(profile.gpuHours);
  const toldGpuHours = preferGpuHours || (reported && !isEpochFact(reported.fact)) ? reported : undefined;
  if (toldGpuHours) preset.gpuHours = toldGpuHours;
  else if (gpus && hours) {
    preset.gpus = gpus;
    preset.hours = hours;
  } else if (reported) preset.gpuHours = reported;
  else if (gpus) preset.gpus = gpus;
  const gpuModel = calcChipOf(chipName);
  if (gpuModel) preset.gpuModel = gpuModel;
  if (chipName) preset.chipName = chipName;
  const flop = profile.compute.find((c) => isEpochFact(c.fact)) ?? profile.compute[0];
  if (flop) preset.flop = flop;
  return preset;
}

/** Whether a preset can stand in for GPUs × time or GPU-hours in a calculation. */
export const presetRuns = (p: ModelPreset): boolean => (p.gpus !== undefined && p.hours !== undefined) || p.gpuHours !== undefined;

/** What a preset puts into a calculation, and the record of it kept with the parameters. */
export function presetParams(preset: ModelPreset): {
  gpus?: number;
  duration?: { value: number; unit: "hour" };
  gpuHours?: number;
  gpuModel?: GpuModel;
  preset: PresetUse;
} {
  const fields: PresetField[] = [];
  const factIds: string[] = [];
  const use = (field: PresetField, s: Sourced<unknown> | undefined) => {
    if (!s) return;
    fields.push(field);
    if (!factIds.includes(s.fact.id)) factIds.push(s.fact.id);
  };
  const out: ReturnType<typeof presetParams> = { preset: { subjectId: preset.subjectId, fields, factIds } };
  if (preset.gpus && preset.hours) {
    out.gpus = preset.gpus.value;
    out.duration = { value: preset.hours.value, unit: "hour" };
    use("gpus", preset.gpus);
    use("duration", preset.hours);
  } else if (preset.gpuHours) {
    out.gpuHours = preset.gpuHours.value;
    use("gpuHours", preset.gpuHours);
  }
  if (preset.gpuModel) {
    out.gpuModel = preset.gpuModel;
    fields.push("gpuModel");
  }
  if (preset.chipName) out.preset.chipName = preset.chipName;
  return out;
}

/**
 * "at the market H800 rent": a chip's going rate per GPU-hour, the lowest on-demand price listed in the newest
 * month the data has (March 2025: $2.45 at the cheapest cloud, not the big clouds' $10).
 */
export function marketRent(kb: KnowledgeBase, chipId: string): Fact | undefined {
  const rents = kb.facts.filter(
    (f) => f.subject === chipId && f.metric === "rental_price" && typeof f.value === "number" && /USD/.test(f.unit ?? "") && f.asOf,
  );
  const newest = rents.reduce((month, f) => ((f.asOf ?? "").slice(0, 7) > month ? (f.asOf ?? "").slice(0, 7) : month), "");
  return rents.filter((f) => (f.asOf ?? "").startsWith(newest)).sort((a, b) => (a.value as number) - (b.value as number))[0];
}

/**
 * "10M output tokens on R1": the model's API list price per 1M tokens, output unless input is said. The newest
 * list price; a promotion (a fact whose claim needs words like "promo" to be fair) only when there is nothing else.
 */
export function apiPricePreset(
  kb: KnowledgeBase,
  subjectId: string,
  side: "input" | "output" | "both",
): { tokenPrice: number; outputTokenPrice?: number; preset: PresetUse } | undefined {
  const prices = kb.facts
    .filter((f) => f.subject === subjectId && f.metric === "api_price" && f.value !== undefined && /USD/.test(f.unit ?? ""))
    .sort(
      (a, b) =>
        Number(a.claimWords?.fair !== undefined) - Number(b.claimWords?.fair !== undefined) || (b.asOf ?? "").localeCompare(a.asOf ?? ""),
    );
  const fact = prices.find((f) => side === "output" || f.inputPrice !== undefined);
  if (!fact) return undefined;
  const preset: PresetUse = { subjectId, fields: ["tokenPrice"], factIds: [fact.id] };
  // Input and output both counted: each at its own price.
  if (side === "both") return { tokenPrice: fact.inputPrice as number, outputTokenPrice: fact.value as number, preset };
  const tokenPrice = side === "input" ? (fact.inputPrice as number) : (fact.value as number);
  return { tokenPrice, preset };
}

export interface ComputeCostEstimate extends FlopCost {
  /** The compute figure it starts from. */
  flopFact: string;
  /** The chip assumed: the model's own when the calculator knows it, else the H100. */
  gpuModel: GpuModel;
  /** Whether the chip is the model's own (false: the H100, assumed). */
  ownChip: boolean;
  /** Facts behind the chip's peak, the utilisation and the price. */
  assumptionFacts: { peak: string; utilisation: string; price: string };
}

/**
 * What a model's training compute would cost to rent: FLOP / (chip peak × utilisation) = GPU-hours,
 * × price. The chip is the model's own when known (else the H100), the utilisation the reference's
 * (Meta's reported ~40% MFU), the price DeepSeek's assumed $2/GPU-hour. OUR calculation: an
 * answer must say so and never present it as the model's cost.
 */
export function computeCostEstimate(kb: KnowledgeBase, subjectId: string, reference: CalcReference): ComputeCostEstimate | undefined {
  const preset = presetFromModel(kb, subjectId);
  if (!preset?.flop) return undefined;
  const own = preset.gpuModel && reference.gpuPeaks.has(preset.gpuModel) ? preset.gpuModel : undefined;
  const gpuModel: GpuModel = own ?? "H100";
  const peak = reference.gpuPeaks.get(gpuModel);
  if (!peak) return undefined;
  const result = costFromFlop({
    flop: preset.flop.value,
    chip: { name: gpuModel, peakFlops: peak.bf16 },
    utilisation: reference.defaultUtilization.value,
    pricePerChipHour: reference.defaultPrice.value,
  });
  if (!result.ok) return undefined;
  return {
    ...result.value,
    flopFact: preset.flop.fact.id,
    gpuModel,
    ownChip: own !== undefined,
    assumptionFacts: { peak: peak.factId, utilisation: reference.defaultUtilization.factId, price: reference.defaultPrice.factId },
  };
}
