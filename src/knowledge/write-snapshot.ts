/**
 * Run by `npm run build` after compiling: validates knowledge/ and writes dist/knowledge.json (see snapshot.ts). Data
 * that does not validate fails no build: there is then no snapshot, and the bot reports the problems at start as before.
 */
import { loadKnowledge } from "./load.js";
import { SNAPSHOT_FILE, writeKnowledgeSnapshot } from "./snapshot.js";
import { KnowledgeBaseError } from "./validate.js";

try {
  writeKnowledgeSnapshot(loadKnowledge(), process.argv[2] ?? SNAPSHOT_FILE);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(`no knowledge snapshot: ${error.message}`);
}
