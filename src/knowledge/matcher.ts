import type { KnowledgeBase } from "./knowledge-base.js";
import type { Fact } from "./schema.js";
import { normalize, stem, tokenize, WordsByLength } from "./text.js";

export interface ScoredFact {
  fact: Fact;
  score: number;
}

export type MatchResult =
  | { kind: "answer"; best: ScoredFact; candidates: ScoredFact[] }
  | { kind: "ambiguous"; candidates: ScoredFact[] }
  | { kind: "unknown"; candidates: ScoredFact[] };

export interface MatcherOptions {
  /** Below this score the bot says it does not know. */
  threshold: number;
  /** A runner-up within this distance of the best (and not told with it) makes the answer a "did you mean". */
  ambiguityMargin: number;
}

export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = { threshold: 0.48, ambiguityMargin: 0.04 };

/** Weight of a query word the knowledge base has never seen: rare, so it lowers confidence a lot. */
const UNKNOWN_WORD_WEIGHT = 4.5;
/** Numbers the knowledge base does not know ("5.576", "2026") say little about the topic. */
const UNKNOWN_NUMBER_WEIGHT = 0.7;
/** A number is rare in phrasings but names no topic by itself ("3" in "Llama 3", "Grok 3"). */
const MAX_NUMBER_WEIGHT = 1;
/** A typo-corrected word is a guess: it counts this much of a word typed right. */
const CORRECTED_WORD_CONFIDENCE = 0.6;
/** Vocabulary marker for a word to ignore. */
const DROP = "";

interface Phrasing {
  /** Index into the matcher's facts. */
  factIndex: number;
  terms: Set<string>;
  weight: number;
}

interface QueryTerm {
  term: string;
  confidence: number;
}

/** Distinct words remembered with their analysis; chats repeat words, stemming and typo search are the cost. */
const TERM_CACHE_LIMIT = 50_000;

/**
 * Matches free text to facts: words are normalised, mapped to concepts (slang, both
 * languages), stemmed, typo-corrected against the vocabulary, then each fact phrasing is
 * compared with the question by IDF-weighted Dice overlap; a fact scores its best phrasing.
 */
