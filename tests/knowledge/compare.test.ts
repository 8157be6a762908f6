import { describe, expect, it } from "vitest";
import {
  compare,
  comparableSubjects,
  defaultPartner,
  FIGURES,
  isComparable,
  missingFigures,
  pairScore,
  profileOf,
  resolveCompareSubjects,
  resolveModelName,
} from "../../src/knowledge/compare.js";
import { isEpochFact } from "../../src/knowledge/epoch.js";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { Fact } from "../../src/knowledge/schema.js";

const kb = loadKnowledgeBase();

/** A fact's value, from the data: tests assert against the knowledge base, not copied numbers. */
const value = (id: string): number => {
  const fact = kb.factById.get(id);
  if (fact?.value === undefined) throw new Error(`no value for ${id}`);
  return fact.value;
};
/** Epoch AI's figure of a metric for a subject (its first row). */
const epoch = (subject: string, metric: string): Fact => {
  const fact = kb.facts.find((f) => f.subject === subject && f.metric === metric && isEpochFact(f));
  if (!fact) throw new Error(`no Epoch ${metric} for ${subject}`);
  return fact;
};

describe("naming the models to compare", () => {
  it.each([
    ["deepseek", ["deepseek-v3"]],
    ["deepseek-v3", ["deepseek-v3"]],
    ["v3", ["deepseek-v3"]],
    ["дипсик", ["deepseek-v3"]],
    ["r1", ["deepseek-r1"]],
    ["deepseek-r1", ["deepseek-r1"]],
    ["gpt4", ["gpt-4"]],
    ["гпт4", ["gpt-4"]],
    // "chatgpt" is also the service (a product): for a comparison it is the model.
    ["chatgpt", ["gpt-4"]],
    ["gemini-ultra", ["gemini-ultra"]],
    ["llama-3.1-405b", ["llama-3.1-405b"]],
    ["claude-3.5-sonnet", ["claude-3.5-sonnet"]],
    ["grok 3 gpt-4.5", ["grok-3", "gpt-4.5"]],
    ["gpt-4.5 vs grok 3", ["gpt-4.5", "grok-3"]],
    ["грок 3 и гпт-4.5", ["grok-3", "gpt-4.5"]],
    ["deepseek-r1 gpt-4", ["deepseek-r1", "gpt-4"]],
    // Read word by word when the whole names fewer: "deepseek r1" is V3 and R1 here.
    ["deepseek r1", ["deepseek-v3", "deepseek-r1"]],
    ["llama 3.1 405b gpt-4", ["llama-3.1-405b", "gpt-4"]],
    // One model twice comes back twice, so the answer can say so.
    ["gpt4 chatgpt", ["gpt-4", "gpt-4"]],
    ["nothing known here", []],
  ])("%s → %j", (text, ids) => {
    expect(resolveCompareSubjects(kb, text)).toEqual(ids);
  });

  it("looks exact names up, a model first", () => {
    expect(resolveModelName(kb, "Grok-3")).toBe("grok-3");
    expect(resolveModelName(kb, "грок 3")).toBe("grok-3");
    expect(resolveModelName(kb, "chatgpt")).toBe("gpt-4");
    expect(resolveModelName(kb, "no such model")).toBeUndefined();
  });
});

describe("what can be compared", () => {
  it("any model with at least one figure: the curated ones and Epoch AI's", () => {
    const comparable = comparableSubjects(kb);
    expect(comparable).toEqual(
      expect.arrayContaining(["deepseek-v3", "deepseek-r1", "gpt-4", "gemini-ultra", "grok-3", "gpt-4.5", "grok-4"]),
    );
    expect(comparable.length).toBeGreaterThan(500);
    for (const id of comparable.slice(0, 50)) expect(kb.subjectById.get(id)?.kind).toBe("model");
  });

  it("not a chip, a company or a model with no figure; missing figures are named", () => {
    expect(isComparable(kb, "h100")).toBe(false);
    expect(isComparable(kb, "deepseek")).toBe(false);
    expect(missingFigures(profileOf(kb, "gpt-4.5"))).toEqual(["gpus", "gpuHours", "trainingTime", "parameters", "tokens"]);
    expect(missingFigures(profileOf(kb, "h100"))).toEqual([...FIGURES]);
  });
});

