import MiniSearch from "minisearch";
import { isEpochFact } from "../epoch.js";
import type { KnowledgeBase } from "../knowledge-base.js";
import type { FactMatcher } from "../matcher.js";
import { measuresOf, type Measure } from "../measures.js";
import type { Fact } from "../schema.js";
import type { Reading } from "./reading.js";

/** Measures whose facts explain rather than state a figure. */
const EXPLANATORY: ReadonlySet<Measure> = new Set(["cost_scope", "techniques", "estimate_differences", "architecture"]);

interface Doc {
  id: string;
  subject: string;
  /** Phrasings, text and caveat in every language: what a why-question is matched against. */
  body: string;
  explanatory: boolean;
  press: boolean;
}

/** A question about what the article or the press says: their version of an explanation comes first. */
const ASKS_PRESS = /стать[яеиюй]|(?<!\p{L})(?:сми|прессе?|пишут|article|press|reported)(?!\p{L})/iu;

/** Below this BM25 score a why-question is not answered from the texts (tuned on the dev set). */
const MIN_SCORE = 6;

/**
 * "Why" and "what does it include" questions, answered from explanations and caveats, which the phrase
 * matcher never looks at. MiniSearch ranks the texts (BM25 with prefix matching); words go through the
 * matcher's own analysis (slang and both languages to concepts, Snowball stems, typo correction), so a
 * question and a text meet on the same terms.
 */
export class ExplanationIndex {
  private readonly search_: MiniSearch<Doc>;
  private readonly factById: ReadonlyMap<string, Fact>;

  constructor(kb: KnowledgeBase, matcher: FactMatcher) {
    this.factById = kb.factById;
    const analyze = (text: string) => matcher.analyze(text);
    this.search_ = new MiniSearch<Doc>({
      fields: ["body"],
      storeFields: ["subject", "explanatory", "press"],
      tokenize: analyze,
      processTerm: (term) => term,
    });
    const docs: Doc[] = [];
    for (const fact of kb.facts) {
      // Imported facts carry Epoch's notes, not explanations; the curated ones with a caveat or an explanatory measure are indexed.
      if (!fact.answersQuestions || isEpochFact(fact)) continue;
      const explanatory = measuresOf(fact).some((m) => EXPLANATORY.has(m));
      if (!explanatory && !fact.caveat) continue;
      const texts = [
        ...Object.values(fact.phrasings).flat(),
        ...Object.values(fact.text),
        ...(fact.caveat ? Object.values(fact.caveat) : []),
      ];
      docs.push({ id: fact.id, subject: fact.subject, body: texts.join("\n"), explanatory, press: fact.claimType === "press_report" });
    }
    this.search_.addAll(docs);
  }

  /** The facts that best explain what is asked, best first; explanations before facts that only carry a caveat. */
  search(reading: Reading, subjects: readonly string[]): Fact[] {
    const hits = this.search_.search(reading.text).filter((hit) => hit.score >= MIN_SCORE);
    const forSubject = subjects.length ? hits.filter((hit) => subjects.includes(String(hit.subject))) : hits;
    const pool = forSubject.length ? forSubject : hits;
    // An explanation written for the question beats a fact that only carries a caveat, and one from the
    // primary sources beats the press's version of it, unless the question asks what the press said.
    const asksPress = ASKS_PRESS.test(reading.text);
    // The measure the question names ("what's the catch with cheap DeepSeek" → what the figure leaves out) comes first.
    const said = reading.measureSaid ? reading.measure : undefined;
    const ofMeasure = (hit: (typeof pool)[number]) => {
      const fact = this.factById.get(String(hit.id));
      return said !== undefined && fact !== undefined && measuresOf(fact).includes(said);
    };
    const rank = (hit: (typeof pool)[number]) =>
      (said && !ofMeasure(hit) ? 4 : 0) + (hit.explanatory ? 0 : 2) + (hit.press && !asksPress ? 1 : 0);
    const ranked = [...pool].sort((a, b) => rank(a) - rank(b));
    return ranked.map((hit) => this.factById.get(String(hit.id))).filter((f): f is Fact => f !== undefined);
  }
}