export class FactMatcher {
  private readonly conceptByForm = new Map<string, string>();
  private readonly conceptByStem = new Map<string, string>();
  /** Every surface word seen in phrasings or concepts → its term; the typo search runs over these. */
  private readonly vocabulary = new Map<string, string>();
  private readonly vocabularyByLength = new WordsByLength();
  private readonly knownTerms = new Set<string>();
  private readonly idf = new Map<string, number>();
  private readonly facts: Fact[];
  private readonly phrasings: Phrasing[] = [];
  /** Term → indexes of the phrasings that contain it, so ranking visits only phrasings sharing a word. */
  private readonly postings = new Map<string, number[]>();
  private readonly termCache = new Map<string, QueryTerm>();
  private readonly related = new Map<string, Set<string>>();
  private readonly sharedScratch: Float64Array;
  private readonly bestScoreScratch: Float64Array;
  /** Words that carry no meaning for matching (the lexicon's stop words). */
  private readonly stopwords: ReadonlySet<string>;
  /** Concept term → the concept terms it also stands for (`#h100` → `#gpu`). */
  private readonly implied = new Map<string, string[]>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly options: MatcherOptions = DEFAULT_MATCHER_OPTIONS,
  ) {
    const { concepts, implies, stopwords } = kb.lexicon;
    this.stopwords = new Set(stopwords);
    for (const [concept, others] of Object.entries(implies))
      this.implied.set(
        `#${concept}`,
        others.map((c) => `#${c}`),
      );
    for (const [concept, forms] of Object.entries(concepts)) {
      const term = `#${concept}`;
      for (const form of forms) {
        const tokens = tokenize(normalize(form));
        // A form that splits into several words ("low-cost") would map each part; keep whole ones only.
        if (tokens.length !== 1) continue;
        const token = tokens[0] as string;
        this.conceptByForm.set(token, term);
        this.conceptByStem.set(this.stemOf(token), term);
        this.addToVocabulary(token, term);
      }
    }
    // Stop words join the vocabulary as "drop me", so a misspelt filler ("сколко") is dropped too.
    for (const word of this.stopwords) this.addToVocabulary(word, DROP);

    const factsWithTerm = new Map<string, Set<string>>();
    // Facts without phrasings (imported tables) are found by subject and measure, not here; leaving
    // them out also keeps word weights what the phrased facts alone make them.
    this.facts = kb.facts.filter((f) => f.answersQuestions && f.phrasings.ru.length + f.phrasings.en.length > 0);
    // Phrasings repeat their words: each distinct word is stemmed once (stemming was most of the build).
    const termOfWord = new Map<string, string>();
    const termOf = (word: string) => {
      let term = termOfWord.get(word);
      if (term === undefined) termOfWord.set(word, (term = this.termOf(word)));
      return term;
    };
    this.facts.forEach((fact, factIndex) => {
      for (const text of [...fact.phrasings.ru, ...fact.phrasings.en]) {
        const words = tokenize(normalize(text)).filter((w) => !this.stopwords.has(w));
        const terms = new Set(words.flatMap((w) => this.withImplied(termOf(w))));
        words.forEach((w) => this.addToVocabulary(w, termOf(w)));
        for (const term of terms) {
          this.knownTerms.add(term);
          let facts = factsWithTerm.get(term);
          if (!facts) factsWithTerm.set(term, (facts = new Set()));
          facts.add(fact.id);
        }
        this.phrasings.push({ factIndex, terms, weight: 0 });
      }
      // "told together" goes both ways, so a runner-up that is told anyway is not a rival.
      for (const other of fact.related) {
        this.link(fact.id, other);
        this.link(other, fact.id);
      }
    });
    this.sharedScratch = new Float64Array(this.phrasings.length);
    this.bestScoreScratch = new Float64Array(this.facts.length);
    const total = this.facts.length;
    for (const [term, facts] of factsWithTerm) {
      const idf = Math.log(1 + total / facts.size);
      this.idf.set(term, /^\d/.test(term) ? Math.min(idf, MAX_NUMBER_WEIGHT) : idf);
    }
    this.phrasings.forEach((phrasing, index) => {
      phrasing.weight = this.weightOf(phrasing.terms);
      for (const term of phrasing.terms) {
        const list = this.postings.get(term);
        if (list) list.push(index);
        else this.postings.set(term, [index]);
      }
    });
  }

  /** The terms a question is reduced to; exported for tests and for debugging a miss. */
  analyze(question: string): string[] {
    return [...this.queryTerms(question).keys()];
  }

  /**
   * Words of a question the knowledge base has never seen, even after typo correction: no phrasing,
   * concept or stop word has them. Names of things the data lacks ("гигачат", "cursor") are among them.
   */
  unknownWords(question: string): string[] {
    const unknown: string[] = [];
    for (const word of tokenize(normalize(question))) {
      if (this.stopwords.has(word) || /\d/.test(word)) continue;
      const { term, confidence } = this.queryTermOf(word);
      if (term === DROP || term.startsWith("#") || confidence < 1) continue;
      if (!this.knownTerms.has(term)) unknown.push(word);
    }
    return unknown;
  }

  /** Query terms with their confidence: 1 for a word as typed, less for a typo correction. */
  private queryTerms(question: string): Map<string, number> {
    const terms = new Map<string, number>();
    for (const word of tokenize(normalize(question))) {
      if (this.stopwords.has(word)) continue;
      const { term, confidence } = this.queryTermOf(word);
      if (term === DROP) continue;
      for (const t of this.withImplied(term)) terms.set(t, Math.max(confidence, terms.get(t) ?? 0));
    }
    return terms;
  }

  rank(question: string, limit = 5): ScoredFact[] {
    const query = this.queryTerms(question);
    if (query.size === 0) return [];
    let queryWeight = 0;
    for (const [term, confidence] of query) queryWeight += this.termWeight(term) * confidence;
    // Weight each phrasing shares with the query, summed over the query's terms' postings.
    // (Typed arrays and indexes rather than maps: this loop is most of a question's cost.)
    // Scratch arrays reused across calls (zeroed again below): fresh ones were most of what a question allocated.
    const shared = this.sharedScratch;
    const touched: number[] = [];
    for (const [term, confidence] of query) {
      const weight = this.termWeight(term) * confidence;
      for (const index of this.postings.get(term) ?? []) {
        if (shared[index] === 0) touched.push(index);
        shared[index] = (shared[index] ?? 0) + weight;
      }
    }
    // A fact scores its best phrasing.
    const bestScore = this.bestScoreScratch;
    const scoredFacts: number[] = [];
    for (const index of touched) {
      const phrasing = this.phrasings[index]!;
      const score = (2 * (shared[index] ?? 0)) / (queryWeight + phrasing.weight);
      shared[index] = 0;
      const previous = bestScore[phrasing.factIndex] ?? 0;
      if (previous === 0) scoredFacts.push(phrasing.factIndex);
      if (score > previous) bestScore[phrasing.factIndex] = score;
    }
    const ranked = scoredFacts.map((factIndex) => ({ fact: this.facts[factIndex]!, score: bestScore[factIndex] ?? 0 }));
    for (const factIndex of scoredFacts) bestScore[factIndex] = 0;
    return ranked.sort((a, b) => b.score - a.score || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0)).slice(0, limit);
  }

  /** The confidence below which the matcher does not answer. */
  get threshold(): number {
    return this.options.threshold;
  }

  match(question: string): MatchResult {
    const candidates = this.rank(question);
    const [best, second] = candidates;
    if (!best || best.score < this.options.threshold) return { kind: "unknown", candidates };
    if (
      second &&
      second.score >= this.options.threshold &&
      best.score - second.score < this.options.ambiguityMargin &&
      !this.related.get(best.fact.id)?.has(second.fact.id)
    ) {
      return { kind: "ambiguous", candidates: [best, second] };
    }
    return { kind: "answer", best, candidates };
  }

  /** A concept term with the concepts it implies; any other term alone. */
  private withImplied(term: string): string[] {
    const implied = this.implied.get(term);
    return implied ? [term, ...implied] : [term];
  }

  private link(a: string, b: string): void {
    let set = this.related.get(a);
    if (!set) this.related.set(a, (set = new Set()));
    set.add(b);
  }

  private addToVocabulary(word: string, term: string): void {
    if (this.vocabulary.has(word)) return;
    this.vocabulary.set(word, term);
    this.vocabularyByLength.add(word);
  }

  /** Concept for a known form or stem, otherwise the stem itself. */
  private termOf(word: string): string {
    const form = this.conceptByForm.get(word);
    if (form !== undefined) return form;
    const stemmed = this.stemOf(word);
    return this.conceptByStem.get(stemmed) ?? stemmed;
  }

  /** The build's stem where it made one (the knowledge base's own words), else Snowball's. */
  private stemOf(word: string): string {
    return this.kb.stems?.get(word) ?? stem(word);
  }

  /** Like termOf, plus a typo search for words the knowledge base has not seen; remembered per word. */
  private queryTermOf(word: string): QueryTerm {
    let known = this.termCache.get(word);
    if (known) return known;
    // Pure function of the word, so forgetting everything at the limit is safe (and rare).
    if (this.termCache.size >= TERM_CACHE_LIMIT) this.termCache.clear();
    known = this.analyzeWord(word);
    this.termCache.set(word, known);
    return known;
  }

  private analyzeWord(word: string): QueryTerm {
    const direct = this.termOf(word);
    if (this.knownTerms.has(direct) || direct.startsWith("#")) return { term: direct, confidence: 1 };
    const corrected = this.closestKnownTerm(word);
    return corrected === undefined ? { term: direct, confidence: 1 } : { term: corrected, confidence: CORRECTED_WORD_CONFIDENCE };
  }

  /** One edit for words of 5–7 letters, two for longer ones; short words and numbers are never guessed. */
  private closestKnownTerm(word: string): string | undefined {
    if (word.length < 5 || /\d/.test(word)) return undefined;
    const bestWord = this.vocabularyByLength.closest(word, word.length >= 8 ? 2 : 1);
    return bestWord === undefined ? undefined : this.vocabulary.get(bestWord);
  }

  private termWeight(term: string): number {
    const known = this.idf.get(term);
    if (known !== undefined) return known;
    return /^\d/.test(term) ? UNKNOWN_NUMBER_WEIGHT : UNKNOWN_WORD_WEIGHT;
  }

  private weightOf(terms: Iterable<string>): number {
    let sum = 0;
    for (const term of terms) sum += this.termWeight(term);
    return sum;
  }
}
