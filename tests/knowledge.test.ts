import { describe, expect, it } from "vitest";
import { FACTS } from "../src/knowledge/facts.js";
import { buildKnowledgeBase, KnowledgeBaseError, loadKnowledgeBase, type RawKnowledge } from "../src/knowledge/knowledge-base.js";
import { SOURCES } from "../src/knowledge/sources.js";
import { SUBJECTS, TOPICS } from "../src/knowledge/subjects.js";

const raw = (): RawKnowledge => structuredClone({ facts: FACTS, sources: SOURCES, subjects: SUBJECTS, topics: TOPICS });

function problemsOf(data: RawKnowledge): string[] {
  try {
    buildKnowledgeBase(data);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
}

describe("knowledge base", () => {
  it("loads and validates the real data", () => {
    const kb = loadKnowledgeBase();
    expect(kb.facts.length).toBeGreaterThanOrEqual(45);
    expect(problemsOf(raw())).toEqual([]);
  });

  it("rejects a fact without a source, naming the fact", () => {
    const data = raw();
    data.facts[0]!.sourceIds = [];
    expect(problemsOf(data).join("\n")).toMatch(/fact v3-training-cost: sourceIds/);
  });

  it("rejects a fact citing an unknown source", () => {
    const data = raw();
    data.facts[1]!.sourceIds = ["no-such-source"];
    expect(problemsOf(data)).toContain("fact article-v3-6m: unknown source no-such-source");
  });

  it("rejects a source nobody uses", () => {
    const data = raw();
    data.sources.push({ id: "orphan", title: "Orphan", publisher: "Nobody", url: null, date: null });
    expect(problemsOf(data)).toContain("source orphan: no fact uses it");
  });

  it("rejects a duplicate id", () => {
    const data = raw();
    data.facts.push({ ...data.facts[3]! });
    expect(problemsOf(data)).toContain(`fact ${data.facts[3]!.id}: duplicate id`);
  });

  it("rejects a missing translation, naming the fact", () => {
    const data = raw();
    (data.facts[2]!.text as { ru?: string }).ru = undefined;
    const caveated = data.facts.find((f) => f.caveat)!;
    caveated.caveat = { ru: caveated.caveat!.ru, en: "" };
    const problems = problemsOf(data).join("\n");
    expect(problems).toMatch(/fact article-v3-cost-scope: text\.ru/);
    expect(problems).toMatch(new RegExp(`fact ${caveated.id}: caveat\\.en`));
  });

  it("rejects a fact whose phrasings miss a language", () => {
    const data = raw();
    data.facts[4]!.phrasings = { ru: ["вопрос"], en: [] };
    expect(problemsOf(data).join("\n")).toMatch(new RegExp(`fact ${data.facts[4]!.id}: phrasings\\.en`));
  });

  it("stores every claim of the article (reference section A) as the article's claim", () => {
    const kb = loadKnowledgeBase();
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
    const kb = loadKnowledgeBase();
    const pairs = [
      ["article-v3-6m", "v3-training-cost"],
      ["article-r1-5m", "r1-training-cost"],
      ["article-investment", "ds-hardware-spend"],
      ["article-fleet", "ds-fleet"],
    ] as const;
    for (const [article, primary] of pairs) {
      expect(kb.factById.get(article)!.related).toContain(primary);
      expect(kb.factById.get(primary)!.related).toContain(article);
    }
  });

  it("keeps the key figures of the reference", () => {
    const kb = loadKnowledgeBase();
    const value = (id: string) => kb.factById.get(id)?.value;
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
    const kb = loadKnowledgeBase();
    for (const fact of kb.facts.filter((f) => f.asOf === null)) {
      const dated = fact.sourceIds.map((id) => kb.sourceById.get(id)!).filter((s) => s.date !== null);
      expect(dated, fact.id).toEqual([]);
    }
  });
});
