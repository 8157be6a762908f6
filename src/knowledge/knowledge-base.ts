import { loadKnowledge } from "./load.js";
import type { KnowledgeBase } from "./validate.js";

export { buildKnowledgeBase, KnowledgeBaseError } from "./validate.js";
export type { KnowledgeBase, KnowledgeOrigins, Origin, RawKnowledge, UncheckedKnowledge } from "./validate.js";

let cached: KnowledgeBase | undefined;

/** The project's knowledge base, read from `knowledge/` and validated once per process (at start-up). */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledge();
  return cached;
}
