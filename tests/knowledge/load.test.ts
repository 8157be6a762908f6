import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeBaseError, loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";

const temp = mkdtempSync(join(tmpdir(), "kb-load-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the real data, named `knowledge` so messages read as they do for the real folder. */
function copy(): string {
  const dir = join(temp, String(copies++), "knowledge");
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of the copy; fails if the text is not there, so the test breaks what it means to. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(path, edited);
}

function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
}

describe("knowledge loader", () => {
  it("loads the real data from knowledge/ (the same check as npm run kb:check)", () => {
    const kb = loadKnowledge();
    expect(kb.facts.length).toBeGreaterThanOrEqual(55);
    expect(kb.sources.length).toBeGreaterThanOrEqual(22);
    expect(kb.subjects.length).toBeGreaterThanOrEqual(17);
    expect(kb.topics.map((t) => t.id).slice(0, 4)).toEqual(["v3-cost", "v3-arch", "r1", "company"]);
    expect(Object.keys(kb.lexicon.concepts)).toContain("gpu");
    expect(kb.lexicon.stopwords).toContain("сколько");
  });

  it("reads the data once per process", () => {
    expect(loadKnowledgeBase()).toBe(loadKnowledgeBase());
  });

  it("loads an intact copy from another folder", () => {
    expect(loadKnowledge(copy()).facts.length).toBe(loadKnowledgeBase().facts.length);
  });

  it("names the file, the fact and the field of a missing translation", () => {
    const dir = copy();
    edit(dir, "facts/gpt4.yaml", /^ {4}en: Sam Altman said GPT-4 cost .*\n/m, "");
    expect(problemsOf(dir)).toEqual(["knowledge/facts/gpt4.yaml: fact gpt4-altman: text.en: missing (required)"]);
  });

  it("names the file, the fact and the field of an unknown source", () => {
    const dir = copy();
    edit(dir, "facts/gpt4.yaml", /sourceIds:\n {4}- wired-altman-gpt4/, "sourceIds:\n    - foo");
    // The explanation of the GPT-4 estimates cites the same source: take it from there too.
    edit(dir, "facts/explanations.yaml", ", wired-altman-gpt4]", "]");
    expect(problemsOf(dir)).toEqual([
      "knowledge/facts/gpt4.yaml: fact gpt4-altman: sourceIds.0: unknown source foo",
      // The source the fact cited is now cited by nothing.
      "knowledge/sources/peers.yaml: source wired-altman-gpt4: no fact uses it",
    ]);
  });

  it("still checks the references of a fact that has another problem, grouping problems by file", () => {
    const dir = copy();
    edit(dir, "facts/gpt4.yaml", /^ {4}en: Sam Altman said GPT-4 cost .*\n/m, "");
    edit(dir, "facts/gpt4.yaml", /sourceIds:\n {4}- wired-altman-gpt4/, "sourceIds:\n    - foo");
    edit(dir, "facts/r1.yaml", "asOf: 2025-01-20", "asOf: 2025-1-20");
    edit(dir, "facts/explanations.yaml", ", wired-altman-gpt4]", "]");
    expect(problemsOf(dir)).toEqual([
      "knowledge/facts/gpt4.yaml: fact gpt4-altman: text.en: missing (required)",
      "knowledge/facts/gpt4.yaml: fact gpt4-altman: sourceIds.0: unknown source foo",
      "knowledge/facts/r1.yaml: fact r1-release: asOf: date must be YYYY-MM or YYYY-MM-DD",
      "knowledge/sources/peers.yaml: source wired-altman-gpt4: no fact uses it",
    ]);
  });

  it("names the file, the fact and the field of a bad date", () => {
    const dir = copy();
    edit(dir, "facts/r1.yaml", "asOf: 2025-01-20", "asOf: 20.01.2025");
    expect(problemsOf(dir)).toEqual(["knowledge/facts/r1.yaml: fact r1-release: asOf: date must be YYYY-MM or YYYY-MM-DD"]);
  });

  it("reports a YAML syntax error with the file and the line, and skips the cross-file checks it would spoil", () => {
    const dir = copy();
    const path = join(dir, "sources/deepseek.yaml");
    const lines = readFileSync(path, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes("title: DeepSeek-R1 (arXiv:2501.12948)"));
    lines[at] = "  title: DeepSeek-R1: arXiv 2501.12948"; // a second ": " on the line
    writeFileSync(path, lines.join("\n"));
    const problems = problemsOf(dir);
    expect(problems[0]).toMatch(new RegExp(`^knowledge/sources/deepseek\\.yaml:${at + 1}:\\d+: YAML syntax error: `));
    expect(problems.at(-1)).toBe("references between files not checked: fix the problems above first");
    expect(problems.join("\n")).not.toMatch(/unknown source/);
  });

  it("lists every problem at once, across files", () => {
    const dir = copy();
    edit(dir, "facts/gpus.yaml", "claimType: vendor_spec", "claimType: rumour");
    edit(dir, "subjects/chips.yaml", "- id: b200", "- id: B200");
    edit(dir, "topics/general.yaml", /en: GPT-4$/m, "en: GPT-4\n  colour: red");
    edit(dir, "facts/article.yaml", "topic: article", "topic: articles");
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^knowledge\/facts\/gpus\.yaml: fact h100-specs: claimType: /),
        expect.stringMatching(/^knowledge\/subjects\/chips\.yaml: subject B200: id: id must be lower-case kebab/),
        "knowledge/topics/general.yaml: topic gpt4: colour: unknown field",
        "knowledge/facts/article.yaml: fact article-conclusion: topic: unknown topic articles",
        "knowledge/facts/gpus.yaml: fact b200-specs: subject: unknown subject b200",
      ]),
    );
    expect(() => loadKnowledge(dir)).toThrow(/knowledge base is invalid \(\d+ problems\):\n- knowledge\//);
  });

  it("loads every *.yaml in a folder, so a new file needs no code; a duplicate id names both files", () => {
    const dir = copy();
    writeFileSync(
      join(dir, "topics/extra.yaml"),
      "# yaml-language-server: $schema=../schema/topic-list.schema.json\n- id: extra\n  title: { ru: Ещё, en: More }\n",
    );
    writeFileSync(
      join(dir, "facts/extra.yaml"),
      readFileSync(join(dir, "facts/rates.yaml"), "utf8")
        .replace(/topic: rates/g, "topic: extra")
        .replace("id: eur-rub-rate", "id: extra-rate"),
    );
    const problems = problemsOf(dir);
    expect(problems).toEqual(["knowledge/facts/rates.yaml: fact usd-rub-rate: id: duplicate id (also in knowledge/facts/extra.yaml)"]);
  });

  it("a new file with new facts, sources, subjects and a topic loads, the topic last (it has no order)", () => {
    const dir = copy();
    writeFileSync(join(dir, "topics/extra.yaml"), "- id: extra\n  title: { ru: Ещё, en: More }\n");
    writeFileSync(join(dir, "subjects/extra.yaml"), "- id: tpu\n  name: { ru: TPU, en: TPU }\n  kind: chip\n  aliases: [tpu]\n");
    writeFileSync(
      join(dir, "sources/extra.yaml"),
      "- id: extra-source\n  title: A page\n  publisher: Someone\n  url: null\n  date: 2025-01\n",
    );
    writeFileSync(
      join(dir, "facts/extra.yaml"),
      [
        "- id: tpu-fact",
        "  subject: tpu",
        "  metric: note",
        "  text: { ru: Текст., en: Text. }",
        "  claimType: press_report",
        "  sourceIds: [extra-source]",
        "  asOf: 2025-01",
        "  phrasings: { ru: [что такое tpu], en: [what is a tpu] }",
        "  topic: extra",
        "",
      ].join("\n"),
    );
    const kb = loadKnowledge(dir);
    expect(kb.factById.get("tpu-fact")?.atLeast).toBe(false);
    expect(kb.topics.at(-1)?.id).toBe("extra");
  });

  it("rejects a file that is not a list, and a missing lexicon", () => {
    const dir = copy();
    writeFileSync(join(dir, "facts/oops.yaml"), "id: oops\nsubject: deepseek\n");
    rmSync(join(dir, "lexicon.yaml"));
    expect(problemsOf(dir)).toEqual([
      'knowledge/facts/oops.yaml: expected a list of facts (a YAML sequence, items starting with "- ")',
      "knowledge/lexicon.yaml: file missing",
      "references between files not checked: fix the problems above first",
    ]);
  });

  it("names the lexicon file and field", () => {
    const dir = copy();
    edit(dir, "lexicon.yaml", /^ {2}v3:\n {4}- v3\n {4}- в3\n/m, "  v3: []\n");
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^knowledge\/lexicon\.yaml: lexicon: concepts\.v3: /)]);
  });

  it("loads the worked example of knowledge/README.md", () => {
    const readme = readFileSync(join(KNOWLEDGE_DIR, "README.md"), "utf8");
    const example = /## Adding a fact[\s\S]*?```yaml\n([\s\S]*?)\n *```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const indent = /^ */.exec(example!)![0].length;
    const dir = copy();
    const path = join(dir, "facts/r1.yaml");
    writeFileSync(path, `${readFileSync(path, "utf8")}${example!.replace(new RegExp(`^ {${indent}}`, "gm"), "")}\n`);
    expect(loadKnowledge(dir).factById.get("r1-zero-gpu-hours")?.details?.gpuHours).toBe(101_000);
  });
});
