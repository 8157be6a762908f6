import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load as parseYaml } from "js-yaml";
import { KNOWLEDGE_DIR } from "../paths.js";
import { epochAttribution, epochDatasetSchema, isEpochFact, type EpochDataset } from "./epoch.js";
import type { Fact, Lang } from "./schema.js";

let dataset: EpochDataset | undefined;

/** knowledge/epoch/dataset.yaml, read once, on the first answer that credits Epoch AI. */
function epochDataset(): EpochDataset {
  dataset ??= epochDatasetSchema.parse(parseYaml(readFileSync(join(KNOWLEDGE_DIR, "epoch", "dataset.yaml"), "utf8")));
  return dataset;
}

/**
 * Epoch AI's credit line, exactly as knowledge/epoch/dataset.yaml words it ("Data: Epoch AI, “Notable
 * AI Models” (…), licensed CC BY 4.0, as of 2026-01-26."): under every answer and chart that
 * uses its figures.
 */
export function epochCredit(lang: Lang): string {
  return epochAttribution(epochDataset(), lang);
}

/** Whether any of the facts comes from Epoch AI's table, so the answer owes it the credit line. */
export const usesEpoch = (facts: Iterable<Pick<Fact, "sourceIds">>): boolean => {
  for (const fact of facts) if (isEpochFact(fact)) return true;
  return false;
};
