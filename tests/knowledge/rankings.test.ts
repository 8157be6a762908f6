import { describe, expect, it } from "vitest";
import { chipIn, namesChip } from "../../src/knowledge/chips.js";
import { isEpochFact } from "../../src/knowledge/epoch.js";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import {
  DEFAULT_TREND_SINCE,
  frontierModels,
  FRONTIER_TOP,
  hardwareOf,
  MAX_RANK_LIMIT,
  rankModels,
  trend,
  yearOf,
} from "../../src/knowledge/rankings.js";

const kb = loadKnowledgeBase();

/** Epoch AI's figure of a metric per model subject, straight from the facts: what rankings must agree with. */
function epochFigures(metric: string, unit: string): Map<string, number> {
  const out = new Map<string, number>();
  // Subjects in date order, so equal figures rank the earlier model first, as rankings do.
  const byDate = (id: string) => kb.subjectById.get(id)?.date ?? "";
  for (const fact of kb.facts) {
    if (!isEpochFact(fact) || fact.metric !== metric || fact.unit !== unit || fact.value === undefined) continue;
    if (kb.subjectById.get(fact.subject)?.kind !== "model" || out.has(fact.subject)) continue;
    out.set(fact.subject, fact.value);
  }
  return new Map([...out].sort((a, b) => byDate(a[0]).localeCompare(byDate(b[0]))));
}
const topIds = (figures: Map<string, number>, n: number) =>
  [...figures]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);

describe("chip names", () => {
  it.each([
    ["NVIDIA H100 SXM5 80GB", "H100", true],
    ["Nvidia H100 80G", "h100", true],
    ["NVIDIA H100 PCIe", "H100s", true],
    ["NVIDIA H800 SXM5", "H100", false],
    ["NVIDIA GB200", "B200", false],
    ["NVIDIA B200 GPUs", "b200", true],
    ["Google TPU v4", "tpu v4", true],
    ["Google TPU v4i", "TPU v4", false],
    ["NVIDIA A100 SXM4 40 GB", "а100", true],
  ])("%s names %s: %s", (hardware, chip, expected) => {
    expect(namesChip(hardware, chip)).toBe(expected);
  });

  it("finds the chip a request names", () => {
    expect(chipIn("h100")).toBe("H100");
    expect(chipIn("top 5 н100")).toBe("H100");
    expect(chipIn("models on h200 since 2024")).toBe("H200");
    expect(chipIn("cost 5")).toBeUndefined();
  });
});

