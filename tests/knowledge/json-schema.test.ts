import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_DIR, knowledgeJsonSchemas } from "../../src/knowledge/json-schema.js";
import { KNOWLEDGE_DIR, LEXICON_FILE } from "../../src/knowledge/load.js";

describe("JSON Schemas for editors", () => {
  const schemas = knowledgeJsonSchemas();

  it("are committed and up to date with the zod schemas (else: npm run kb:schema)", () => {
    expect(readdirSync(JSON_SCHEMA_DIR)).toEqual(expect.arrayContaining(Object.keys(schemas)));
    for (const [name, schema] of Object.entries(schemas)) {
      expect(JSON.parse(readFileSync(join(JSON_SCHEMA_DIR, name), "utf8")), name).toEqual(schema);
    }
  });

  it("describe the input: fields with defaults are optional, unknown fields are errors", () => {
    const fact = (schemas["fact-list.schema.json"] as { items: { required: string[]; additionalProperties: boolean } }).items;
    expect(fact.required).toEqual(expect.arrayContaining(["id", "text", "claimType", "sourceIds", "asOf", "topic"]));
    expect(fact.required).not.toContain("atLeast");
    expect(fact.required).not.toContain("phrasings"); // imported facts have none
    expect(fact.required).not.toContain("related");
    expect(fact.additionalProperties).toBe(false);
  });

  it("are named at the top of every data file, for VS Code's YAML extension", () => {
    const kinds = { facts: "fact-list", sources: "source-list", subjects: "subject-list", topics: "topic-list" };
    for (const [folder, kind] of Object.entries(kinds)) {
      for (const name of readdirSync(join(KNOWLEDGE_DIR, folder)).filter((n) => n.endsWith(".yaml"))) {
        const firstLine = readFileSync(join(KNOWLEDGE_DIR, folder, name), "utf8").split("\n")[0];
        expect(firstLine, `${folder}/${name}`).toBe(`# yaml-language-server: $schema=../schema/${kind}.schema.json`);
      }
    }
    const lexicon = readFileSync(join(KNOWLEDGE_DIR, LEXICON_FILE), "utf8").split("\n")[0];
    expect(lexicon).toBe("# yaml-language-server: $schema=schema/lexicon.schema.json");
  });
});
