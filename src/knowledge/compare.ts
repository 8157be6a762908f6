import { aliasIndex, isEpochFact, resolveAlias, type AliasTarget } from "./epoch.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { CostBasis, Fact, Subject } from "./schema.js";
import { SubjectIndex } from "./reader/subjects.js";

/**
 * Two models side by side, like with like. Pure: the knowledge base in, the comparison out; the
 * bot renders it (src/bot/render-compare.ts).
 *
 * The headline ratio pairs two figures estimated the same way: Epoch AI's 2023-dollar column for
 * both, or both "GPU rental at $2 per GPU-hour", or both at cloud prices (see `pairScore`). Every
 * other pair of whole-run figures makes the range shown beside it. A figure that is one model's
 * training on top of another's (DeepSeek's $294K for R1, on top of V3) is never set against a
 * whole run: such a model is compared as base + model (V3 + R1), through the figures that cover both.
 */

/** A figure with the fact it comes from, so every number in a comparison can be cited. */
export interface Sourced<T> {
  value: T;
  fact: Fact;
}

/** How a cost figure was estimated, when its fact does not say (curated facts say it in `basis`). */
export type CostMethod = CostBasis | "unknown";

export interface CostFigure {
  usd: number;
  /** "more than $100M" is a lower bound, not a point estimate. */
  atLeast: boolean;
  fact: Fact;
  method: CostMethod;
  /**
   * Figures with the same key were estimated the same way: `epoch:training_cost` (Epoch AI's
   * 2023-dollar column), `rental@2` (GPU-hours at $2 each), `cloud`, `amortized`. Unknown methods get
   * a key of their own and pair with nothing.
   */
  key: string;
  /** From Epoch AI's table. */
  epoch: boolean;
  /** The model whose training this figure comes on top of (R1's $294K on V3). */
  onTopOf?: string;
  /** Other models whose training the figure also covers (V3 in "V3 + R1"). */
  includes: string[];
}

export interface Profile {
  subjectId: string;
  /** Whole-run training costs, cheapest first: the figures ratios are made of. */
  costs: CostFigure[];
  /** Costs on top of another model's training (R1's $294K on V3): shown, never in a ratio. */
  incremental: CostFigure[];
  /** Text-only cost statements with no number (Claude's "a few $10M's"). */
  costStatements: Fact[];
  /**
   * Set when the model's own figures are on top of a base model's (R1 on V3): it is compared as
   * base + model, through `costs` that cover both (the curated V3 + R1 sum, Epoch's R1 estimate).
   */
  base?: string;
  /** Training compute in FLOP: curated figures first, then Epoch AI's. */
  compute: Sourced<number>[];
  gpus?: Sourced<number>;
  gpuModel?: Sourced<string>;
  gpuHours?: Sourced<number>;
  /** Wall-clock training time in hours. */
  trainingHours?: Sourced<number>;
  parameters?: Sourced<number>;
  activeParameters?: Sourced<number>;
  tokens?: Sourced<number>;
}

/** Epoch AI's cost columns, by fact metric: how each was estimated. */
const EPOCH_COST_METHODS: Readonly<Record<string, CostBasis>> = {
  training_cost: "amortized",
  training_cost_cloud: "cloud",
  training_cost_upfront: "purchase",
  hardware_acquisition_cost: "purchase",
};

/** Metrics whose USD figures are what a training run cost (or a purchase price, kept apart). */
const COST_METRICS = new Set(["training_cost", "training_compute", "comparison", "combined_cost", ...Object.keys(EPOCH_COST_METHODS)]);

function costFigure(fact: Fact & { value: number }): CostFigure {
  const epoch = isEpochFact(fact);
  const method: CostMethod = epoch ? (EPOCH_COST_METHODS[fact.metric] ?? "unknown") : (fact.basis?.method ?? "unknown");
  const price = fact.basis?.pricePerGpuHour;
  const key = epoch
    ? `epoch:${fact.metric}`
    : method === "unknown"
      ? `fact:${fact.id}`
      : method === "rental"
        ? price === undefined
          ? `fact:${fact.id}`
          : `rental@${price}`
        : method;
  return {
    usd: fact.value,
    atLeast: fact.atLeast,
    fact,
    method,
    key,
    epoch,
    ...(fact.basis?.onTopOf ? { onTopOf: fact.basis.onTopOf } : {}),
    includes: fact.basis?.includes ?? [],
  };
}

