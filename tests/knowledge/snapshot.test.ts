import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeWithSnapshot, type KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { FactMatcher } from "../../src/knowledge/matcher.js";
import { stem } from "../../src/knowledge/text.js";
import { knowledgeDataHash, knowledgeFilesHash, readKnowledgeSnapshot, writeKnowledgeSnapshot } from "../../src/knowledge/snapshot.js";

const temp = mkdtempSync(join(tmpdir(), "kb-snapshot-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let fromFiles: KnowledgeBase;
let snapshot: string;
beforeAll(() => {
  fromFiles = loadKnowledge();
  snapshot = join(temp, "knowledge.json");
  writeKnowledgeSnapshot(fromFiles, snapshot);
});

let copies = 0;
function copy(): string {
  const dir = join(temp, String(copies++), "knowledge");
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** The snapshot with one fact's English text replaced, its hashes kept: a KB with that text came from it. */
function markedSnapshot(): { file: string; factId: string } {
  const data = JSON.parse(readFileSync(snapshot, "utf8")) as { facts: { id: string; text: { en: string } }[] };
  const fact = data.facts[0]!;
  fact.text.en = "read from the snapshot";
  const file = join(temp, `marked-${copies++}.json`);
  writeFileSync(file, JSON.stringify(data));
  return { file, factId: fact.id };
}

describe("knowledge snapshot (dist/knowledge.json)", () => {
  it("holds the same knowledge base as the files: lists, lexicon, name forms and the indexes", () => {
    const kb = readKnowledgeSnapshot(snapshot);
    expect(kb).toBeDefined();
    expect(kb!.facts).toEqual(fromFiles.facts);
    expect(kb!.sources).toEqual(fromFiles.sources);
    expect(kb!.subjects).toEqual(fromFiles.subjects);
    expect(kb!.topics).toEqual(fromFiles.topics);
    expect(kb!.lexicon).toEqual(fromFiles.lexicon);
    expect(kb!.nameForms).toEqual(fromFiles.nameForms);
    expect(kb!.factById).toEqual(fromFiles.factById);
    expect(kb!.sourceById).toEqual(fromFiles.sourceById);
    expect(kb!.subjectById).toEqual(fromFiles.subjectById);
    expect(knowledgeDataHash(kb!)).toBe(knowledgeDataHash(fromFiles));
  });

  it("carries the stems of the knowledge base's words, Snowball's own, so its matcher ranks exactly as the files' one", () => {
    const kb = readKnowledgeSnapshot(snapshot)!;
    expect(kb.stems?.size).toBeGreaterThan(1000);
    for (const [word, stemmed] of kb.stems ?? []) expect(stemmed, word).toBe(stem(word));
    const questions = (
      JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "dev-questions.json"), "utf8")) as {
        questions: { q: string }[];
      }
    ).questions.map((q) => q.q);
    expect(questions.length).toBeGreaterThan(50);
    const ranked = (matcher: FactMatcher) => questions.map((q) => matcher.rank(q).map((r) => [r.fact.id, r.score]));
    expect(ranked(new FactMatcher(kb))).toEqual(ranked(new FactMatcher(fromFiles)));
  });

  it("is used while it was made from the files now in knowledge/", () => {
    const { file, factId } = markedSnapshot();
    expect(loadKnowledgeWithSnapshot(file, KNOWLEDGE_DIR).factById.get(factId)?.text.en).toBe("read from the snapshot");
  });

  it("is ignored once a file under knowledge/ changes, added or removed: the files are read and validated", () => {
    const { file, factId } = markedSnapshot();
    const edited = copy();
    const path = join(edited, "facts", "article.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("The article's conclusion", "The article's final word"));
    expect(knowledgeFilesHash(edited)).not.toBe(knowledgeFilesHash(KNOWLEDGE_DIR));
    const kb = loadKnowledgeWithSnapshot(file, edited);
    expect(kb.factById.get(factId)?.text.en).not.toBe("read from the snapshot");
    expect(kb.factById.get("article-conclusion")?.text.en).toMatch(/^The article's final word/);

    const added = copy();
    writeFileSync(join(added, "notes.txt"), "a curator's note\n");
    expect(readKnowledgeSnapshot(file, added)).toBeUndefined();
    const removed = copy();
    rmSync(join(removed, "README.md"));
    expect(readKnowledgeSnapshot(file, removed)).toBeUndefined();
  });

  it("is ignored when missing, corrupt or of another format", () => {
    const truncated = join(temp, "truncated.json");
    writeFileSync(truncated, readFileSync(snapshot, "utf8").slice(0, 1000));
    const otherFormat = join(temp, "other-format.json");
    writeFileSync(otherFormat, JSON.stringify({ ...JSON.parse(readFileSync(snapshot, "utf8")), format: 0 }));
    const notLists = join(temp, "not-lists.json");
    writeFileSync(notLists, JSON.stringify({ ...JSON.parse(readFileSync(snapshot, "utf8")), facts: {} }));
    for (const file of [join(temp, "missing.json"), truncated, otherFormat, notLists, join(temp, "null.json")]) {
      if (file.endsWith("null.json")) writeFileSync(file, "null");
      expect(readKnowledgeSnapshot(file), file).toBeUndefined();
      expect(loadKnowledgeWithSnapshot(file).facts).toEqual(fromFiles.facts);
    }
  });
});
