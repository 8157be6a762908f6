import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";

const kb = loadKnowledgeBase();
const fact = (id: string) => {
  const found = kb.factById.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe("knowledge data: the reference's rules", () => {
  it("stores every claim of the article (reference section A) as the article's claim", () => {
    const articleFacts = kb.facts.filter((f) => f.sourceIds.includes("ensigame-article"));
    expect(articleFacts.every((f) => f.claimType === "press_report")).toBe(true);
    // A1–A10: ten claims, each stored (A3 as techniques, A4 fleet, A9 R1 $5M …).
    expect(articleFacts.map((f) => f.id).sort()).toEqual(
      [
        "article-v3-6m",
        "article-v3-cost-scope",
        "article-techniques",
        "article-fleet",
        "article-opex",
        "article-salaries",
        "article-self-funded",
        "article-investment",
        "article-r1-5m",
        "article-conclusion",
      ].sort(),
    );
  });

  it("tells the primary figure next to each article claim it disagrees with, both ways", () => {
    const pairs = [
      ["article-v3-6m", "v3-training-cost"],
      ["article-r1-5m", "r1-training-cost"],
      ["article-investment", "ds-hardware-spend"],
      ["article-fleet", "ds-fleet"],
    ] as const;
    for (const [article, primary] of pairs) {
      expect(fact(article).related).toContain(primary);
      expect(fact(primary).related).toContain(article);
    }
  });

  it("keeps the key figures of the reference", () => {
    const value = (id: string) => fact(id).value;
    expect(value("v3-training-cost")).toBe(5_576_000);
    expect(value("article-v3-6m")).toBe(6_000_000);
    expect(value("v3-gpu-hours")).toBe(2_788_000);
    expect(value("v3-cluster")).toBe(2048);
    expect(value("v3-price-assumption")).toBe(2);
    expect(value("r1-training-cost")).toBe(294_000);
    expect(value("gpt4-altman")).toBe(100e6);
    expect(value("gpt4-ai-index")).toBe(78.35e6);
    expect(value("llama-405b-gpu-hours")).toBe(30.84e6);
    expect(value("ds-capex")).toBe(1.6e9);
  });

  it("gives a date to every fact whose source has one", () => {
    for (const f of kb.facts.filter((x) => x.asOf === null)) {
      const dated = f.sourceIds.map((id) => kb.sourceById.get(id)!).filter((s) => s.date !== null);
      expect(dated, f.id).toEqual([]);
    }
  });
});
