import { loadKnowledge } from "./load.js";
import type { KnowledgeBase } from "./validate.js";

export { buildKnowledgeBase, KnowledgeBaseError } from "./validate.js";
export type { KnowledgeBase, KnowledgeOrigins, Origin, RawKnowledge, UncheckedKnowledge } from "./validate.js";

let cached: KnowledgeBase | undefined;

/**
 * The project's knowledge base, read from `knowledge/` and validated once per process (at start-up).
 * The parsed YAML is cached by content (see LoadOptions.cache): unchanged data is not parsed again.
 */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledge(undefined, { cache: true });
  return cached;
}
