import { hasCalcParameters } from "../../calc/parse.js";
import { compare } from "../compare.js";
import { isEpochFact } from "../epoch.js";
import type { KnowledgeBase } from "../knowledge-base.js";
import type { FactMatcher } from "../matcher.js";
import { measuresOf, type Measure } from "../measures.js";
import type { ClaimType, Fact } from "../schema.js";
import { ExplanationIndex } from "./explanations.js";
import { dateAgreement, EVENT_DATED, extractDate, type QuotedDate } from "./dates.js";
import type { QuotedFigure, QuotedRatio } from "./figures.js";
import { CLAIMANTS, FOLLOW_UP, MEASURE_KINDS, type Reading, type ReadingContext } from "./reading.js";
import { checkClaim, comparableUnits, repeatsTheClaim, statedFigure, type Verdict } from "./verdict.js";

/** What the answer to a reading will be; the bot renders it, nothing here formats text. */
export type Plan =
  | { kind: "facts"; subject: string; measure: Measure; facts: Fact[] }
  | {
      kind: "check";
      verdict: Verdict;
      claim: QuotedFigure | undefined;
      /** For a claim about the chips a model was trained on. */
      claimedChip?: string;
      /** For a ratio claimed between two subjects: the ratio the facts give, the same way round. */
      ratio?: { claimed: string; actual: number };
      /** For a date claimed ("вышел 20 января 2025"): the words as written. */
      claimedDate?: string;
      subject: string | undefined;
      measure: Measure | undefined;
      basis: Fact | undefined;
      facts: Fact[];
    }
  | { kind: "explain"; subject: string | undefined; facts: Fact[] }
  | { kind: "missing_measure"; subject: string; measure: Measure; offer: Fact[] }
  | { kind: "not_in_data"; name: string; near: string[] }
  | { kind: "compare"; subjects: string[]; measure: Measure | undefined }
  | { kind: "calc" }
  | { kind: "ranking"; measure: Measure; /** Models named to rank among ("rank GPT-4, Gemini Ultra and V3"). */ only?: string[] }
  /** The named subjects' dated figures of one measure, oldest first ("history of DeepSeek's API prices"). */
  | { kind: "history"; subject: string; measure: Measure; facts: Fact[] }
  | { kind: "clarify"; options: Fact[]; /** Named, but not which of its figures is asked. */ subject?: string }
  | { kind: "dont_know"; suggestions: Fact[] }
  | { kind: "chat" };

/** Who to believe first when several facts answer: the primary figure, then estimates, then press copies. */
const CLAIM_ORDER: Record<ClaimType, number> = {
  company_claim: 0,
  executive_statement: 1,
  vendor_spec: 1,
  research_estimate: 2,
  analyst_estimate: 2,
  our_calculation: 3,
  press_report: 4,
};

const isImported = isEpochFact;

