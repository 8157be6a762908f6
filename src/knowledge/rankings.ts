import { namesChip } from "./chips.js";
import { factsOf } from "./compare.js";
import { EPOCH_SOURCE_ID, isEpochFact } from "./epoch.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { measuresOf } from "./measures.js";
import type { Fact, Subject } from "./schema.js";

/**
 * Rankings and trends over the models in the knowledge base: "the most expensive models to train",
 * "top 10 by compute", "models trained on H100s", "how fast is training cost growing". Pure.
 *
 * Models are ranked by Epoch AI's figures, one column for all, so the list compares like with like;
 * curated figures of the same measure (DeepSeek's own $5.576M) come along to be shown beside.
 */

export const RANK_MEASURES = ["training_cost", "training_compute", "gpu_count", "parameters", "training_tokens"] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];
export const isRankMeasure = (value: string): value is RankMeasure => (RANK_MEASURES as readonly string[]).includes(value);

/** The unit each measure's figures are in: training tokens only for language models (Epoch counts other data otherwise). */
const UNITS: Record<RankMeasure, string> = {
  training_cost: "USD",
  training_compute: "FLOP",
  gpu_count: "chips",
  parameters: "parameters",
  training_tokens: "tokens",
};

/** Curated facts shown beside Epoch's figure of a measure: same measure, same unit. */
const curatedOf = (measure: RankMeasure, fact: Fact): boolean =>
  !isEpochFact(fact) &&
  fact.value !== undefined &&
  fact.claimType !== "press_report" &&
  fact.unit === (measure === "gpu_count" ? "GPUs" : UNITS[measure]) &&
  measuresOf(fact).includes(measure) &&
  !fact.basis?.onTopOf &&
  fact.basis?.method !== "purchase";

export interface RankOptions {
  measure: RankMeasure;
  /** How many to return: 10 unless asked. */
  limit?: number;
  /** Only models whose training hardware names this chip ("H100" also finds "NVIDIA H100 SXM5 80GB"). */
  hardware?: string;
  /** Only models of this organisation (case-insensitive; "Google" also finds "Google DeepMind"). */
  organization?: string;
  /** Only models published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string;
  /** Only these models ("rank GPT-4, Gemini Ultra and Llama 3.1 405B by cost"). */
  only?: string[];
}

export const DEFAULT_RANK_LIMIT = 10;
/** The most a ranking lists. */
export const MAX_RANK_LIMIT = 25;

export interface RankedModel {
  subjectId: string;
  subject: Subject;
  organization?: string;
  date?: string;
  /** Epoch AI's figure of the measure. */
  value: number;
  fact: Fact;
  confidence?: Fact["confidence"];
  /** Curated figures of the same measure, to show beside ("DeepSeek's own $5.576M"). */
  curated: Fact[];
  /** The training hardware as Epoch AI names it, when it does. */
  hardware?: string;
  /** Every fact the line rests on, for its sources: the figure, the curated ones, the hardware. */
  facts: Fact[];
}

export interface Ranking {
  options: Required<Pick<RankOptions, "measure" | "limit">> & Omit<RankOptions, "measure" | "limit">;
  /** The top models, largest first. */
  items: RankedModel[];
  /** Every model with the figure that passes the filters (for the chart), largest first. */
  all: RankedModel[];
}

/** The hardware a subject was trained on, as Epoch AI's table names it. */
export function hardwareOf(kb: KnowledgeBase, subjectId: string): { text: string; fact: Fact } | undefined {
  const facts = factsOf(kb, subjectId);
  const named = facts.find((f) => isEpochFact(f) && f.details?.gpuModel !== undefined);
  if (named?.details?.gpuModel) return { text: named.details.gpuModel, fact: facts.find((f) => f.metric === "hardware") ?? named };
  // Several kinds of chip: only the hardware fact's sentence names them all.
  const fact = facts.find((f) => isEpochFact(f) && f.metric === "hardware");
  if (!fact) return undefined;
  // The sentence names the model too: taken out, so a chip in a model's name is not read as its hardware.
  const name = kb.subjectById.get(subjectId)?.name.en;
  return { text: name ? fact.text.en.split(name).join(" ") : fact.text.en, fact };
}

const organizationMatches = (organization: string | undefined, wanted: string): boolean =>
  organization !== undefined &&
  organization
    .toLowerCase()
    .split(/,\s*/)
    .some((org) => org === wanted.toLowerCase() || org.startsWith(`${wanted.toLowerCase()} `));

/** Every model with Epoch AI's figure of the measure that passes the filters, largest first. */
export function modelsWith(kb: KnowledgeBase, options: Omit<RankOptions, "limit">): RankedModel[] {
  const { measure } = options;
  const out: RankedModel[] = [];
  for (const subject of kb.subjects) {
    if (subject.kind !== "model" || (options.only && !options.only.includes(subject.id))) continue;
    const facts = factsOf(kb, subject.id);
    // A curated subject may stand for several rows (GPT-4's March and June versions): the first row's figure.
    const fact = facts.find((f) => isEpochFact(f) && f.metric === measure && f.value !== undefined && f.unit === UNITS[measure]);
    if (!fact || fact.value === undefined) continue;
    const organization = subject.organization ?? kb.sourceById.get(fact.sourceIds.find((id) => id !== EPOCH_SOURCE_ID) ?? "")?.publisher;
    const date = subject.date;
    if (options.organization && !organizationMatches(organization, options.organization)) continue;
    if (options.since && (!date || date < options.since)) continue;
    const hardware = hardwareOf(kb, subject.id);
    if (options.hardware && !(hardware && namesChip(hardware.text, options.hardware))) continue;
    const curated = facts.filter((f) => curatedOf(measure, f));
    out.push({
      subjectId: subject.id,
      subject,
      ...(organization ? { organization } : {}),
      ...(date ? { date } : {}),
      value: fact.value,
      fact,
      ...(fact.confidence ? { confidence: fact.confidence } : {}),
      curated,
      ...(hardware ? { hardware: hardware.text } : {}),
      facts: [fact, ...curated, ...(options.hardware && hardware ? [hardware.fact] : [])],
    });
  }
  return out.sort((a, b) => b.value - a.value || (a.date ?? "").localeCompare(b.date ?? ""));
}

