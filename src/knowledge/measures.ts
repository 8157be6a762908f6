import type { Fact } from "./schema.js";

/**
 * What a question can ask about a subject. The reader maps words to these; every fact's metric maps
 * to one or more of them, so "what did X cost" finds X's cost facts and nothing else.
 */
export const MEASURES = [
  "training_cost",
  "training_compute",
  "gpu_hours",
  "gpu_count",
  "training_time",
  "hardware",
  "parameters",
  "training_tokens",
  "api_price",
  "inference_cost",
  "opex",
  "capex",
  "hardware_spend",
  "gpu_fleet",
  "salaries",
  "headcount",
  "investment",
  "funding",
  "revenue",
  "valuation",
  "market_value",
  "chip_price",
  "rental_price",
  "chip_spec",
  "export_controls",
  "price_trend",
  "cost_trend",
  "cost_scope",
  "techniques",
  "estimate_differences",
  "release",
  "architecture",
  "fx_rate",
] as const;
export type Measure = (typeof MEASURES)[number];

const MEASURE_SET: ReadonlySet<string> = new Set(MEASURES);
export const isMeasure = (value: string): value is Measure => MEASURE_SET.has(value);

/** Metrics that are finer than a measure, or older names for one. */
const METRIC_MEASURES: Record<string, readonly Measure[]> = {
  architecture_moe: ["architecture", "techniques"],
  architecture_mtp: ["architecture", "techniques"],
  precision: ["techniques"],
  combined_cost: ["training_cost"],
  training_cost_cloud: ["training_cost"],
  training_cost_upfront: ["training_cost"],
  // What buying the cluster would cost: not what the training run cost.
  hardware_acquisition_cost: ["hardware_spend"],
  comparison: ["gpu_hours"],
  conclusion: ["cost_scope"],
  gpu_hour_price: ["rental_price"],
  // The split of V3's run by stage, in GPU-hours and dollars.
  gpu_hours_split: ["gpu_hours", "training_cost"],
  peak_flops: ["chip_spec"],
  // Market facts finer than a measure.
  share_price_change: ["market_value"],
  charge: ["export_controls"],
  tokens_per_day: ["inference_cost"],
  api_price_comparison: ["api_price"],
  chip_spec_comparison: ["chip_spec"],
  // Explanations (knowledge/facts/explanations.yaml): why figures are what they are.
  fleet_estimate_basis: ["estimate_differences", "gpu_fleet", "opex", "capex"],
  investment_scope: ["cost_scope", "investment", "hardware_spend"],
  salaries_scope: ["cost_scope", "salaries"],
  why_cheaper: ["techniques", "estimate_differences"],
  unit_price: ["chip_price"],
};

/** The measures a fact answers: its metric's, with a cost stated under a compute metric counted as a cost. */
export function measuresOf(fact: Pick<Fact, "metric" | "unit">): readonly Measure[] {
  if (fact.metric === "training_compute" && fact.unit === "USD") return ["training_cost", "training_compute"];
  if (isMeasure(fact.metric)) return [fact.metric];
  return METRIC_MEASURES[fact.metric] ?? [];
}