const isModel = (subject: Subject | undefined): boolean => subject?.kind === "model";

const factIndexes = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly Fact[]>>();

/** A subject's facts in knowledge-base order (curated first, then Epoch AI's), indexed once per knowledge base. */
export function factsOf(kb: KnowledgeBase, subjectId: string): readonly Fact[] {
  let index = factIndexes.get(kb);
  if (!index) {
    const built = new Map<string, Fact[]>();
    for (const fact of kb.facts) {
      const list = built.get(fact.subject);
      if (list) list.push(fact);
      else built.set(fact.subject, [fact]);
    }
    factIndexes.set(kb, (index = built));
  }
  return index.get(subjectId) ?? [];
}

/** Everything the knowledge base says about one model that can be put side by side. */
export function profileOf(kb: KnowledgeBase, subjectId: string): Profile {
  const facts = factsOf(kb, subjectId);
  const profile: Profile = { subjectId, costs: [], incremental: [], costStatements: [], compute: [] };
  // Primary figures first: an article's claim only stands in where nothing better exists.
  const primary = facts.filter((f) => f.claimType !== "press_report");
  const usd = (f: Fact): f is Fact & { value: number } => f.unit === "USD" && f.value !== undefined && COST_METRICS.has(f.metric);
  const primaryCosts = primary.filter((f) => usd(f) && (f.costMethod !== undefined || isEpochFact(f)));
  const costFacts = primaryCosts.length ? primaryCosts : facts.filter((f) => usd(f) && f.costMethod !== undefined);
  const figures = costFacts.filter(usd).map(costFigure);
  profile.incremental = figures.filter((c) => c.onTopOf !== undefined);
  profile.base = profile.incremental[0]?.onTopOf;
  profile.costs = figures.filter((c) => c.onTopOf === undefined && c.method !== "purchase");
  if (profile.base) {
    // Epoch AI's figures for a model built on another count the base's training too (its notes for
    // R1 add V3's cost); one smaller than the base's own Epoch figure cannot, and is left out.
    const baseEpoch = factsOf(kb, profile.base).find((f) => isEpochFact(f) && f.metric === "training_cost")?.value;
    profile.costs = profile.costs.filter((c) => !c.epoch || baseEpoch === undefined || c.usd >= baseEpoch);
  }
  profile.costs.sort((a, b) => a.usd - b.usd);
  profile.costStatements = primary.filter((f) => f.metric === "training_cost" && f.value === undefined);

  const curated = facts.filter((f) => !isEpochFact(f));
  const flopFacts = [
    ...curated.filter((f) => f.metric === "training_compute" && f.unit === "FLOP" && f.value !== undefined),
    ...curated.filter((f) => !(f.metric === "training_compute" && f.unit === "FLOP") && f.details?.flop !== undefined),
    ...facts.filter((f) => isEpochFact(f) && f.metric === "training_compute" && f.value !== undefined),
  ];
  profile.compute = flopFacts
    .filter((f) => f.claimType !== "press_report")
    .map((fact) => ({ value: (fact.unit === "FLOP" ? fact.value : fact.details?.flop) as number, fact }));

  const first = <T>(pick: (f: Fact) => T | undefined): Sourced<T> | undefined => {
    for (const fact of [...primary, ...facts]) {
      const value = pick(fact);
      if (value !== undefined) return { value, fact };
    }
    return undefined;
  };
  profile.gpus = first((f) => (f.metric === "gpu_count" ? f.value : undefined) ?? f.details?.gpus);
  profile.gpuModel = first((f) => f.details?.gpuModel);
  profile.gpuHours = first((f) => (f.metric === "gpu_hours" && f.unit === "GPU-hours" ? f.value : undefined) ?? f.details?.gpuHours);
  profile.trainingHours = first((f) => (f.metric === "training_time" && f.unit === "hours" ? f.value : undefined));
  profile.parameters = first((f) => (f.metric === "parameters" ? f.value : undefined) ?? f.details?.parameters);
  profile.activeParameters = first((f) => f.details?.activeParameters);
  profile.tokens = first((f) => (f.metric === "training_tokens" && f.unit === "tokens" ? f.value : undefined) ?? f.details?.tokens);
  return profile;
}