/** The top models by a measure: Epoch AI's figure for each, curated figures beside. */
export function rankModels(kb: KnowledgeBase, options: RankOptions): Ranking {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_RANK_LIMIT)), MAX_RANK_LIMIT);
  const all = modelsWith(kb, options);
  return { options: { ...options, limit }, items: all.slice(0, limit), all };
}

// ── Trends ───────────────────────────────────────────────────────────────────

/** Epoch AI's definition of a frontier model: among the 10 largest by training compute when it came out. */
export const FRONTIER_TOP = 10;

/** Years since 1970 as a fraction: "2024-07-01" → 2024.5. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const start = Date.UTC(y ?? 1970, 0, 1);
  const end = Date.UTC((y ?? 1970) + 1, 0, 1);
  return (y ?? 1970) + (Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - start) / (end - start);
}

/**
 * The frontier models: those among the FRONTIER_TOP largest by training compute (Epoch AI's
 * figures) of all models published up to their date. By subject id.
 */
export function frontierModels(kb: KnowledgeBase): Set<string> {
  const withCompute = modelsWith(kb, { measure: "training_compute" })
    .filter((m) => m.date !== undefined)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const frontier = new Set<string>();
  const seen: number[] = []; // computes so far, largest first
  for (const model of withCompute) {
    const larger = seen.filter((v) => v > model.value).length;
    if (larger < FRONTIER_TOP) frontier.add(model.subjectId);
    const at = seen.findIndex((v) => v < model.value);
    seen.splice(at === -1 ? seen.length : at, 0, model.value);
  }
  return frontier;
}

export interface TrendPoint {
  model: RankedModel;
  year: number;
}

export interface Trend {
  measure: RankMeasure;
  /** How many times the figure grows each year on the fitted line (10^slope). */
  factorPerYear: number;
  /** log10 of the figure = intercept + slope × year. */
  fit: { slope: number; intercept: number; r2: number };
  /** The period the fit covers: the first and last model's dates. */
  from: string;
  to: string;
  /** The frontier models with the figure: the fit's points. */
  points: TrendPoint[];
  /** Epoch AI's own published growth figure for the measure, when the knowledge base has it: a different fit, told beside ours. */
  published?: Fact;
}

/** Ordinary least squares of y on x. */
function leastSquares(xs: number[], ys: number[]): { slope: number; intercept: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy) };
}

/** Published growth figures: the measure's metric in the knowledge base, a research estimate about frontier models. */
const PUBLISHED_TREND_METRIC: Partial<Record<RankMeasure, string>> = { training_cost: "cost_trend", training_compute: "compute_trend" };

/** Fewer points than this make no trend worth telling. */
export const MIN_TREND_POINTS = 5;

/**
 * Where a trend starts unless asked: costs from 2016, as in Epoch AI's study of training costs
 * (Cottier et al. 2024); the rest from 2010, the start of the deep-learning era in Epoch's trend work.
 */
export const DEFAULT_TREND_SINCE: Record<RankMeasure, string> = {
  training_cost: "2016",
  training_compute: "2010",
  gpu_count: "2010",
  parameters: "2010",
  training_tokens: "2010",
};

/**
 * Growth per year of a measure over the frontier models that have it: a least-squares line through
 * log10(figure) against the publication date, from `since` (DEFAULT_TREND_SINCE unless given).
 * Undefined when fewer than MIN_TREND_POINTS models qualify.
 */
export function trend(
  kb: KnowledgeBase,
  measure: RankMeasure,
  { since = DEFAULT_TREND_SINCE[measure] }: { since?: string } = {},
): Trend | undefined {
  const frontier = frontierModels(kb);
  const points = modelsWith(kb, { measure, ...(since ? { since } : {}) })
    .filter((m) => m.date !== undefined && frontier.has(m.subjectId))
    .map((model) => ({ model, year: yearOf(model.date as string) }))
    .sort((a, b) => a.year - b.year);
  if (points.length < MIN_TREND_POINTS) return undefined;
  const fit = leastSquares(
    points.map((p) => p.year),
    points.map((p) => Math.log10(p.model.value)),
  );
  const metric = PUBLISHED_TREND_METRIC[measure];
  const published = metric
    ? kb.facts.find((f) => f.metric === metric && f.claimType === "research_estimate" && f.value !== undefined && f.value > 1)
    : undefined;
  return {
    measure,
    factorPerYear: 10 ** fit.slope,
    fit,
    from: points[0]?.model.date as string,
    to: points.at(-1)?.model.date as string,
    points,
    ...(published ? { published } : {}),
  };
}
