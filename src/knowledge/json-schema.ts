import { join } from "node:path";
import { z } from "zod";
import { KNOWLEDGE_DIR } from "../paths.js";
import { factSchema, lexiconSchema, sourceSchema, subjectSchema, topicSchema } from "./schema.js";

/** Where the generated JSON Schemas live, next to the data they describe. */
export const JSON_SCHEMA_DIR = join(KNOWLEDGE_DIR, "schema");

/**
 * JSON Schemas of the data files, generated from the zod schemas the loader validates with, so an
 * editor (VS Code's YAML extension, through each file's `# yaml-language-server: $schema=…` line)
 * checks a file while it is written. They describe the input: fields with defaults are optional.
 * What JSON Schema cannot say (a figure needs its unit; references between files) only
 * `npm run kb:check` checks.
 */
export function knowledgeJsonSchemas(): Record<string, Record<string, unknown>> {
  const make = (schema: z.ZodType, title: string, description: string) => ({
    ...z.toJSONSchema(schema, { io: "input", target: "draft-7" }),
    title,
    description,
  });
  return {
    "fact-list.schema.json": make(z.array(factSchema), "Facts", "knowledge/facts/*.yaml: a list of facts (see knowledge/README.md)"),
    "source-list.schema.json": make(z.array(sourceSchema), "Sources", "knowledge/sources/*.yaml: a list of sources"),
    "subject-list.schema.json": make(z.array(subjectSchema), "Subjects", "knowledge/subjects/*.yaml: a list of subjects"),
    "topic-list.schema.json": make(z.array(topicSchema), "Topics", "knowledge/topics/*.yaml: a list of /facts topics"),
    "lexicon.schema.json": make(
      lexiconSchema,
      "Lexicon",
      "knowledge/lexicon.yaml: the matcher's concepts, implied concepts and stop words",
    ),
  };
}
