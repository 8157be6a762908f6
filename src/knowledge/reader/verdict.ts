import type { Measure } from "../measures.js";
import type { Fact } from "../schema.js";
import type { QuotedFigure } from "./figures.js";

export const VERDICTS = ["confirmed", "roughly_right", "misleading", "wrong", "not_verifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Off by at most this much, a quoted figure is the same figure rounded. */
const SAME = 0.02;
/** Within this, it is the right figure said loosely ("$6M" for $5.576M). */
const CLOSE = 0.15;

/** A figure as a fact states it for one measure: from its value, or from its details ("on 512 H800s"). */
export interface StatedFigure {
  low: number;
  high: number;
  /** "more than $100M": a floor, not a point. */
  floor: boolean;
  unit: string;
}

const DETAIL_FOR: Partial<Record<Measure, { key: "gpus" | "gpuHours" | "parameters" | "tokens" | "flop"; unit: string }>> = {
  gpu_count: { key: "gpus", unit: "GPUs" },
  gpu_hours: { key: "gpuHours", unit: "GPU-hours" },
  parameters: { key: "parameters", unit: "parameters" },
  training_tokens: { key: "tokens", unit: "tokens" },
  training_compute: { key: "flop", unit: "FLOP" },
};

/** The figure a fact gives for a measure: its own value when it is that measure, else a detail it states. */
export function statedFigure(fact: Fact, measure: Measure | undefined, measuresOfFact: readonly Measure[]): StatedFigure | undefined {
  if (fact.value !== undefined && fact.unit && (!measure || measuresOfFact.includes(measure))) {
    return { low: fact.value, high: fact.valueHigh ?? fact.value, floor: fact.atLeast, unit: fact.unit };
  }
  const detail = measure ? DETAIL_FOR[measure] : undefined;
  const value = detail ? fact.details?.[detail.key] : undefined;
  return detail && value !== undefined ? { low: value, high: value, floor: false, unit: detail.unit } : undefined;
}

/** Quoted and stated figures are comparable only in the same kind of unit. */
export function comparableUnits(quoted: QuotedFigure, unit: string): boolean {
  const u = unit.toLowerCase();
  const rate = /per|\/|a day|in \d/.test(u);
  switch (quoted.unit) {
    case "USD":
      return u.startsWith("usd") && (!rate || /year|annual/.test(u));
    case "number":
      return !rate || /year|annual/.test(u);
    case "RUB":
    case "EUR":
      return false;
    case "percent":
      return u === "percent" || u === "%";
    case "usd_per_day":
      return /usd/.test(u) && /day/.test(u);
    case "times_per_year":
      return /(?:times|×|x)\s*per\s*year/.test(u);
    case "gpus":
      return /gpu|chip/.test(u) && !/hour/.test(u);
    case "gpu_hours":
      return /hour/.test(u) && !/usd/.test(u);
    case "tokens":
      return /token/.test(u) && !/usd/.test(u);
    case "parameters":
      return /param/.test(u);
    case "flop":
      return /flop/.test(u);
    case "usd_per_hour":
      return /usd/.test(u) && /hour/.test(u);
    case "usd_per_mtok":
      return /usd/.test(u) && /token/.test(u);
    case "people":
      return /people|employee|staff|headcount/.test(u);
  }
}

/** How a quoted figure stands against a stated one. `unsupported`: a point far above a floor, which the floor neither confirms nor refutes. */
export type Agreement = "same" | "close" | "differs" | "unsupported";

export function agreement(quoted: QuotedFigure, stated: StatedFigure): Agreement {
  const q = quoted.value;
  const { low, high, floor } = stated;
  if (quoted.bound === "atLeast") {
    if (floor) return Math.abs(q - low) / low <= CLOSE ? "same" : q < low ? "close" : "unsupported";
    return high >= q ? "same" : high >= q * (1 - CLOSE) ? "close" : "differs";
  }
  if (quoted.bound === "atMost") return low <= q ? "same" : low <= q * (1 + CLOSE) ? "close" : "differs";
  if (floor) {
    if (q < low * (1 - CLOSE)) return "differs";
    if (q < low * (1 - SAME)) return "close";
    // Far above a floor ("over $1.3M" against "$13M") is not what the floor's source says.
    return q <= low * (1 + CLOSE) ? "same" : q <= low * 2 ? "close" : q < low * 5 ? "unsupported" : "differs";
  }
  const off = q < low ? (low - q) / low : q > high ? (q - high) / high : 0;
  const tolerance = quoted.bound === "about" ? CLOSE : SAME;
  return off <= tolerance ? "same" : off <= CLOSE ? "close" : "differs";
}

/**
 * Measures whose facts are competing estimates of one quantity (GPT-4's cost by four methods): a claim
 * that agrees with some and not others is misleading. For the rest — prices, valuations, capex, each
 * true at its own date — the closest dated figure decides.
 */
const ESTIMATE_MEASURES: ReadonlySet<Measure> = new Set([
  "training_cost",
  "training_compute",
  "gpu_hours",
  "gpu_count",
  "training_time",
  "parameters",
  "training_tokens",
  "opex",
  "gpu_fleet",
  "hardware_spend",
  "salaries",
  "inference_cost",
]);

const QUARTER_MS = 92 * 24 * 3600 * 1000;

/** Claim types that are someone's estimate rather than a statement of the thing itself. */
const ESTIMATES: ReadonlySet<Fact["claimType"]> = new Set(["analyst_estimate", "research_estimate", "our_calculation"]);

export interface Weighed {
  fact: Fact;
  agreement: Agreement;
}

export interface CheckResult {
  verdict: Verdict;
  /** The fact the verdict rests on (the closest primary figure). */
  basis: Fact | undefined;
  weighed: Weighed[];
}

/**
 * The article's own claims are what people check; a fact that only repeats one is no evidence for it.
 * Other press reports (a market drop, an announced investment) are the evidence there is.
 */
export const CHECKED_SOURCE = "ensigame-article";
export const repeatsTheClaim = (fact: Fact) => fact.claimType === "press_report" && fact.sourceIds.every((id) => id === CHECKED_SOURCE);

/**
 * The verdict on a quoted figure given what the facts state for the same subject and measure (primary
 * facts first). With nothing but the article's own claim to go on, a claim that matches it is not
 * verifiable and one that contradicts it is wrong.
 */
export function checkClaim(
  quoted: QuotedFigure,
  facts: readonly Fact[],
  measure: Measure | undefined,
  measuresOf: (fact: Fact) => readonly Measure[],
  /** The question names who made the claim ("по оценке Epoch"): matching that estimate confirms it. */
  attributed = false,
): CheckResult {
  const comparable = facts.flatMap((fact) => {
    const figure = statedFigure(fact, measure, measuresOf(fact));
    return figure && comparableUnits(quoted, figure.unit) ? [{ fact, figure }] : [];
  });
  // The measure's own figures, not its variants ("training cost", not "at cloud prices" or "the cluster's price").
  const exact = comparable.filter((s) => s.fact.metric === measure);
  const stated = exact.length ? exact : comparable;
  const primary = stated.filter((s) => !repeatsTheClaim(s.fact));
  const pressOnly = primary.length === 0;
  const evidence = pressOnly ? stated : primary;
  if (evidence.length === 0) return { verdict: "not_verifiable", basis: facts[0], weighed: [] };

  const rank: Record<Agreement, number> = { same: 0, close: 1, unsupported: 2, differs: 3 };
  // An API price is two figures: "$0.14 per million" may quote the input price as well as the output one.
  const against = (fact: Fact, figure: StatedFigure): Agreement => {
    const output = agreement(quoted, figure);
    if (fact.inputPrice === undefined || quoted.unit !== "usd_per_mtok") return output;
    const input = agreement(quoted, { ...figure, low: fact.inputPrice, high: fact.inputPrice, floor: false });
    return rank[input] < rank[output] ? input : output;
  };
  const weighed = evidence.map(({ fact, figure }) => ({ fact, agreement: against(fact, figure) }));
  const best = [...weighed].sort((a, b) => rank[a.agreement] - rank[b.agreement])[0]!;
  const agree = weighed.filter((w) => w.agreement === "same" || w.agreement === "close");
  const disagree = weighed.filter((w) => w.agreement === "differs");

  // The facts come best first (the company's own figure before outside estimates): the first one decides
  // whether the claim holds; others that disagree make a claim that matches only them misleading.
  const first = weighed[0]!;
  const firstAgrees = first.agreement === "same" || first.agreement === "close";
  let verdict: Verdict;
  if (agree.length === 0) verdict = weighed.every((w) => w.agreement === "unsupported") ? "not_verifiable" : "wrong";
  else if (pressOnly) verdict = "not_verifiable";
  else if (measure && ESTIMATE_MEASURES.has(measure) && disagree.length > 0 && !firstAgrees) verdict = "misleading";
  else verdict = best.agreement === "same" ? "confirmed" : "roughly_right";
  // Prices and values change: a claim that matches only older figures ("H100 rent is $8 an hour", the 2023 peak)
  // while every figure of the latest quarter differs was true once and is misleading now.
  if (quoted.now && measure && !ESTIMATE_MEASURES.has(measure) && (verdict === "confirmed" || verdict === "roughly_right")) {
    const time = (w: Weighed) => (w.fact.asOf ? Date.parse(w.fact.asOf) : NaN);
    const latest = Math.max(...weighed.map(time).filter((t) => !Number.isNaN(t)));
    const recent = weighed.filter((w) => latest - time(w) <= QUARTER_MS);
    if (recent.length > 0 && recent.every((w) => w.agreement === "differs") && agree.every((w) => latest - time(w) > QUARTER_MS))
      verdict = "misleading";
  }
  // "researchers get $1.3M on average": a floor or top figure ("over $1.3M", for some) does not make an average.
  if (
    quoted.average &&
    (verdict === "confirmed" || verdict === "roughly_right") &&
    statedFigure(best.fact, measure, measuresOf(best.fact))?.floor
  )
    verdict = "misleading";
  // Matching an outside estimate shows the figure is the estimate, not that it is so: "roughly right", unless the estimate
  // was what was asked about, or it is researchers' documented figure that no other estimate disputes (Epoch AI's 80,000
  // H100s for Grok 3). So does matching the article's own claim where it names its origin (the salaries, from SemiAnalysis).
  if (
    verdict === "confirmed" &&
    !attributed &&
    (best.fact.sourceIds.includes(CHECKED_SOURCE) ||
      (ESTIMATES.has(best.fact.claimType) && (best.fact.claimType !== "research_estimate" || disagree.length > 0)))
  )
    verdict = "roughly_right";
  return { verdict, basis: best.fact, weighed };
}
