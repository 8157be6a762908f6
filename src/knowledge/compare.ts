import type { KnowledgeBase } from "./knowledge-base.js";
import type { Fact } from "./schema.js";

/** A figure with the fact it comes from, so every number in a comparison can be cited. */
export interface Sourced<T> {
  value: T;
  fact: Fact;
}

export interface CostFigure {
  usd: number;
  /** "more than $100M" is a lower bound, not a point estimate. */
  atLeast: boolean;
  fact: Fact;
}

export interface Profile {
  subjectId: string;
  costs: CostFigure[];
  /** Text-only cost statements with no number (Claude's "a few $10M's"). */
  costStatements: Fact[];
  gpus?: Sourced<number>;
  gpuModel?: Sourced<string>;
  gpuHours?: Sourced<number>;
  parameters?: Sourced<number>;
  activeParameters?: Sourced<number>;
  tokens?: Sourced<number>;
}

const COST_METRICS = new Set(["training_cost", "training_compute", "comparison"]);

/** Everything the knowledge base says about one model that can be put side by side. */
export function profileOf(kb: KnowledgeBase, subjectId: string): Profile {
  const facts = kb.facts.filter((f) => f.subject === subjectId);
  const profile: Profile = { subjectId, costs: [], costStatements: [] };
  // Primary figures first: an article's claim only stands in where nothing better exists.
  const primary = facts.filter((f) => f.claimType !== "press_report");
  const costFacts = primary.filter((f) => f.unit === "USD" && f.value !== undefined && f.costMethod && COST_METRICS.has(f.metric));
  profile.costs = (costFacts.length ? costFacts : facts.filter((f) => f.unit === "USD" && f.value !== undefined && f.costMethod))
    .map((fact) => ({ usd: fact.value as number, atLeast: fact.atLeast, fact }))
    .sort((a, b) => a.usd - b.usd);
  profile.costStatements = primary.filter((f) => f.metric === "training_cost" && f.value === undefined);

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
  profile.parameters = first((f) => (f.metric === "parameters" ? f.value : undefined) ?? f.details?.parameters);
  profile.activeParameters = first((f) => f.details?.activeParameters);
  profile.tokens = first((f) => (f.metric === "training_tokens" ? f.value : undefined) ?? f.details?.tokens);
  return profile;
}

/** A model can be compared when the knowledge base has at least one cost for it. */
export function isComparable(kb: KnowledgeBase, subjectId: string): boolean {
  const p = profileOf(kb, subjectId);
  return p.costs.length > 0 || p.costStatements.length > 0;
}

export function comparableSubjects(kb: KnowledgeBase): string[] {
  return kb.subjects.map((s) => s.id).filter((id) => isComparable(kb, id));
}

export interface Comparison {
  a: Profile;
  b: Profile;
  /** How many times the dearer model's figures exceed the cheaper one's, lowest to highest. */
  ratio?: { cheaper: string; dearer: string; low: number; high: number };
}

export function compare(kb: KnowledgeBase, a: string, b: string): Comparison {
  const pa = profileOf(kb, a);
  const pb = profileOf(kb, b);
  const result: Comparison = { a: pa, b: pb };
  if (pa.costs.length && pb.costs.length) {
    const midA = pa.costs.reduce((s, c) => s + c.usd, 0) / pa.costs.length;
    const midB = pb.costs.reduce((s, c) => s + c.usd, 0) / pb.costs.length;
    const [cheap, dear] = midA <= midB ? [pa, pb] : [pb, pa];
    const ratios = cheap.costs.flatMap((c) => dear.costs.map((d) => d.usd / c.usd));
    result.ratio = { cheaper: cheap.subjectId, dearer: dear.subjectId, low: Math.min(...ratios), high: Math.max(...ratios) };
  }
  return result;
}
