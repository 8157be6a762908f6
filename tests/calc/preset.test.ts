import { describe, expect, it } from "vitest";
import { parseCalcQuery, parseLikeModel } from "../../src/calc/parse.js";
import { mergeParams, planCalculation } from "../../src/calc/plan.js";
import { calcChipOf, computeCostEstimate, presetFromModel, presetParams, presetRuns } from "../../src/calc/preset.js";
import { calcReferenceFrom } from "../../src/calc/reference.js";
import { isEpochFact } from "../../src/knowledge/epoch.js";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";

const kb = loadKnowledgeBase();
const reference = calcReferenceFrom(kb);
const epochValue = (subject: string, metric: string) =>
  kb.facts.find((f) => f.subject === subject && f.metric === metric && isEpochFact(f))?.value as number;

describe("chips the calculator knows", () => {
  it.each([
    ["NVIDIA H100 SXM5 80GB", "H100"],
    ["Nvidia H100 80G", "H100"],
    ["NVIDIA H800 SXM5", "H800"],
    ["NVIDIA H200 SXM", "H200"],
    ["NVIDIA A100 SXM4 40 GB", "A100"],
    ["NVIDIA B200 GPUs", "B200"],
    ["Google TPU v4", undefined],
    ["NVIDIA V100", undefined],
  ])("%s → %s", (hardware, model) => {
    expect(calcChipOf(hardware)).toBe(model);
  });
});

describe("a model's figures as a preset", () => {
  it("Grok 3: Epoch AI's GPU count and training time, on the H100", () => {
    const preset = presetFromModel(kb, "grok-3");
    expect(preset?.gpus?.value).toBe(epochValue("grok-3", "gpu_count"));
    expect(preset?.hours?.value).toBe(epochValue("grok-3", "training_time"));
    expect(preset?.gpus?.fact.metric).toBe("gpu_count");
    expect(preset?.hours?.fact.metric).toBe("training_time");
    expect(preset?.gpuModel).toBe("H100");
    expect(preset?.chipName).toMatch(/H100/);
    expect(presetRuns(preset!)).toBe(true);
  });

  it("DeepSeek V3: its GPU-hours when there is no training time", () => {
    const preset = presetFromModel(kb, "deepseek-v3");
    expect(preset?.gpuHours?.value).toBe(kb.factById.get("v3-gpu-hours")?.value);
    expect(preset?.gpuModel).toBe("H800");
  });

  it("a model with no GPU figures gives no run; an unknown one nothing", () => {
    const preset = presetFromModel(kb, "gpt-4.5");
    expect(preset && presetRuns(preset)).toBe(false);
    expect(preset?.flop?.value).toBe(epochValue("gpt-4.5", "training_compute"));
    expect(presetFromModel(kb, "no-such-model")).toBeUndefined();
  });

  it("computes GPUs × hours × the user's price, and says which figures are the model's", () => {
    const preset = presetFromModel(kb, "grok-3")!;
    const params = mergeParams(mergeParams(undefined, { problems: [], ...presetParams(preset) }), parseCalcQuery("по $1.5/ч"));
    const outcome = planCalculation(params, reference);
    expect(outcome.kind).toBe("run");
    if (outcome.kind !== "run") return;
    expect(outcome.usd).toBeCloseTo(epochValue("grok-3", "gpu_count") * epochValue("grok-3", "training_time") * 1.5, 6);
    expect(outcome.assumptions).not.toContain("price");
    expect(outcome.preset?.subjectId).toBe("grok-3");
    expect(outcome.preset?.fields).toEqual(["gpus", "duration", "gpuModel"]);
    expect(outcome.gpuModel).toBe("H100");
  });

  it("a follow-up that replaces a figure takes it off the preset; replacing all drops the preset", () => {
    const preset = presetFromModel(kb, "grok-3")!;
    const first = mergeParams(undefined, { problems: [], ...presetParams(preset) });
    const moreGpus = mergeParams(first, parseCalcQuery("а если 4096 GPU?"));
    expect(moreGpus.gpus).toBe(4096);
    expect(moreGpus.preset?.fields).toEqual(["duration", "gpuModel"]);
    const priceOnly = mergeParams(first, parseCalcQuery("а по $3?"));
    expect(priceOnly.preset?.fields).toEqual(["gpus", "duration", "gpuModel"]);
    const allNew = mergeParams(first, parseCalcQuery("2.788M GPU-hours"));
    expect(allNew.preset).toBeUndefined();
  });
});

describe("like <model>", () => {
  it.each([
    ["как грок 3 по $1.5/ч", "грок 3", "по $1.5/ч"],
    ["как грок 3, но по $1,5 в час", "грок 3", ", но по $1,5 в час"],
    ["like Grok 3 but at $1.5/hour", "Grok 3", "but at $1.5/hour"],
    ["cost like GPT-4 at $2", "GPT-4", "cost at $2"],
    ["как у deepseek v3 по $3", "deepseek v3", "по $3"],
  ])("%s → %s + %s", (text, name, rest) => {
    const like = parseLikeModel(text);
    expect(like?.candidates[0]).toBe(name);
    expect(like?.rest(name)).toBe(rest);
  });

  it("offers shorter names when the longest is not one", () => {
    const like = parseLikeModel("like grok 3 reasoning 2")!;
    expect(like.candidates).toEqual(["grok 3 reasoning 2", "grok 3 reasoning", "grok 3", "grok"]);
    expect(like.rest("grok 3")).toBe("reasoning 2");
  });

  it("needs the word", () => {
    expect(parseLikeModel("2048 GPU 57 дней $2/ч")).toBeUndefined();
    expect(parseLikeModel("unlike grok 3")).toBeUndefined();
    expect(parseLikeModel("как")).toBeUndefined();
    // "counted like DeepSeek" is a way of counting, not DeepSeek's figures.
    expect(parseLikeModel("сколько бы стоила ллама 405б если считать как дипсик, по 2 бакса")).toBeUndefined();
    expect(parseLikeModel("llama 405b cost if counted like deepseek at $2")).toBeUndefined();
  });
});

describe("compute → GPU-hours → $ (our calculation)", () => {
  it("GPT-4.5's compute on the H100 at 40% and $2/GPU-hour, labelled ours", () => {
    const estimate = computeCostEstimate(kb, "gpt-4.5", reference)!;
    const flop = epochValue("gpt-4.5", "training_compute");
    const peak = reference.gpuPeaks.get("H100")!.bf16;
    expect(estimate.claimType).toBe("our_calculation");
    expect(estimate.gpuModel).toBe("H100");
    expect(estimate.ownChip).toBe(false);
    expect(estimate.gpuHours).toBeCloseTo(flop / (peak * reference.defaultUtilization.value) / 3600, 0);
    expect(estimate.usd).toBeCloseTo(estimate.gpuHours * reference.defaultPrice.value, 0);
    expect(estimate.assumptionFacts.price).toBe(reference.defaultPrice.factId);
  });

  it("uses the model's own chip when the calculator knows it", () => {
    const estimate = computeCostEstimate(kb, "grok-3", reference)!;
    expect(estimate.gpuModel).toBe("H100");
    expect(estimate.ownChip).toBe(true);
    expect(computeCostEstimate(kb, "h100", reference)).toBeUndefined();
  });
});