/** A word list of `claimWords` as one pattern: whole words, or word beginnings for entries ending in `*`. */
function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => {
    const prefix = word.endsWith("*");
    const escaped = fold(prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return prefix ? escaped : `${escaped}(?![\\p{L}\\d])`;
  });
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join("|")})`, "u");
}
const fold = (text: string) => text.toLowerCase().replace(/ё/g, "е");
const claimPatterns = new WeakMap<Fact, { overstating?: RegExp; fair?: RegExp }>();

/** The claim says more than the fact behind its figure: an overstating word, or none of the words that keep it fair. */
function overstates(fact: Fact, text: string): boolean {
  if (!fact.claimWords) return false;
  let patterns = claimPatterns.get(fact);
  if (!patterns) {
    const { overstating, fair } = fact.claimWords;
    patterns = { ...(overstating ? { overstating: wordsPattern(overstating) } : {}), ...(fair ? { fair: wordsPattern(fair) } : {}) };
    claimPatterns.set(fact, patterns);
  }
  const normalized = fold(text);
  return (patterns.overstating?.test(normalized) ?? false) || (patterns.fair !== undefined && !patterns.fair.test(normalized));
}

/** The verdicts that say a claim's figure is right, before asking whether it says what the figure measures. */
const holds = (verdict: Verdict) => verdict === "confirmed" || verdict === "roughly_right";

/** Words that ask for two things together: "combined", "вместе", "v3 + r1". */
const COMBINED =
  /combined|together|in total|altogether|(?<![\p{L}])(?:вместе|в сумме|суммарно|всего вместе)(?![\p{L}])|[\p{L}\d]\s*\+\s*[\p{L}\d]/u;
/** At most this many dated facts in a timeline. */
const HISTORY_LENGTH = 8;
/** Up to this many words, a question of a measure naming nothing asks it of the subject just talked about. */
const SHORT_QUESTION_WORDS = 8;
/** At most this many facts of one subject and measure are told in one answer. */
const MAX_TOLD = 5;
/** A quoted figure this close to a curated fact's says what the claim is about ("правда, что платят 1,3 млн?"). */
const SAME_FIGURE = 0.02;

/**
 * Close measures to answer with when a subject has none of the one asked ("how much did OpenAI raise?"
 * → its valuation round): the reading line says which was answered.
 */
const SIBLINGS: Partial<Record<Measure, Measure[]>> = {
  funding: ["investment", "valuation"],
  investment: ["funding", "capex"],
  capex: ["hardware_spend", "investment"],
  hardware_spend: ["capex"],
  gpu_fleet: ["gpu_count"],
  // "what does Epoch's $40M for GPT-4 measure": where no fact says what one figure covers, the one on why its estimates differ does.
  cost_scope: ["estimate_differences"],
  // "how much does ChatGPT burn a day": a service's spending is what running it costs.
  opex: ["inference_cost"],
  // No "revenue: opex": what a company spends is no answer to what it earns.
};

/** Measures of money put into something: with a second company named, that company is where it went. */
const INVESTED_INTO: ReadonlySet<Measure> = new Set(["investment", "funding"]);

/** The subject a measure is about when the question names none of its kind ("what did the export rule change?"). */
const DEFAULT_SUBJECT: Partial<Record<Measure, string>> = {
  export_controls: "us-export-controls",
  price_trend: "llm-inference-prices",
  cost_trend: "frontier-models",
  fx_rate: "fx",
};

/** Figures every model has its own of: without a model named, a question about one is ambiguous. */
const MODEL_FIGURES: ReadonlySet<Measure> = new Set([
  "training_cost",
  "parameters",
  "gpu_count",
  "training_tokens",
  "gpu_hours",
  "training_compute",
  "training_time",
]);

/** Measures that explain rather than count. */
const EXPLANATORY_MEASURES: ReadonlySet<Measure> = new Set(["cost_scope", "techniques", "estimate_differences", "architecture"]);

/** Measures whose figures a fact may state in its details rather than as its own value. */
const FROM_DETAILS: ReadonlySet<Measure> = new Set(["gpu_count", "gpu_hours", "parameters", "training_tokens", "training_compute"]);

/**
 * The facts an answer tells: the curated ones first, and Epoch AI's estimate beside them whenever there
 * is one — never one silently replacing the other (DeepSeek's own $5.576M and Epoch's $5.39M).
 */
function told(facts: Fact[]): Fact[] {
  const curated = facts.filter((f) => !isImported(f));
  const imported = facts.filter(isImported);
  if (curated.length === 0) return imported.slice(0, MAX_TOLD);
  return [...curated.slice(0, imported.length ? MAX_TOLD - 1 : MAX_TOLD), ...imported.slice(0, 1)];
}

export class Planner {
  private readonly bySubject = new Map<string, Fact[]>();
  /** Each model's maker, looked up once. */
  private readonly makers = new Map<string, string | undefined>();
  /** Built on the first why-question: indexing the texts takes ~90 ms that a start need not wait for. */
  private explanations?: ExplanationIndex;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly matcher: FactMatcher,
  ) {
    for (const fact of kb.facts) {
      if (!fact.answersQuestions) continue;
      const list = this.bySubject.get(fact.subject) ?? [];
      list.push(fact);
      this.bySubject.set(fact.subject, list);
    }
  }

  /**
   * The facts about a subject for a measure: curated before imported, primary before press, and for
   * counts also facts that state the figure in their details (R1's cost "on 512 H800s").
   */
  factsFor(subject: string, measure: Measure): Fact[] {
    // A maker's price list covers its models ("DeepSeek's night discount" for V3 and R1), after the model's own prices.
    const maker = measure === "api_price" ? this.makerOf(subject) : undefined;
    const own = [...(this.bySubject.get(subject) ?? []), ...(maker ? (this.bySubject.get(maker) ?? []) : [])].filter((f) =>
      measuresOf(f).includes(measure),
    );
    const inDetails = FROM_DETAILS.has(measure)
      ? // Epoch AI's rows give every figure as a fact of its own; their details would only repeat them.
        (this.bySubject.get(subject) ?? []).filter(
          (f) => !own.includes(f) && !isImported(f) && statedFigure(f, measure, measuresOf(f)) !== undefined,
        )
      : [];
    const order = (a: Fact, b: Fact) =>
      Number(isImported(a)) - Number(isImported(b)) || CLAIM_ORDER[a.claimType] - CLAIM_ORDER[b.claimType];
    return [...own.sort(order), ...inDetails.sort(order)];
  }

  /** The company that makes a model, by the model's `organization` and the company's id or aliases. */
  private makerOf(subject: string): string | undefined {
    if (!this.makers.has(subject)) {
      const organization = this.kb.subjectById.get(subject)?.organization;
      const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]/gu, "");
      const maker = organization
        ? this.kb.subjects.find((s) => s.kind === "company" && [s.id, ...s.aliases].some((a) => key(a) === key(organization)))
        : undefined;
      this.makers.set(subject, maker?.id);
    }
    return this.makers.get(subject);
  }

  factsAbout(subject: string): Fact[] {
    return this.bySubject.get(subject) ?? [];
  }

  plan(reading: Reading, context?: ReadingContext): Plan {
    let named = reading.subjects[0]?.id;
    const measureKinds = reading.measure ? MEASURE_KINDS[reading.measure] : undefined;
    const defaultSubject = reading.measure ? DEFAULT_SUBJECT[reading.measure] : undefined;
    if (
      defaultSubject &&
      this.kb.subjectById.has(defaultSubject) &&
      (!named || !measureKinds?.includes(this.kb.subjectById.get(named)?.kind ?? ""))
    ) {
      named = defaultSubject;
    }
    const unknown = reading.unknownNames[0];
    // Words the data has never seen, in a question that names nothing it knows: a thing the data lacks.
    // ("is that the whole thing?" after an answer refers to it.)
    const continues = reading.followUp || (reading.refersBack && (context?.subjects.length ?? 0) > 0);
    // "а yandexgpt?" after GPT-4's cost: "and…" with nothing but one word the data has never seen names a thing it lacks.
    // (A short message with no "and", "как приготовить борщ?", is no follow-up of this kind.)
    const onlyUnknown =
      FOLLOW_UP.test(reading.text) &&
      reading.unknownWords.length === 1 &&
      !reading.measureSaid &&
      reading.figures.length === 0 &&
      !hasCalcParameters(reading.calc);
    const unknownThing =
      named === undefined && reading.unknownWords.length > 0 && (!continues || onlyUnknown) ? reading.unknownWords.join(" ") : undefined;
    // The conversation's subject when the message continues it ("and its parameters?", "сколько это стоило?"), or
    // asks a short question of a measure that subject has, naming nothing ("how many gpus tho" after Grok 3's cost).
    const talkedAbout = context?.subjects[0];
    const asksOfTold =
      talkedAbout !== undefined &&
      reading.measureSaid &&
      reading.subjects.length === 0 &&
      measureKinds?.includes(this.kb.subjectById.get(talkedAbout)?.kind ?? "") === true &&
      reading.text.trim().split(/\s+/).length <= SHORT_QUESTION_WORDS;
    const subject = named ?? (!unknownThing && (reading.followUp || reading.refersBack || asksOfTold) ? talkedAbout : undefined);

    // "v3 + r1 training combined", "r1 и v3 вместе": a figure that covers both things named, where the data has one.
    const combined = this.combinedFact(reading);
    if (combined)
      return { kind: "facts", subject: combined.subject, measure: measuresOf(combined)[0] ?? "training_cost", facts: [combined] };
    switch (reading.ask) {
      case "calc":
        return { kind: "calc" };
      case "ranking": {
        // A timeline where the data has one; else the figure asked ("spent on hardware over the years").
        if (reading.overTime) {
          const history = reading.measure ? this.history(reading, reading.measure) : undefined;
          if (history) return history;
          break;
        }
        const models = reading.subjects.filter((s) => this.kb.subjectById.get(s.id)?.kind === "model").map((s) => s.id);
        return { kind: "ranking", measure: reading.measure ?? "training_cost", ...(models.length >= 2 ? { only: models } : {}) };
      }
      case "compare":
        if (unknown && reading.subjects.length < 2) return { kind: "not_in_data", name: unknown.text, near: unknown.near };
        // "Falcon 180B vs bloom" with "bloom" unknown: no default partner stands in for the name not understood.
        if (reading.subjects.length === 1 && reading.unknownWords.length > 0 && !reading.followUp) {
          return { kind: "not_in_data", name: reading.unknownWords.join(" "), near: [] };
        }
        return { kind: "compare", subjects: reading.subjects.map((s) => s.id), measure: reading.measure };
      default:
        break;
    }
    // A name the data does not have, and nothing else named: say so, never lend the neighbour's figure.
    if (unknown && named === undefined) return { kind: "not_in_data", name: unknown.text, near: unknown.near };
    if (reading.ask === "chat")
      return unknownThing && reading.asksSomething ? { kind: "not_in_data", name: unknownThing, near: [] } : { kind: "chat" };
    // "why do the numbers differ so much?" right after GPT-4's cost: a why naming nothing is about what was just told.
    if (reading.ask === "why") return this.explain(reading, subject ?? (unknownThing ? undefined : talkedAbout));
    if (reading.ask === "check") {
      if (reading.ratio && reading.measure && reading.subjects.length >= 2) {
        const checked = this.checkRatio(reading, reading.ratio, reading.measure);
        if (checked) return checked;
      }
      if (reading.claimedChip && subject) return this.checkHardware(reading, subject, reading.claimedChip);
      if (reading.measure === "cost_scope") return this.checkScope(reading, subject);
      const claim = reading.figures[0];
      if (claim) return this.check(reading, claim, subject);
      const measure = reading.measure;
      const date = subject && measure && EVENT_DATED.has(measure) ? extractDate(reading.text) : undefined;
      const dated = date && subject && measure ? this.checkDate(date, subject, measure) : undefined;
      if (dated) return dated;
    }
    if (!subject) {
      if (unknownThing) return { kind: "not_in_data", name: unknownThing, near: [] };
      return this.fromMatcher(reading);
    }
    // "это рекорд, так?" after Nvidia's drop: the subject talked about, and the measure it was talked about by.
    const measure = reading.measure ?? (named === undefined && subject === talkedAbout ? context?.measure : undefined);
    if (!measure) return this.fromMatcher(reading, subject);
    // "сколько народу работает в DeepSeek": no measure the reader knows, and words it does not know — the measure it
    // would assume (a model's training cost) is a guess. Ask which figure is meant instead of answering another question.
    if (!reading.measureSaid && reading.unknownWords.length > 0 && !reading.followUp && !reading.refersBack) {
      // "DeepSeek" may be the company or its model; with no measure to decide, the company is what was named.
      const named = reading.subjects[0]?.candidates.find((id) => this.kb.subjectById.get(id)?.kind === "company") ?? subject;
      const options = this.offer(named);
      if (options.length > 0) return { kind: "clarify", options, subject: named };
    }
    const facts = this.factsFor(subject, measure);
    // "сколько Microsoft вложил в OpenAI": money put into another company named is no figure of the investor's own
    // spending (its capex); a close measure would answer another question.
    const intoAnother =
      INVESTED_INTO.has(measure) && reading.subjects.some((s) => s.id !== subject && this.kb.subjectById.get(s.id)?.kind === "company");
    if (facts.length === 0) {
      // "how much did it cost OpenAI to keep ChatGPT running": the other thing named has the figure.
      const other = intoAnother ? undefined : reading.subjects.find((s) => s.id !== subject && this.factsFor(s.id, measure).length > 0)?.id;
      if (other) return { kind: "facts", subject: other, measure, facts: told(this.rankWithin(reading, this.factsFor(other, measure))) };
      for (const sibling of intoAnother ? [] : (SIBLINGS[measure] ?? [])) {
        const close = this.factsFor(subject, sibling);
        if (close.length) return { kind: "facts", subject, measure: sibling, facts: told(this.rankWithin(reading, close)) };
      }
      // "сколько бигтех тратит": a word of spending said (read as a model's training cost, with no training named) of a
      // subject with one kind of figure only, not a model.
      const own = new Set(this.factsAbout(subject).flatMap((f) => measuresOf(f)));
      const [only] = own;
      const spending =
        reading.measureSaid && measure === "training_cost" && reading.terms.includes("#cost") && !reading.terms.includes("#train");
      if (only && own.size === 1 && spending && !MEASURE_KINDS[measure]?.includes(this.kb.subjectById.get(subject)?.kind ?? "")) {
        return { kind: "facts", subject, measure: only, facts: told(this.rankWithin(reading, this.factsFor(subject, only))) };
      }
      return { kind: "missing_measure", subject, measure, offer: this.offer(subject) };
    }
    return { kind: "facts", subject, measure, facts: told(this.rankWithin(reading, facts)) };
  }

  /**
   * The dated facts of a measure about the subjects named, and for a company also its models', oldest first: a
   * timeline needs at least two dates.
   */
  private history(reading: Reading, asked: Measure): Plan | undefined {
    // "the history of DeepSeek's API prices" reads as a price trend; for a subject named, it is its prices.
    const measure = asked === "price_trend" ? "api_price" : asked === "cost_trend" ? "training_cost" : asked;
    const named = [...new Set(reading.subjects.flatMap((s) => [s.id, ...s.candidates]))];
    const companies = new Set(named.filter((id) => this.kb.subjectById.get(id)?.kind === "company"));
    const ofMakers = this.kb.subjects.filter((s) => s.kind === "model" && companies.has(this.makerOf(s.id) ?? "")).map((s) => s.id);
    const facts = [...new Set([...named, ...ofMakers].flatMap((id) => this.factsFor(id, measure)))].filter(
      (f) => f.asOf !== null && !isImported(f),
    );
    if (new Set(facts.map((f) => f.asOf)).size < 2) return undefined;
    const timeline = facts.sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? "")).slice(0, HISTORY_LENGTH);
    // The maker where one is named ("DeepSeek's prices" span its models), else the subject read.
    const subject = named.find((id) => this.kb.subjectById.get(id)?.kind === "company") ?? reading.subjects[0]!.id;
    return { kind: "history", subject, measure, facts: timeline };
  }

  /** A fact of one subject named whose figure also covers another named (`basis.includes`), asked for together. */
  private combinedFact(reading: Reading): Fact | undefined {
    if (reading.subjects.length < 2 || !reading.measure || !COMBINED.test(reading.text.toLowerCase())) return undefined;
    if (reading.ask !== "figure" && reading.ask !== "compare") return undefined;
    const ids = reading.subjects.map((s) => s.id);
    return ids
      .flatMap((id) => this.factsFor(id, reading.measure!))
      .find((f) => f.basis?.includes?.some((id) => id !== f.subject && ids.includes(id)));
  }

  /** Other figures about a subject, offered after "no such figure": one per measure, primary ones first. */
  offer(subject: string): Fact[] {
    const seen = new Set<string>();
    const offer: Fact[] = [];
    const facts = [...this.factsAbout(subject)].sort((a, b) => Number(isImported(a)) - Number(isImported(b)));
    for (const fact of facts) {
      const key = measuresOf(fact)[0] ?? fact.metric;
      if (seen.has(key) || fact.claimType === "press_report" || fact.value === undefined) continue;
      seen.add(key);
      offer.push(fact);
    }
    return offer.slice(0, 4);
  }

  /** Several facts of one measure: the one whose phrasings fit the question best goes first. */
  private rankWithin(reading: Reading, facts: Fact[]): Fact[] {
    const byClaimant = this.byClaimants(reading, facts);
    const pool = byClaimant.length ? [...byClaimant, ...facts.filter((f) => !byClaimant.includes(f))] : facts;
    if (pool.length < 2 || byClaimant.length) return pool;
    const ranked = this.matcher.rank(reading.text, 20);
    const score = new Map(ranked.map((r) => [r.fact.id, r.score]));
    const best = pool.reduce((a, b) => ((score.get(b.id) ?? 0) > (score.get(a.id) ?? 0) ? b : a));
    return [best, ...pool.filter((f) => f !== best)];
  }

  /** The facts made by the claimants the question names ("Altman said…", "по оценке Epoch"). */
  private byClaimants(reading: Reading, facts: Fact[]): Fact[] {
    if (reading.claimants.length === 0) return [];
    const claimants = CLAIMANTS.filter((c) => reading.claimants.includes(c.key));
    return facts.filter((fact) =>
      claimants.some((c) =>
        c.key === "company"
          ? fact.claimType === "company_claim"
          : fact.sourceIds.some((id) => {
              const source = this.kb.sourceById.get(id);
              return source !== undefined && (c.publisher.test(source.publisher) || c.publisher.test(source.title));
            }),
      ),
    );
  }

  private check(reading: Reading, claim: QuotedFigure, subject: string | undefined): Plan {
    let measure = reading.measure;
    let about = subject;
    let facts = about && measure ? this.factsFor(about, measure) : [];
    const readMeasureKnown = facts.length > 0;
    let measureSwitched = false;
    // Only a figure in the claim's own kind of unit can settle it: "$1.6B of GPUs" is not checked against a GPU count.
    const statesComparable = (f: Fact) => {
      const stated = statedFigure(f, measure, measuresOf(f));
      return stated !== undefined && comparableUnits(claim, stated.unit);
    };
    // Every subject the words may mean, the one read first.
    const named = [...new Set([subject, ...reading.subjects.flatMap((s) => [s.id, ...s.candidates])])];
    // With no measure said, the one assumed is a guess: the claim's own figure, where a fact states it, tells better
    // what the claim is about ("everyone at deepseek gets 1.3 million a year" is about pay, not V3's training cost).
    if (!reading.measureSaid || !facts.some(statesComparable)) {
      // A curated fact stating that very figure tells what the claim is about ("правда, что платят 1,3 млн?").
      // The measure read first; failing that any measure, as the words may name a close one ("50K GPUs" for a fleet).
      // The subject first, then the others named ("Nvidia took a $5.5B hit from the H20 ban": the charge is Nvidia's).
      const same =
        named.map((id) => this.sameFigure(claim, id, measure)).find((f) => f !== undefined) ??
        named.map((id) => this.sameFigure(claim, id, undefined)).find((f) => f !== undefined) ??
        // "is it true they pay $1.3M?" after Grok 3's cost: "they" named nobody; the figure and the measure say who.
        (reading.subjects.length === 0 && measure ? this.sameFigure(claim, undefined, measure) : undefined);
      if (same) {
        measureSwitched = reading.measureSaid && readMeasureKnown && measure !== undefined && !measuresOf(same).includes(measure);
        about = same.subject;
        measure = measuresOf(same)[0];
        facts = measure ? this.factsFor(about, measure) : [same];
      }
    }
    // Only the article's own claim to go on, and it names a stronger fact behind its figure (the "$500M" it calls
    // investment is SemiAnalysis' hardware spend): the claim is checked against that fact.
    // Checked against facts of another measure: if they hold the figure, it is right in number but measures something
    // other than what the claim says, so misleading.
    const rightButOther = (alternatives: Fact[], of: Measure | undefined): Plan | undefined => {
      const result = checkClaim(claim, alternatives, of, measuresOf);
      const basis = result.basis ?? alternatives[0];
      if (!holds(result.verdict) || !basis) return undefined;
      return { kind: "check", verdict: "misleading", claim, subject: about, measure, basis, facts: [basis, ...facts].slice(0, MAX_TOLD) };
    };
    const figures = facts.filter(statesComparable);
    const behind = figures.length > 0 && figures.every(repeatsTheClaim) ? this.strongerBehind(claim, figures) : undefined;
    const viaBehind = behind ? rightButOther([behind], measuresOf(behind)[0]) : undefined;
    if (viaBehind) return viaBehind;
    if (!about || !measure || facts.length === 0) {
      return { kind: "check", verdict: "not_verifiable", claim, subject: about, measure, basis: undefined, facts: [] };
    }
    const claimants = this.byClaimants(reading, facts);
    const weighed = claimants.length ? claimants : facts;
    const result = checkClaim(claim, weighed, measure, measuresOf, claimants.length > 0);
    // Neither confirmed nor refuted by the measure read ("spent $1.6B on GPUs" against "well over $500M" of hardware),
    // but the subject has that very figure as another measure (its $1.6B server capex): right in number, misleading.
    // ("весь дипсик со всеми исследованиями и зарплатами обошёлся в 6 млн": no salary settles $6M, V3's cost does.)
    const other =
      result.verdict === "not_verifiable" && !measureSwitched
        ? [about, ...named].map((id) => this.sameFigure(claim, id, undefined)).find((f) => f !== undefined)
        : undefined;
    const otherMeasure = other ? measuresOf(other)[0] : undefined;
    const viaOther =
      other && otherMeasure && !measuresOf(other).includes(measure)
        ? rightButOther(this.factsFor(other.subject, otherMeasure), otherMeasure)
        : undefined;
    if (viaOther) return viaOther;
    // Chips named beside a chip's own figure (its price, its rent) are its subject, not a claim about which chips were used.
    const aboutChip = this.kb.subjectById.get(about)?.kind === "chip";
    let verdict = aboutChip ? result.verdict : this.chipsAgree(reading, result.basis, result.verdict);
    // The figure exists, but as another measure than the one the claim names ("the GPUs alone are worth $1.6B"
    // when $1.6B is all server capex): true in number, misleading in what it says.
    if (measureSwitched && holds(verdict)) verdict = "misleading";
    // "дипсик платил 2 бакса в час" of a figure assumed to compute with, "Stargate already has $500B" of a plan.
    if (result.basis && holds(verdict) && overstates(result.basis, reading.text)) verdict = "misleading";
    const told = [...new Set([...(result.basis ? [result.basis] : []), ...weighed, ...facts])].slice(0, MAX_TOLD);
    return { kind: "check", verdict, claim, subject: about, measure, basis: result.basis, facts: told };
  }

  /**
   * "R1 is 27x cheaper than o1 on the API": the first figure of each subject for the measure, in the same unit, and
   * their ratio the way the claim puts it. Within 10% it holds, within 25% it is roughly right, else it is wrong.
   */
  private checkRatio(reading: Reading, ratio: QuotedRatio, measure: Measure): Plan | undefined {
    const [first, second] = reading.subjects;
    const isModel = (id: string | undefined) => id !== undefined && this.kb.subjectById.get(id)?.kind === "model";
    if (measure === "training_cost" && isModel(first?.id) && isModel(second?.id)) return this.checkCostRatio(ratio, first!.id, second!.id);
    const [a, b] = reading.subjects.map((s) => this.factsFor(s.id, measure).find((f) => f.value !== undefined && f.unit));
    if (!a || !b || a.unit !== b.unit || !a.value || !b.value) return undefined;
    const actual = ratio.less ? b.value / a.value : a.value / b.value;
    const off = ratio.value === undefined ? 0 : Math.abs(actual - ratio.value) / ratio.value;
    const verdict: Verdict = actual <= 1 ? "wrong" : off <= 0.1 ? "confirmed" : off <= 0.25 ? "roughly_right" : "wrong";
    return {
      kind: "check",
      verdict,
      claim: undefined,
      ratio: { claimed: ratio.text, actual },
      subject: a.subject,
      measure,
      basis: a,
      facts: [a, b],
    };
  }

  /**
   * Training costs are estimated in different ways, so two models are weighed like with like (/compare's pairing):
   * the pair estimated most alike gives the ratio; where some pairs of estimates put them the other way round, a
   * claim about which is cheaper is misleading.
   */
  private checkCostRatio(ratio: QuotedRatio, a: string, b: string): Plan | undefined {
    const comparison = compare(this.kb, a, b);
    const range = comparison.ratio;
    const headline = comparison.headline;
    if (!range) return undefined;
    const claimedCheaper = ratio.less ? a : b;
    const pair = headline ? [headline.a.fact, headline.b.fact] : [comparison.a.costs[0]!.fact, comparison.b.costs[0]!.fact];
    const actual = headline ? (headline.cheaper === claimedCheaper ? headline.ratio : 1 / headline.ratio) : undefined;
    let verdict: Verdict;
    if (range.cheaper !== claimedCheaper) verdict = range.low < 1 ? "misleading" : "wrong";
    else if (range.low < 1) verdict = "misleading";
    else if (ratio.value === undefined) verdict = "confirmed";
    else if (actual !== undefined && Math.abs(actual - ratio.value) / ratio.value <= 0.1) verdict = "confirmed";
    else verdict = ratio.value >= range.low * 0.9 && ratio.value <= range.high * 1.1 ? "roughly_right" : "wrong";
    return {
      kind: "check",
      verdict,
      claim: undefined,
      ratio: { claimed: ratio.text, actual: actual ?? range.low },
      subject: a,
      measure: "training_cost",
      basis: pair[0],
      facts: pair,
    };
  }

  /** "р1 вышел 20 января 2025, верно?": the date claimed against the date of the event the fact records. */
  private checkDate(date: QuotedDate, subject: string, measure: Measure): Plan | undefined {
    const facts = this.factsFor(subject, measure).filter((f) => f.asOf);
    const basis = facts[0];
    if (!basis?.asOf) return undefined;
    const agreement = dateAgreement(date, basis.asOf);
    const verdict: Verdict = agreement === "same" ? "confirmed" : agreement === "close" ? "roughly_right" : "wrong";
    return { kind: "check", verdict, claim: undefined, claimedDate: date.text, subject, measure, basis, facts: facts.slice(0, MAX_TOLD) };
  }

  /** A curated fact of the subject (any subject if none) stating the claim's very figure, of the measure if one is given. */
  private sameFigure(claim: QuotedFigure, about: string | undefined, measure: Measure | undefined): Fact | undefined {
    return this.kb.facts.find((f) => {
      if (isImported(f) || !f.answersQuestions || (about && f.subject !== about)) return false;
      if (measure && !measuresOf(f).includes(measure)) return false;
      const stated = statedFigure(f, undefined, measuresOf(f));
      return stated !== undefined && comparableUnits(claim, stated.unit) && Math.abs(stated.low - claim.value) / stated.low <= SAME_FIGURE;
    });
  }

  /** A fact that the article's claims name as related, of a primary or estimating source, stating a figure comparable with the claim. */
  private strongerBehind(claim: QuotedFigure, claims: Fact[]): Fact | undefined {
    for (const id of claims.flatMap((f) => f.related)) {
      const fact = this.kb.factById.get(id);
      if (!fact || repeatsTheClaim(fact)) continue;
      const stated = statedFigure(fact, undefined, measuresOf(fact));
      if (stated && comparableUnits(claim, stated.unit)) return fact;
    }
    return undefined;
  }

  /**
   * A claim that also names chips ("all 50K of DeepSeek's GPUs are H800s", "V3 on 2,048 H100s") holds only
   * if the figure's fact names those chips: another chip makes it wrong, a mix of chips misleading.
   */
  private chipsAgree(reading: Reading, basis: Fact | undefined, verdict: Verdict): Verdict {
    const chips = reading.subjects.filter((s) => this.kb.subjectById.get(s.id)?.kind === "chip").map((s) => s.id);
    if (!basis || chips.length === 0 || verdict === "wrong" || verdict === "not_verifiable") return verdict;
    const text = `${basis.details?.gpuModel ?? ""} ${basis.text.en}`.toLowerCase().replace(/[\s-]+/g, "");
    const named = this.kb.subjects.filter((s) => s.kind === "chip" && text.includes(s.id.replace(/-/g, "")));
    if (named.length === 0) return verdict;
    if (!chips.every((c) => named.some((n) => n.id === c))) return "wrong";
    return named.length > chips.length ? "misleading" : verdict;
  }

  /** "was V3 trained on H800s?": confirmed when the model's hardware facts name the chip, wrong when they name another. */
  private checkHardware(reading: Reading, subject: string, chip: string): Plan {
    const chipSubject = this.kb.subjectById.get(chip);
    const chipNames = [chip, ...(chipSubject?.aliases ?? [])].map((a) => a.toLowerCase().replace(/[\s-]+/g, ""));
    const facts = [...this.factsFor(subject, "hardware"), ...this.factsFor(subject, "gpu_count")];
    const named = (f: Fact) => {
      const text = `${f.details?.gpuModel ?? ""} ${f.text.en}`.toLowerCase().replace(/[\s-]+/g, "");
      return chipNames.some((n) => n.length >= 3 && text.includes(n));
    };
    const basis = facts.find(named) ?? facts.find((f) => f.details?.gpuModel !== undefined || f.metric === "hardware");
    const verdict: Verdict = !basis ? "not_verifiable" : named(basis) ? "confirmed" : "wrong";
    return {
      kind: "check",
      verdict,
      claim: undefined,
      claimedChip: chip,
      subject,
      measure: "hardware",
      basis,
      facts: basis ? [basis] : [],
    };
  }

  /**
   * "правда, что 6 млн включают все исследования?": a claim about what a figure covers, checked against the
   * explanation that says what it includes and excludes (its `scope` word stems).
   */
  private checkScope(reading: Reading, subject: string | undefined): Plan {
    const figure = reading.figures[0];
    const about =
      subject ??
      (figure
        ? this.kb.facts.find((f) => !isImported(f) && f.value !== undefined && Math.abs(f.value - figure.value) / f.value <= SAME_FIGURE)
            ?.subject
        : undefined);
    const explanation = about ? this.factsFor(about, "cost_scope").find((f) => f.scope) : undefined;
    const base = { kind: "check" as const, claim: figure, subject: about, measure: "cost_scope" as const };
    if (!explanation?.scope) return { ...base, verdict: "not_verifiable", basis: undefined, facts: explanation ? [explanation] : [] };
    const text = fold(reading.text);
    const has = (stems: string[]) => stems.filter((stem) => text.includes(stem.toLowerCase()));
    const included = has(explanation.scope.includes);
    const excluded = has(explanation.scope.excludes);
    const only = /(?<![\p{L}])(?:только|лишь|only|just|solely)(?![\p{L}])/u.test(text);
    const denies =
      /не (?:входит|входят|включа\p{L}*|учтен\p{L}*|покрыва\p{L}*)|exclud\p{L}*|(?:does|do)n[’']?t include|does not include|not included|без /u.test(
        text,
      );
    let verdict: Verdict = "not_verifiable";
    // "only the final run" is what the figure is; "only pre-training" leaves out stages that are in it.
    const whole = included.some((stem) => /final|финальн|прогон|аренд|rental/.test(stem));
    if (only && included.length) verdict = whole ? "confirmed" : "misleading";
    else if (excluded.length) verdict = denies ? "confirmed" : "wrong";
    else if (included.length) verdict = denies ? "wrong" : "confirmed";
    return { ...base, verdict, basis: explanation, facts: [explanation] };
  }

  private explain(reading: Reading, subject: string | undefined): Plan {
    const candidates = reading.subjects.flatMap((s) => s.candidates);
    const found = (this.explanations ??= new ExplanationIndex(this.kb, this.matcher)).search(
      reading,
      candidates.length ? candidates : subject ? [subject] : [],
    );
    if (found.length === 0) {
      // Few words to go on ("what does MTP do"): the phrasings of the explanatory facts, if one fits well.
      const best = this.matcher
        .rank(reading.text, 10)
        .find((r) => measuresOf(r.fact).some((m) => EXPLANATORY_MEASURES.has(m)) && (!subject || r.fact.subject === subject));
      if (best && best.score >= this.matcher.threshold * 0.8) return { kind: "explain", subject: best.fact.subject, facts: [best.fact] };
      // A why-question about a figure the data has ("why $2 an hour?") is answered with the figure and its caveat.
      if (subject && reading.measure) {
        const facts = this.factsFor(subject, reading.measure);
        if (facts.length) return { kind: "explain", subject, facts: facts.slice(0, 1) };
      }
      return { kind: "dont_know", suggestions: [] };
    }
    return { kind: "explain", subject: found[0]!.subject, facts: found.slice(0, 1) };
  }

  private fromMatcher(reading: Reading, subject?: string): Plan {
    const result = this.matcher.match(reading.text);
    // "how much did it cost?" with nothing to say what "it" is: which model's figure is a guess; ask instead.
    if (!subject && reading.figures.length === 0 && reading.measure && MODEL_FIGURES.has(reading.measure) && result.candidates.length) {
      return { kind: "clarify", options: result.candidates.slice(0, 3).map((c) => c.fact) };
    }
    if (result.kind === "answer") {
      const fact = result.best.fact;
      if (subject && fact.subject !== subject) return this.offerInstead(subject, reading.measure);
      const measure = measuresOf(fact)[0];
      return measure
        ? { kind: "facts", subject: fact.subject, measure, facts: [fact] }
        : { kind: "explain", subject: fact.subject, facts: [fact] };
    }
    if (result.kind === "ambiguous") return { kind: "clarify", options: result.candidates.map((c) => c.fact) };
    if (subject) return this.offerInstead(subject, reading.measure);
    return { kind: "dont_know", suggestions: result.candidates.filter((c) => c.score >= 0.3).map((c) => c.fact) };
  }

  private offerInstead(subject: string, measure: Measure | undefined): Plan {
    return { kind: "missing_measure", subject, measure: measure ?? "training_cost", offer: this.offer(subject) };
  }
}