describe("like with like", () => {
  it("DeepSeek V3 against GPT-4: Epoch AI's 2023-dollar column for both is the headline, every pair the range", () => {
    const c = compare(kb, "deepseek-v3", "gpt-4");
    expect(c.headline?.a.fact.id).toBe("epoch-deepseek-v3-training-cost");
    expect(c.headline?.b.fact.id).toBe(epoch("gpt-4", "training_cost").id);
    expect(c.headline?.cheaper).toBe("deepseek-v3");
    expect(c.headline?.ratio).toBeCloseTo(epoch("gpt-4", "training_cost").value! / value("epoch-deepseek-v3-training-cost"), 9);
    // The range takes in every whole-run pair, whatever the method: Epoch's $37.3M / DeepSeek's $5.576M up to Altman's >$100M / Epoch's $5.39M.
    expect(c.ratio?.low).toBeCloseTo(epoch("gpt-4", "training_cost").value! / value("v3-training-cost"), 9);
    expect(c.ratio?.high).toBeCloseTo(value("gpt4-altman") / value("epoch-deepseek-v3-training-cost"), 9);
    expect(c.a.gpus?.value).toBe(value("v3-cluster"));
    expect(c.b.gpus?.value).toBe(25_000);
    expect(c.b.gpuModel?.value).toBe("A100");
  });

  it("order does not change the figures", () => {
    const ab = compare(kb, "deepseek-v3", "gpt-4");
    const ba = compare(kb, "gpt-4", "deepseek-v3");
    expect(ba.ratio).toEqual(ab.ratio);
    expect(ba.headline?.ratio).toBe(ab.headline?.ratio);
  });

  it("R1 is V3 + R1: its $294K is on top of V3 and never in a ratio; the curated sum and Epoch's estimate are", () => {
    const c = compare(kb, "deepseek-r1", "gpt-4");
    expect(c.a.base).toBe("deepseek-v3");
    expect(c.a.incremental.map((f) => f.fact.id)).toEqual(["r1-training-cost"]);
    expect(c.a.costs.map((f) => f.fact.id).sort()).toEqual(["epoch-deepseek-r1-training-cost", "v3-plus-r1"]);
    // The curated sum is exactly DeepSeek's V3 figure plus its R1 figure, rounded.
    expect(value("v3-plus-r1")).toBeCloseTo(value("v3-training-cost") + value("r1-training-cost"), -4);
    // Never the old 136–340×: the cheapest whole figure for R1 is millions, not $294K.
    expect(c.ratio!.high).toBeLessThan(value("gpt4-altman") / value("v3-training-cost"));
    expect(c.ratio!.high).toBeLessThan(30);
    expect(c.headline?.a.fact.id).toBe("epoch-deepseek-r1-training-cost");
    expect(c.headline?.ratio).toBeCloseTo(epoch("gpt-4", "training_cost").value! / value("epoch-deepseek-r1-training-cost"), 9);
  });

  it("pairs figures estimated the same way: same key, rentals only at the same price, never informal or lower bounds", () => {
    const figure = (subject: string, id: string) => {
      const found = [...profileOf(kb, subject).costs, ...profileOf(kb, subject).incremental].find((f) => f.fact.id === id);
      if (!found) throw new Error(id);
      return found;
    };
    const v3Rental = figure("deepseek-v3", "v3-training-cost");
    const llamaRental = figure("llama-3.1-405b", "llama-vs-v3");
    const gpt4Rental = figure("gpt-4", "gpt4-semianalysis");
    const altman = figure("gpt-4", "gpt4-altman");
    expect(v3Rental.key).toBe("rental@2");
    expect(pairScore(v3Rental, llamaRental)).toBeGreaterThan(0);
    expect(pairScore(v3Rental, gpt4Rental)).toBe(0); // $2 against $1 per GPU-hour
    expect(pairScore(v3Rental, altman)).toBe(0);
    const epochV3 = figure("deepseek-v3", "epoch-deepseek-v3-training-cost");
    const epochGpt4 = figure("gpt-4", epoch("gpt-4", "training_cost").id);
    expect(pairScore(epochV3, epochGpt4)).toBeGreaterThan(pairScore(v3Rental, llamaRental));
  });

  it("Grok 3 against GPT-4.5: Epoch's figures for both; compute side by side", () => {
    const c = compare(kb, "grok-3", "gpt-4.5");
    expect(c.headline?.cheaper).toBe("grok-3");
    expect(c.headline?.ratio).toBeCloseTo(value("epoch-gpt-4.5-training-cost") / value("epoch-grok-3-training-cost"), 9);
    expect(c.compute?.larger).toBe("gpt-4.5");
    expect(c.compute?.sameSource).toBe(true);
  });

  it("a model with compute but no cost gets a compute ratio and no cost ratio", () => {
    const computeOnly = kb.subjects.find((s) => {
      if (s.kind !== "model") return false;
      const p = profileOf(kb, s.id);
      return p.costs.length === 0 && p.incremental.length === 0 && p.compute.length > 0;
    });
    expect(computeOnly).toBeDefined();
    const c = compare(kb, computeOnly!.id, "gpt-4");
    expect(c.ratio).toBeUndefined();
    expect(c.headline).toBeUndefined();
    expect(c.compute?.ratio).toBeGreaterThan(0);
  });
});

describe("default partner", () => {
  it("GPT-4 for DeepSeek and back; otherwise the nearest comparable model of the same line or organisation", () => {
    expect(defaultPartner(kb, "deepseek-v3")).toEqual({ subjectId: "gpt-4", reason: "popular" });
    expect(defaultPartner(kb, "deepseek-r1")).toEqual({ subjectId: "gpt-4", reason: "popular" });
    expect(defaultPartner(kb, "gpt-4")).toEqual({ subjectId: "deepseek-v3", reason: "popular" });
    const grok = defaultPartner(kb, "grok-3");
    expect(grok?.reason).toBe("closest");
    expect(kb.subjectById.get(grok!.subjectId)?.name.en).toMatch(/^Grok/);
    expect(profileOf(kb, grok!.subjectId).costs.length).toBeGreaterThan(0);
  });
});
