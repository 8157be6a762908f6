import type { FactMatcher } from "./matcher.js";

export interface DevQuestion {
  q: string;
  /** Fact ids that count as a right answer; null for an out-of-scope question. */
  expect: string[] | null;
}

export interface EvaluationReport {
  inScope: number;
  top1Correct: number;
  top1Accuracy: number;
  outOfScope: number;
  rejected: number;
  rejectionRate: number;
  /** Questions the matcher got wrong, for a readable test failure. */
  misses: { q: string; expected: string[] | null; got: string }[];
}

/** Scores the matcher on a labelled question set: top-1 on in-scope, rejection on the rest. */
export function evaluateMatcher(matcher: FactMatcher, questions: DevQuestion[]): EvaluationReport {
  let inScope = 0;
  let top1Correct = 0;
  let outOfScope = 0;
  let rejected = 0;
  const misses: EvaluationReport["misses"] = [];
  for (const { q, expect } of questions) {
    const result = matcher.match(q);
    const top = result.kind === "unknown" ? undefined : result.candidates[0];
    const got = top
      ? `${top.fact.id} (${top.score.toFixed(2)}, ${result.kind})`
      : `unknown (${result.candidates[0]?.fact.id ?? "-"} ${result.candidates[0]?.score.toFixed(2) ?? ""})`;
    if (expect === null) {
      outOfScope++;
      if (result.kind === "unknown") rejected++;
      else misses.push({ q, expected: null, got });
    } else {
      inScope++;
      if (top && expect.includes(top.fact.id)) top1Correct++;
      else misses.push({ q, expected: expect, got });
    }
  }
  return {
    inScope,
    top1Correct,
    top1Accuracy: inScope ? top1Correct / inScope : 0,
    outOfScope,
    rejected,
    rejectionRate: outOfScope ? rejected / outOfScope : 0,
    misses,
  };
}