/** The kinds of figure a comparison shows, in the order it shows them. */
export const FIGURES = ["cost", "compute", "gpus", "gpuHours", "trainingTime", "parameters", "tokens"] as const;
export type FigureKind = (typeof FIGURES)[number];

/** The figures a profile lacks, in display order. */
export function missingFigures(p: Profile): FigureKind[] {
  const has: Record<FigureKind, boolean> = {
    cost: p.costs.length > 0 || p.incremental.length > 0 || p.costStatements.length > 0,
    compute: p.compute.length > 0,
    gpus: p.gpus !== undefined,
    gpuHours: p.gpuHours !== undefined,
    trainingTime: p.trainingHours !== undefined,
    parameters: p.parameters !== undefined,
    tokens: p.tokens !== undefined,
  };
  return FIGURES.filter((kind) => !has[kind]);
}

export const hasFigures = (p: Profile): boolean => missingFigures(p).length < FIGURES.length;

/** A model (kind "model") with at least one figure: cost, compute, GPUs, GPU-hours, time, parameters or tokens. */
export function isComparable(kb: KnowledgeBase, subjectId: string): boolean {
  return isModel(kb.subjectById.get(subjectId)) && hasFigures(profileOf(kb, subjectId));
}

export function comparableSubjects(kb: KnowledgeBase): string[] {
  return kb.subjects.map((s) => s.id).filter((id) => isComparable(kb, id));
}

/** How alike the way two figures were estimated: 0 is "not alike", higher is more alike. */
export function pairScore(x: CostFigure, y: CostFigure): number {
  const unusable = (c: CostFigure) => c.method === "informal" || c.method === "unknown" || c.method === "purchase" || c.atLeast;
  if (unusable(x) || unusable(y)) return 0;
  let score = x.key === y.key ? 2 : x.method === y.method && x.method !== "rental" ? 1 : 0;
  if (score === 0) return 0;
  if (x.fact.sourceIds[0] === y.fact.sourceIds[0]) score += 1; // one dataset or study for both
  if (x.epoch && y.epoch && x.fact.metric === "training_cost") score += 0.5; // Epoch's main column
  return score;
}

export interface CostPair {
  a: CostFigure;
  b: CostFigure;
  /** 0 when the two were estimated differently; see pairScore. */
  score: number;
}

export interface Comparison {
  a: Profile;
  b: Profile;
  /** The pair of cost figures estimated most alike, when any two were estimated the same way. */
  headline?: CostPair & { cheaper: string; dearer: string; ratio: number };
  /**
   * How many times the dearer model's figures exceed the cheaper one's over every pair of
   * whole-run figures, lowest to highest. `low` under 1 means the estimates overlap.
   */
  ratio?: { cheaper: string; dearer: string; low: number; high: number; pairs: number };
  /** Training compute side by side, when both have it: Epoch AI's figures for both when it has them. */
  compute?: { a: Sourced<number>; b: Sourced<number>; larger: string; smaller: string; ratio: number; sameSource: boolean };
}

const geometricMean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

