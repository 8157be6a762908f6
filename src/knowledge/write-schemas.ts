/** `npm run kb:schema`: regenerates knowledge/schema/*.schema.json from the zod schemas. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format, resolveConfig } from "prettier";
import { JSON_SCHEMA_DIR, knowledgeJsonSchemas } from "./json-schema.js";

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [name, schema] of Object.entries(knowledgeJsonSchemas())) {
  const path = join(JSON_SCHEMA_DIR, name);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(schema), { ...options, filepath: path }));
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
