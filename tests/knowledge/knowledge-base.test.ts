import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, KnowledgeBaseError, loadKnowledgeBase, type RawKnowledge } from "../../src/knowledge/knowledge-base.js";

/** The real data as plain input, to break one piece at a time. */
const raw = (): RawKnowledge => {
  const kb = loadKnowledgeBase();
  return structuredClone({ facts: kb.facts, sources: kb.sources, subjects: kb.subjects, topics: kb.topics, lexicon: kb.lexicon });
};
const fact = (data: RawKnowledge, id: string) => data.facts.find((f) => f.id === id)!;

function problemsOf(data: RawKnowledge, origins?: Parameters<typeof buildKnowledgeBase>[1]): string[] {
  try {
    buildKnowledgeBase(data, origins);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
}

describe("knowledge base validation", () => {
  it("accepts the real data", () => {
    expect(problemsOf(raw())).toEqual([]);
  });

  it("rejects a fact without a source, naming the fact and the field", () => {
    const data = raw();
    fact(data, "v3-training-cost").sourceIds = [];
    expect(problemsOf(data).join("\n")).toMatch(/^fact v3-training-cost: sourceIds: /m);
  });

  it("rejects a fact citing an unknown source, naming the field", () => {
    const data = raw();
    fact(data, "article-v3-6m").sourceIds = ["no-such-source"];
    expect(problemsOf(data)).toContain("fact article-v3-6m: sourceIds.0: unknown source no-such-source");
  });

  it("rejects unknown subjects, topics and related facts, and a fact related to itself", () => {
    const data = raw();
    Object.assign(fact(data, "v3-tokens"), { subject: "nobody", topic: "nowhere", related: ["v3-tokens", "ghost"] });
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        "fact v3-tokens: subject: unknown subject nobody",
        "fact v3-tokens: topic: unknown topic nowhere",
        "fact v3-tokens: related.0: related to itself",
        "fact v3-tokens: related.1: unknown related fact ghost",
      ]),
    );
  });

  it("rejects a source nobody uses and a topic without facts", () => {
    const data = raw();
    data.sources.push({ id: "orphan", title: "Orphan", publisher: "Nobody", url: null, date: null });
    data.topics.push({ id: "empty", title: { ru: "Пусто", en: "Empty" } });
    expect(problemsOf(data)).toEqual(expect.arrayContaining(["source orphan: no fact uses it", "topic empty: has no facts"]));
  });

  it("rejects a duplicate id, saying where the first one is", () => {
    const data = raw();
    data.facts.push({ ...data.facts[3]! });
    const origins = { facts: data.facts.map((_, index) => ({ file: index === data.facts.length - 1 ? "b.yaml" : "a.yaml", index })) };
    expect(problemsOf(data, origins)).toContain(`b.yaml: fact ${data.facts[3]!.id}: id: duplicate id (also in a.yaml)`);
  });

  it("rejects a missing translation, naming the fact and the field", () => {
    const data = raw();
    (fact(data, "article-v3-cost-scope").text as { ru?: string }).ru = undefined;
    const caveated = data.facts.find((f) => f.caveat)!;
    caveated.caveat = { ru: caveated.caveat!.ru, en: "" };
    const problems = problemsOf(data);
    expect(problems).toContain("fact article-v3-cost-scope: text.ru: missing (required)");
    expect(problems.join("\n")).toMatch(new RegExp(`^fact ${caveated.id}: caveat\\.en: `, "m"));
  });

  it("rejects a fact whose phrasings miss a language", () => {
    const data = raw();
    data.facts[4]!.phrasings = { ru: ["вопрос"], en: [] };
    expect(problemsOf(data).join("\n")).toMatch(
      new RegExp(`^fact ${data.facts[4]!.id}: phrasings: give phrasings in every language, or none`, "m"),
    );
  });

  it("rejects unknown fields by name, a figure without a unit, and dates that are not dates", () => {
    const data = raw();
    Object.assign(fact(data, "v3-tokens"), { unit: undefined, sourceId: "typo", asOf: "2024-13-01" });
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        "fact v3-tokens: sourceId: unknown field",
        "fact v3-tokens: unit: value and unit go together",
        "fact v3-tokens: asOf: date must be YYYY-MM or YYYY-MM-DD",
      ]),
    );
  });

  it("checks the lexicon: concepts need forms, implied concepts must exist", () => {
    const empty = raw();
    empty.lexicon.concepts.empty = [];
    expect(problemsOf(empty)).toEqual([expect.stringMatching(/^lexicon: concepts\.empty: /)]);
    const ghost = raw();
    ghost.lexicon.implies = { ...ghost.lexicon.implies, h100: ["gpu", "ghost"] };
    expect(problemsOf(ghost)).toEqual(["lexicon: implies.h100.1: unknown concept ghost"]);
  });

  it("shows topics by their order, then as listed", () => {
    const data = raw();
    const [first, second] = data.topics;
    data.topics = [{ ...second!, order: undefined }, { ...first!, order: 1 }, ...data.topics.slice(2)];
    expect(
      buildKnowledgeBase(data)
        .topics.map((t) => t.id)
        .slice(0, 1),
    ).toEqual([first!.id]);
    expect(buildKnowledgeBase(data).topics.at(-1)!.id).toBe(second!.id);
  });
});