export function compare(kb: KnowledgeBase, a: string, b: string): Comparison {
  const pa = profileOf(kb, a);
  const pb = profileOf(kb, b);
  const result: Comparison = { a: pa, b: pb };
  const byId = (id: string) => (id === pa.subjectId ? pa : pb);

  if (pa.costs.length && pb.costs.length) {
    const pairs: CostPair[] = pa.costs.flatMap((x) => pb.costs.map((y) => ({ a: x, b: y, score: pairScore(x, y) })));
    // Best score first; among equals, the curated figures first (the profile's order puts them first within a price).
    const best = pairs.reduce<CostPair | undefined>((top, p) => (p.score > 0 && (!top || p.score > top.score) ? p : top), undefined);
    let cheaper: string;
    if (best) {
      cheaper = best.a.usd <= best.b.usd ? pa.subjectId : pb.subjectId;
      const [cheap, dear] = cheaper === pa.subjectId ? [best.a, best.b] : [best.b, best.a];
      result.headline = { ...best, cheaper, dearer: cheaper === pa.subjectId ? pb.subjectId : pa.subjectId, ratio: dear.usd / cheap.usd };
    } else {
      cheaper = geometricMean(pa.costs.map((c) => c.usd)) <= geometricMean(pb.costs.map((c) => c.usd)) ? pa.subjectId : pb.subjectId;
    }
    const dearer = cheaper === pa.subjectId ? pb.subjectId : pa.subjectId;
    const ratios = byId(cheaper).costs.flatMap((c) => byId(dearer).costs.map((d) => d.usd / c.usd));
    result.ratio = { cheaper, dearer, low: Math.min(...ratios), high: Math.max(...ratios), pairs: ratios.length };
  }

  if (pa.compute.length && pb.compute.length) {
    const epochA = pa.compute.find((c) => isEpochFact(c.fact));
    const epochB = pb.compute.find((c) => isEpochFact(c.fact));
    const [x, y] = epochA && epochB ? [epochA, epochB] : [pa.compute[0] as Sourced<number>, pb.compute[0] as Sourced<number>];
    const larger = x.value >= y.value ? pa.subjectId : pb.subjectId;
    result.compute = {
      a: x,
      b: y,
      larger,
      smaller: larger === pa.subjectId ? pb.subjectId : pa.subjectId,
      ratio: Math.max(x.value, y.value) / Math.min(x.value, y.value),
      sameSource: x.fact.sourceIds[0] === y.fact.sourceIds[0],
    };
  }
  return result;
}

// ── Partners and names ───────────────────────────────────────────────────────

/** The pair people mean when they name one model: DeepSeek against GPT-4, and back. */
const POPULAR_PARTNERS: Readonly<Record<string, string>> = {
  "deepseek-v3": "gpt-4",
  "deepseek-r1": "gpt-4",
  "gpt-4": "deepseek-v3",
};

export interface Partner {
  subjectId: string;
  /** `popular`: the pair people ask about; `closest`: the nearest comparable model by organisation and date. */
  reason: "popular" | "closest";
}