describe("rankings", () => {
  it("the most expensive models: Epoch AI's 2023-dollar column, largest first, one line per model", () => {
    const ranking = rankModels(kb, { measure: "training_cost", limit: 5 });
    expect(ranking.items.map((i) => i.subjectId)).toEqual(topIds(epochFigures("training_cost", "USD"), 5));
    for (const item of ranking.items) {
      expect(isEpochFact(item.fact)).toBe(true);
      expect(item.fact.metric).toBe("training_cost");
      expect(item.facts[0]).toBe(item.fact);
    }
    const values = ranking.all.map((i) => i.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(ranking.all.map((i) => i.subjectId)).size).toBe(ranking.all.length);
    // Every listed model has its organisation and date for the line.
    for (const item of ranking.items) {
      expect(item.organization).toBeTruthy();
      expect(item.date).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it("shows curated figures beside Epoch's (GPT-4's own estimates), never instead of them", () => {
    const gpt4 = rankModels(kb, { measure: "training_cost", limit: MAX_RANK_LIMIT }).all.find((i) => i.subjectId === "gpt-4");
    expect(gpt4?.fact.id).toMatch(/^epoch-gpt-4/);
    expect(gpt4?.curated.map((f) => f.id)).toEqual(expect.arrayContaining(["gpt4-epoch", "gpt4-ai-index"]));
    expect(gpt4?.curated.every((f) => !isEpochFact(f))).toBe(true);
  });

  it("top by compute, GPUs, parameters and tokens follow the data", () => {
    expect(rankModels(kb, { measure: "training_compute", limit: 10 }).items.map((i) => i.subjectId)).toEqual(
      topIds(epochFigures("training_compute", "FLOP"), 10),
    );
    expect(rankModels(kb, { measure: "gpu_count", limit: 3 }).items.map((i) => i.subjectId)).toEqual(
      topIds(epochFigures("gpu_count", "chips"), 3),
    );
    expect(rankModels(kb, { measure: "parameters", limit: 3 }).items.map((i) => i.subjectId)).toEqual(
      topIds(epochFigures("parameters", "parameters"), 3),
    );
    // Tokens only where Epoch counts tokens (language models), not other data points.
    const tokens = rankModels(kb, { measure: "training_tokens", limit: 25 });
    expect(tokens.items.every((i) => i.fact.unit === "tokens")).toBe(true);
  });

  it("models trained on H100s: the hardware names the chip, however Epoch writes it", () => {
    const ranking = rankModels(kb, { measure: "training_compute", hardware: "H100", limit: 25 });
    expect(ranking.items.length).toBeGreaterThan(5);
    for (const item of ranking.all) expect(namesChip(item.hardware ?? "", "H100")).toBe(true);
    expect(ranking.all.map((i) => i.subjectId)).toContain("grok-3");
    expect(ranking.all.map((i) => i.subjectId)).not.toContain("gpt-4");
    expect(hardwareOf(kb, "grok-3")?.text).toMatch(/H100 SXM5/);
    // The facts behind a filtered line include the hardware fact, for its sources.
    expect(ranking.items[0]?.facts.some((f) => f.metric === "hardware" || f.details?.gpuModel)).toBe(true);
  });

  it("filters by organisation and date, and keeps the limit within bounds", () => {
    const google = rankModels(kb, { measure: "training_cost", organization: "google", limit: 25 });
    expect(google.all.length).toBeGreaterThan(3);
    expect(google.all.every((i) => /google/i.test(i.organization ?? ""))).toBe(true);
    const recent = rankModels(kb, { measure: "training_cost", since: "2025", limit: 3 });
    expect(recent.all.every((i) => (i.date ?? "") >= "2025")).toBe(true);
    expect(rankModels(kb, { measure: "training_cost", limit: 1000 }).items).toHaveLength(MAX_RANK_LIMIT);
    expect(rankModels(kb, { measure: "training_cost", limit: 0 }).items).toHaveLength(1);
    expect(rankModels(kb, { measure: "training_cost", hardware: "no such chip" }).items).toEqual([]);
  });
});

describe("trends", () => {
  it("frontier models are the top 10 by compute when they came out", () => {
    const frontier = frontierModels(kb);
    const compute = epochFigures("training_compute", "FLOP");
    const largest = topIds(compute, 1)[0] as string;
    expect(frontier.has(largest)).toBe(true);
    // The smallest model of the last year is not at the frontier.
    const lastYear = [...compute].filter(([id]) => (kb.subjectById.get(id)?.date ?? "") >= "2025");
    const smallest = lastYear.sort((a, b) => a[1] - b[1])[0]?.[0] as string;
    expect(frontier.has(smallest)).toBe(false);
    expect(frontier.size).toBeGreaterThan(FRONTIER_TOP);
  });

  it("fits growth per year by least squares on a log scale and cites Epoch's own figure beside it", () => {
    const found = trend(kb, "training_cost");
    expect(found).toBeDefined();
    const t = found!;
    expect(t.from >= DEFAULT_TREND_SINCE.training_cost).toBe(true);
    expect(t.points.length).toBeGreaterThanOrEqual(20);
    const frontier = frontierModels(kb);
    expect(t.points.every((p) => frontier.has(p.model.subjectId))).toBe(true);
    // The same fit, computed independently.
    const xs = t.points.map((p) => yearOf(p.model.date as string));
    const ys = t.points.map((p) => Math.log10(p.model.value));
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = ys.reduce((s, y) => s + y, 0) / ys.length;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(t.factorPerYear).toBeCloseTo(10 ** slope, 9);
    expect(t.factorPerYear).toBeGreaterThan(1.5);
    expect(t.factorPerYear).toBeLessThan(6);
    expect(t.published?.id).toBe("frontier-cost-growth");
  });

  it("compute grows too; too few points give no trend", () => {
    expect(trend(kb, "training_compute")?.factorPerYear).toBeGreaterThan(2);
    expect(trend(kb, "training_cost", { since: "2099" })).toBeUndefined();
  });

  it("reads dates as fractional years", () => {
    expect(yearOf("2024-01-01")).toBe(2024);
    expect(yearOf("2024-07-02")).toBeCloseTo(2024.5, 2);
    expect(yearOf("2024")).toBe(2024);
  });
});
