import { KNOWLEDGE_DIR, RUNS_FROM_BUILD } from "../paths.js";
import { loadKnowledge } from "./load.js";
import { readKnowledgeSnapshot, SNAPSHOT_FILE } from "./snapshot.js";
import type { KnowledgeBase } from "./validate.js";

export { buildKnowledgeBase, KnowledgeBaseError } from "./validate.js";
export type { KnowledgeBase, KnowledgeOrigins, Origin, RawKnowledge, UncheckedKnowledge } from "./validate.js";

let cached: KnowledgeBase | undefined;

/**
 * The project's knowledge base, once per process (at start-up): the build's snapshot (dist/knowledge.json) when the
 * code runs from that build and the snapshot was made from the files now in knowledge/; otherwise read from
 * knowledge/ and validated. Under tsx (npm run dev, the tests) always from the files: src/ may be newer than the
 * build that wrote the snapshot. `npm run kb:check` calls loadKnowledge, the files only.
 */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= RUNS_FROM_BUILD ? loadKnowledgeWithSnapshot() : loadKnowledge();
  return cached;
}

/** The snapshot `file` if it was made from the files now in `dir`; otherwise the files, read and validated. */
export function loadKnowledgeWithSnapshot(file: string = SNAPSHOT_FILE, dir: string = KNOWLEDGE_DIR): KnowledgeBase {
  return readKnowledgeSnapshot(file, dir) ?? loadKnowledge(dir);
}