const dayNumber = (date: string | undefined): number | undefined => {
  if (!date) return undefined;
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/** The first word of a name, letters only: "grok" for Grok 3, "gpt" for GPT-4.5, "llama" for Llama 3.1-405B. */
const nameStem = (subject: Subject): string => /^\p{L}+/u.exec(subject.name.en.toLowerCase())?.[0] ?? "";

/**
 * Whom to compare a model with when only one is named: GPT-4 for DeepSeek and back; otherwise
 * the closest comparable model: one with the same kind of headline figure (a cost if this model
 * has one, else compute), of the same line ("Grok", "GPT") or else the same organisation when
 * there is one, nearest in date.
 */
export function defaultPartner(kb: KnowledgeBase, subjectId: string): Partner | undefined {
  const popular = POPULAR_PARTNERS[subjectId];
  if (popular && kb.subjectById.has(popular)) return { subjectId: popular, reason: "popular" };
  const subject = kb.subjectById.get(subjectId);
  const own = profileOf(kb, subjectId);
  const wantsCost = own.costs.length > 0;
  const day = dayNumber(subject?.date);
  let best: { id: string; score: number } | undefined;
  for (const other of kb.subjects) {
    if (other.id === subjectId || !isModel(other)) continue;
    const p = profileOf(kb, other.id);
    if (wantsCost ? p.costs.length === 0 : p.compute.length === 0 && p.costs.length === 0) continue;
    const otherDay = dayNumber(other.date);
    const distance = day !== undefined && otherDay !== undefined ? Math.abs(day - otherDay) : 10_000;
    const sameOrganization = subject?.organization !== undefined && subject.organization === other.organization;
    const sameLine = subject !== undefined && nameStem(subject) !== "" && nameStem(subject) === nameStem(other);
    const score = distance - (sameOrganization ? 5_000 : 0) - (sameLine ? 20_000 : 0);
    if (!best || score < best.score) best = { id: other.id, score };
  }
  return best ? { subjectId: best.id, reason: "closest" } : undefined;
}

/**
 * The subjects a text names, in order of mention, a name said twice twice: the reader's (`Reader.subjectsIn`),
 * which reads names with typos, in Cyrillic and glued to versions.
 */
export type FindSubjects = (text: string) => string[];

interface Names {
  /** Built only where no reader's is given (tests, scripts). */
  find?: FindSubjects;
  models: ReadonlyMap<string, AliasTarget>;
  all: ReadonlyMap<string, AliasTarget>;
}
const namesByKb = new WeakMap<KnowledgeBase, Names>();

function namesOf(kb: KnowledgeBase): Names {
  let found = namesByKb.get(kb);
  if (!found) {
    found = { models: aliasIndex(kb.subjects.filter(isModel)), all: aliasIndex(kb.subjects) };
    namesByKb.set(kb, found);
  }
  return found;
}

/** A SubjectIndex as the reader builds it, for callers without a reader. */
function ownFinder(kb: KnowledgeBase): FindSubjects {
  const index = new SubjectIndex(kb.subjects, new Set(kb.lexicon.stopwords), kb.nameForms);
  return (text) => index.read(text).mentions.flatMap((m) => m.subjectIds.slice(0, 1));
}

/**
 * The subject an exact name stands for ("грок 3", "GPT-4.5", "deepseek-r1"), a model when the name
 * is also something else's ("chatgpt": GPT-4, not the service). A stand-in until the reader has
 * its own index.
 */
export function resolveModelName(kb: KnowledgeBase, name: string): string | undefined {
  const { models, all } = namesOf(kb);
  return (resolveAlias(models, name) ?? resolveAlias(all, name))?.subjectId;
}

/** "A vs B", "A и B", "A, B": the two halves of a pair, when the text is written that way. */
const PAIR_SEPARATOR = /\s+(?:vs\.?|versus|против|и|and|или|or|with|с|to)\s+|\s*[,;/|]\s*|\s+[-–—]\s+/iu;

/**
 * The models a /compare text names, in order of mention, without repeats (zero, one, two or more;
 * one model named twice, "gpt4 chatgpt", comes back as [id, id]).
 * "A vs B" halves are looked up exactly first; otherwise every name found in the text, reading it
 * word by word too when that finds more ("/compare deepseek r1" is V3 and R1, though "deepseek r1"
 * is also R1's full name). A name that is a model's and something else's counts as the model's.
 * Kept in one place so the reader's name resolution can replace it.
 */
export function resolveCompareSubjects(kb: KnowledgeBase, text: string, findSubjects?: FindSubjects): string[] {
  const lookup = namesOf(kb);
  const find = findSubjects ?? (lookup.find ??= ownFinder(kb));
  const parts = text
    .trim()
    .split(PAIR_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const exact = parts.map((p) => resolveModelName(kb, p));
    if (exact.every((id) => id !== undefined)) return [...new Set(exact)];
  }
  const asModel = (id: string): string => {
    if (isModel(kb.subjectById.get(id))) return id;
    const subject = kb.subjectById.get(id);
    for (const alias of subject?.aliases ?? []) {
      const model = resolveAlias(lookup.models, alias)?.subjectId;
      if (model) return model;
    }
    return id;
  };
  const distinct = (ids: string[]) => [...new Set(ids)];
  let mentions = find(text).map(asModel);
  if (distinct(mentions).length < 2) {
    // Exact names per word: a map lookup each, where finding names in every word would cost milliseconds.
    const wordByWord = text.split(/\s+/).flatMap((word) => {
      const id = resolveModelName(kb, word);
      return id === undefined ? [] : [asModel(id)];
    });
    if (distinct(wordByWord).length > distinct(mentions).length) mentions = wordByWord;
  }
  const ids = distinct(mentions);
  // One model named twice ("gpt4 chatgpt") comes back twice, so the caller can say it is the same model.
  return ids.length === 1 && mentions.length >= 2 ? [ids[0] as string, ids[0] as string] : ids;
}
