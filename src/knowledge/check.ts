/**
 * `npm run kb:check [dir]`: validates the knowledge data (by default `knowledge/`) as the bot does at
 * start-up, and that the JSON Schemas editors use are up to date. Prints a one-line summary and
 * exits 0, or every problem and exits 1.
 */
import { existsSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join, relative } from "node:path";
import { JSON_SCHEMA_DIR, knowledgeJsonSchemas } from "./json-schema.js";
import { KNOWLEDGE_DIR, loadKnowledge } from "./load.js";
import { KnowledgeBaseError, type KnowledgeBase } from "./validate.js";

const dir = process.argv[2] ?? KNOWLEDGE_DIR;
const problems: string[] = [];
let kb: KnowledgeBase | undefined;
try {
  kb = loadKnowledge(dir);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  problems.push(...error.problems);
}
if (dir === KNOWLEDGE_DIR) {
  for (const [name, schema] of Object.entries(knowledgeJsonSchemas())) {
    const path = join(JSON_SCHEMA_DIR, name);
    const label = relative(process.cwd(), path);
    if (!existsSync(path)) problems.push(`${label}: missing: run npm run kb:schema`);
    else if (!isDeepStrictEqual(JSON.parse(readFileSync(path, "utf8")), schema)) {
      problems.push(`${label}: out of date with src/knowledge/schema.ts: run npm run kb:schema`);
    }
  }
}

if (problems.length > 0) {
  console.error(`knowledge base: ${problems.length} ${problems.length === 1 ? "problem" : "problems"}`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
} else if (kb) {
  const concepts = Object.keys(kb.lexicon.concepts).length;
  console.log(
    `knowledge base OK: ${kb.facts.length} facts, ${kb.sources.length} sources, ${kb.subjects.length} subjects, ` +
      `${kb.topics.length} topics, ${concepts} lexicon concepts`,
  );
}
