import { hasCalcParameters, parseCalcQuery, parseLikeModel, type CalcQuery } from "../../calc/parse.js";
import type { KnowledgeBase } from "../knowledge-base.js";
import type { FactMatcher } from "../matcher.js";
import { measuresOf, type Measure } from "../measures.js";
import type { Lang, Subject } from "../schema.js";
import { toNfkc } from "../text.js";
import { EVENT_DATED, extractDate } from "./dates.js";
import { extractFigures, extractRatio, type QuotedFigure, type QuotedRatio } from "./figures.js";
import { DEFAULT_MEASURE, MEASURE_RULES, type MeasureRule } from "./measure-rules.js";
import { isVersionToken, nameTokens, SubjectIndex, type UnknownName } from "./subjects.js";
import { marketRent } from "../../calc/preset.js";

/** What a message asks for. */
export type Ask = "figure" | "check" | "why" | "compare" | "calc" | "ranking" | "chat";

export interface ReadSubject {
  /** The subject chosen for this mention. */
  id: string;
  /** Every subject the words could mean (a family, a model and its company…), best first. */
  candidates: string[];
  text: string;
}

/** A message read once: every feature answers from this and never parses the text again. */
export interface Reading {
  text: string;
  /** The language the message is written in: Cyrillic → Russian, otherwise English. */
  lang: Lang;
  /** False when the message has too few words besides names to tell its language ("gpt4 vs r1"). */
  langSure: boolean;
  ask: Ask;
  subjects: ReadSubject[];
  /** Names that continue a known one with a version the data lacks ("Gemini 3 Ultra"). */
  unknownNames: UnknownName[];
  measure?: Measure;
  /** False when the measure was not said but taken from the subject's kind or the conversation. */
  measureSaid: boolean;
  figures: QuotedFigure[];
  /** A chip the question says a model was trained on ("was V3 trained on H800s?"): a claim to check. */
  claimedChip?: string;
  /** "в 27 раз дешевле", "10x cheaper than o1": a ratio between the first two subjects, claimed. */
  ratio?: QuotedRatio;
  /** "it", "its", "это", "его": the message refers back to what was talked about. */
  refersBack: boolean;
  /** The message asks something: a question word or a question mark. */
  asksSomething: boolean;
  /** Words nothing in the knowledge base knows, outside the names found ("гигачат", "cursor"). */
  unknownWords: string[];
  /** Who the question says made the claim (keys of CLAIMANTS). */
  claimants: string[];
  /** The calculator's reading of the same text. */
  calc: CalcQuery;
  /** "like Grok 3 but at $1.5/h", or "how much is that at $2/h" after its GPU-hours: a calculation on a model's own figures. */
  presetModel?: string;
  /** "10M output tokens on R1, how much": tokens billed at this model's API list price ("input" when input is said). */
  apiBill?: { models: string[]; side: "input" | "output" };
  /** "history of DeepSeek's API prices": the subjects' figures of the measure in date order. */
  overTime?: boolean;
  /** "а…", "and…", "what about…": the message changes part of the previous one. */
  followUp: boolean;
  currency?: "RUB" | "EUR" | "USD";
  /** The matcher's concept terms, for the planner's tie-breaks. */
  terms: string[];
}

/** What the previous answer in this conversation was about. */
export interface ReadingContext {
  subjects: string[];
  measure?: Measure;
  ask?: Ask;
}

/** A currency sign or word: the number beside it is money, not a model's version. */
const MONEY_SAID = /[$€₽]|(?<![\p{L}])(?:usd|eur|rub|долл\p{L}*|бакс\p{L}*|dollars?|bucks?|руб\p{L}*|евро|cents?|цент\p{L}*)(?![\p{L}])/u;

/** Words around a version typed alone as a follow-up: "а 3.7?", "and the 70b?", "what about pro". */
const FOLLOW_UP_WORDS: ReadonlySet<string> = new Set([
  "а",
  "и",
  "ну",
  "вот",
  "что",
  "насчет",
  "and",
  "what",
  "about",
  "how",
  "the",
  "or",
  "или",
]);

const CYRILLIC = /[а-яё]/gi;
/** Russian words in Latin letters that make a message without Cyrillic Russian. */
const TRANSLIT_WORDS = 2;
const LATIN = /[a-z]/gi;

// "ok and at $3.42/hr?", "ладно, а если на B200": a word of assent before the "and" changes nothing.
export const FOLLOW_UP =
  /^\s*(?:(?:ok|okay|ок|окей|ладно|хорошо|понял|понятно|got it|i see|cool|hmm|хм)[\s,.!]+)?(?:а|и|ну а|ну и|а вот|а если|and|but|so|what about|how about|what if|vs\.?|versus|против)(?![\p{L}])/iu;
export const COMPARE_WORDS =
  /(?<![\p{L}])(?:vs\.?|versus|против|сравн\p{L}*|compare\p{L}*|comparison|дешевле|дороже|cheaper|pricier|more expensive|во сколько раз|how many times|разниц\p{L}*|difference between)(?![\p{L}])/iu;
const CHECK_WORDS =
  /(?<![\p{L}])(?:правда\p{L}*|верно|так ли|неужели|фейк\p{L}*|врут|is it true|is that true|true that|is that right|is this right|fact[- ]?check|legit|confirm\p{L}*|подтверд\p{L}*|correct|right that|misleading|не может быть)(?![\p{L}])|\b(?:true|right|correct|really)\s*\?|(?:так|да|реально)\s*\?\s*$/iu;
/** Words that ask for a figure: with them a number in the question is a parameter, not a claim ("почём HGX H200 на 8 карт"). */
const QUESTION_WORDS =
  /(?<![\p{L}])(?:сколько|скока|скоко|сколька|скок|почем|почём|во сколько|какой|какая|какие|каков\p{L}*|когда|how much|how many|how long|what|which|when)(?![\p{L}])/iu;
const WHY_WORDS =
  /(?<![\p{L}])(?:почему|зачем|отчего|откуда|как так|как удалось|как получилось|за сч[её]т чего|каким образом|where do(?:es)? .{0,40} come from|how do they know|how does|how do|what does .{1,60} do|что (?:не )?(?:входит|входило|включ\p{L}*|учт\p{L}*|покрыва\p{L}*)|why|how come|how did|how could|how was it|(?:в ч[её]м|где) подвох|what(?:'s| is|s) the catch|миф(?: или (?:нет|правда))?|a myth|what(?:'s| is| was)? (?:not )?(?:included|excluded|left out)|leave[sd]? out|left out|exclude[sd]?|include[sd]?|cover(?:s|ed)?)(?![\p{L}])/iu;
const RANKING_WORDS =
  /(?<![\p{L}])(?:сам(?:ые|ых|ая|ой|ое)\s+(?:дорог|больш|крупн|дешев|мощн)\p{L}*|топ(?:[- ]?\d+)?|top[- ]?\d+|top models|рейтинг\p{L}*|ranking|rank|most expensive|priciest|largest|biggest|costliest|список моделей|list (?:of )?models|как(?:ие|их|ой|ая)\s+(?:[\p{L}\d.-]+\s+)?модел\p{L}*|(?:which|what)\s+(?:[\p{L}\d.-]+\s+)?models|топ моделей|(?:cost|costs|spent)\s+the\s+most|больше всего|models trained on|модели,? (?:которые )?обучен\p{L}*|по годам|over (?:the )?years|over time|со временем|за последние (?:\p{L}+ )?(?:годы|лет|года)|как меня\p{L}*|how ha(?:s|ve)\b[^?]*\bchanged|тренд\p{L}*|trend\p{L}*|как быстро|how fast|график|chart|plot)(?![\p{L}])/iu;
const REFERS_BACK = /(?<![\p{L}])(?:it|its|it's|this|that|they|their|them|это|этот|эта|его|ее|её|их|она|он|они|там|тут)(?![\p{L}])/iu;
/** "а если…", "what if…": a hypothetical, never a claim to check. */
const WHAT_IF = /^\s*(?:а если|и если|а что если|ну а если|what if|and if|if)(?![\p{L}])/iu;
const DEFINE_WORDS = /(?<![\p{L}])(?:что такое|что за|what is|what are|what's|explain|объясни)(?![\p{L}])/iu;
/** Measures a definition question can be about. */
const EXPLAINED: ReadonlySet<Measure> = new Set([
  "architecture",
  "techniques",
  "cost_scope",
  "estimate_differences",
  "export_controls",
  "chip_spec",
]);

/** "over its history", "in its whole history", "за всю историю": a total, not a timeline. */
const WHOLE_HISTORY =
  /(?<![\p{L}])(?:over|in|across|throughout)\s+(?:its|their|the company's|the)\s+(?:whole\s+|entire\s+)?history|за\s+всю\s+(?:свою\s+|его\s+|её\s+|их\s+)?историю/gu;

/** "по данным X", "according to X", "по оценке X": who makes a claim, which the planner uses to pick facts. */
const ATTRIBUTION = /(?<![\p{L}])(?:по (?:данным|оценк\p{L}*|словам|мнению|версии|расчетам|подсчетам)|according to|citing)(?![\p{L}])/gu;
/**
 * Who a question says made a claim ("Altman said…", "по оценке Epoch", "SemiAnalysis puts…"): a check
 * is then weighed against that claimant's figures only. `publisher` is matched against the facts' sources.
 */
export const CLAIMANTS: { key: string; pattern: RegExp; publisher: RegExp }[] = [
  { key: "altman", pattern: /altman|альтман/u, publisher: /altman|wired/i },
  { key: "epoch", pattern: /(?<![\p{L}])(?:epoch|эпох)\p{L}*/u, publisher: /epoch/i },
  { key: "semianalysis", pattern: /semi\s?analysis|семи\s?анализ\p{L}*|семианалис\p{L}*/u, publisher: /semianalysis/i },
  { key: "ai-index", pattern: /ai index|stanford|стэнфорд\p{L}*|индекс ии/u, publisher: /stanford|ai index/i },
  { key: "company", pattern: /(?:по их|их же|own|official\p{L}*|официальн\p{L}*|сам[аи]? (?:компани|дипсик|deepseek))/u, publisher: /^$/ },
];

/** "trained on", "обучали на", "ran on": a question about a model's chips. */
const TRAINED_ON =
  /(?:trained|train|ran|run|built)\s+(?:[\p{L}\d.-]+\s+){0,3}?on(?![\p{L}])|(?:обуча\p{L}*|трениров\p{L}*|учил\p{L}*|обучен\p{L}*)\s+(?:\p{L}+\s+)?на|на\s+[\p{L}\d\s-]*(?:обуча|трениров|учил)/iu;

/** Figures of a model that a price per GPU-hour turns into a cost ("how much is that at $2/h"). */
const PRICED_MEASURES: ReadonlySet<Measure> = new Set(["gpu_hours", "gpu_count", "training_time"]);

/** Measures the words of a quoted hourly price suggest ("pay", "GPU hour") when the price itself is what is meant. */
const HOURLY_MISREAD: ReadonlySet<Measure> = new Set(["gpu_hours", "salaries", "opex"]);

/** "GPU-hours" said as such: then GPU-hours are asked, at the price quoted ("Llama 3.1 405B GPU-hours at $2/h"). */
const GPU_HOURS_SAID = /(?:gpu|гпу)[\s-]*(?:hours|часов|часа)(?![\p{L}])/iu;

/** Words that call a figure misleading: a why-question with them asks what it leaves out. */
const MISLEADING = /misleading|вводит в заблуждени|лукав\p{L}*|не вся правда|overstat|understat|занижен|завышен/u;
/** "а не", "not", "instead of": one thing chosen over another. */
const RATHER_THAN = /(?<![\p{L}])(?:а не|вместо|and not|not|instead of|rather than)(?![\p{L}])/u;

/** Words that ask to order the things named. */
const RANK_NAMED =
  /(?<![\p{L}])(?:rank|order|sort|ranking|list|отсортируй|упорядочи|расставь|ранжируй|по порядку|рейтинг|перечисли|списком)(?![\p{L}])/iu;

/** What stands between two names that are compared: "или", "и у", "and", ",". */
const JOINED = /^[\s,]*(?:или|либо|и|а|or|and)?[\s,]*(?:у\s+)?$/u;

/** What "how much is that in money" means after a count. */
const MONEY_OF: Partial<Record<Measure, Measure>> = {
  gpu_fleet: "capex",
  gpu_count: "training_cost",
  gpu_hours: "training_cost",
  chip_spec: "chip_price",
};

/** The kinds of subject a measure is about. */
export const MEASURE_KINDS: Partial<Record<Measure, string[]>> = {
  gpu_fleet: ["company"],
  opex: ["company"],
  capex: ["company", "trend"],
  salaries: ["company"],
  headcount: ["company"],
  funding: ["company"],
  investment: ["company", "product"],
  revenue: ["company", "product", "chip"],
  valuation: ["company"],
  hardware_spend: ["company"],
  market_value: ["company"],
  chip_price: ["chip"],
  chip_spec: ["chip"],
  rental_price: ["chip"],
  export_controls: ["policy", "chip"],
  inference_cost: ["company", "product", "model"],
  training_cost: ["model"],
  training_compute: ["model"],
  gpu_hours: ["model"],
  gpu_count: ["model"],
  training_time: ["model"],
  hardware: ["model"],
  parameters: ["model"],
  training_tokens: ["model"],
  api_price: ["model"],
  architecture: ["model"],
  techniques: ["model"],
  cost_scope: ["model"],
  release: ["model"],
};

const OFF_TOPIC_CUES =
  /(?<![\p{L}])(?:погода|weather|анекдот|joke|биткоин|bitcoin|btc|эфир|ethereum|крипт\p{L}*|crypto|iphone|айфон|пицц\p{L}*|pizza)(?![\p{L}])/iu;

/**
 * The language a message is written in, from its letters outside the names found: Cyrillic → Russian,
 * otherwise English. `sure` is false when there are too few such letters to say ("gpt4 vs r1").
 */
function languageOf(
  text: string,
  skip: readonly { start: number; end: number }[],
  translit: ReadonlySet<string> = new Set(),
  names: readonly string[] = [],
): { lang: Lang; sure: boolean } {
  let rest = text;
  for (const s of [...skip].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + rest.slice(s.end);
  // Unknown Latin words beside Cyrillic ones are names; in an all-Latin message they are its words.
  if (/[а-яё]/i.test(rest)) {
    const named = new Set(names.filter((w) => /^[a-z0-9.-]+$/.test(w)));
    rest = rest.replace(/[a-z][a-z0-9.-]*/giu, (w) => (named.has(w.toLowerCase()) ? " " : w));
  }
  const cyrillic = (rest.match(CYRILLIC) ?? []).length;
  // "r1 oboshelsya v 5 mln dollarov? pravda?": Russian typed in Latin letters.
  if (cyrillic === 0 && (rest.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => translit.has(w)).length >= TRANSLIT_WORDS) {
    return { lang: "ru", sure: true };
  }
  const latin = (rest.replace(/(?<![\p{L}])(?:vs|versus)(?![\p{L}])/giu, "").match(LATIN) ?? []).length;
  const sure = cyrillic + latin >= 3;
  if (cyrillic === 0) return { lang: "en", sure };
  return { lang: cyrillic >= latin * 0.5 ? "ru" : "en", sure };
}

function currencyOf(terms: ReadonlySet<string>, text: string): Reading["currency"] {
  if (terms.has("#rouble") || /₽|руб/u.test(text)) return "RUB";
  if (terms.has("#euro") || /€/u.test(text)) return "EUR";
  return undefined;
}

/**
 * Reads messages: subjects (with typos, Cyrillic and versions), the measure, quoted figures, what is
 * asked and the language. Pure: the same text and context always give the same reading.
 */
export class Reader {
  private readonly index: SubjectIndex;
  private readonly subjectById: ReadonlyMap<string, Subject>;
  /** (subject, measure) pairs the knowledge base has facts for. */
  private readonly has = new Set<string>();
  private readonly translit: ReadonlySet<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly matcher: FactMatcher,
    private readonly stopwords: ReadonlySet<string> = new Set(),
  ) {
    this.index = new SubjectIndex(kb.subjects, stopwords, kb.nameForms);
    this.subjectById = kb.subjectById;
    this.translit = new Set(kb.lexicon.translit);
    for (const fact of kb.facts) for (const m of measuresOf(fact)) this.has.add(`${fact.subject}|${m}`);
  }

  /** The subjects a text names, in order of mention (a name said twice, twice), each its best candidate. */
  subjectsIn(text: string): string[] {
    return this.index.read(text).mentions.flatMap((m) => m.subjectIds.slice(0, 1));
  }

  /** Whether the knowledge base has any fact for this subject and measure. */
  hasFigure(subjectId: string, measure: Measure): boolean {
    return this.has.has(`${subjectId}|${measure}`);
  }

  read(text: string, context?: ReadingContext): Reading {
    // "а 3.7?" after Claude 3.5 Sonnet's price, "and 1.5 flash?" after Gemini 2.5 Flash: read with the name completed,
    // in the language of what was typed.
    const completed = this.completedName(text, context);
    if (completed !== undefined) {
      // The version typed is a name, no word of either language ("а pro?" is Russian).
      const { lang, sure } = languageOf(text, completed.versions, this.translit);
      return { ...this.read(completed.text, context), text, lang, langSure: sure };
    }
    const normalized = toNfkc(text.toLowerCase()).replace(/ё/g, "е");
    const names = this.index.read(text);
    const spans = [...names.mentions, ...names.unknown];
    const figures = extractFigures(
      text,
      spans.map((s) => [s.start, s.end] as [number, number]),
    );
    // A figure's bound says how a claim is put, not what it is about ("больше полмиллиарда": not "bigger"), and a
    // model's name says which model, not what is asked ("Mistral Large 2": not its size).
    const blank = (t: string, start: number, end: number) => t.slice(0, start) + " ".repeat(end - start) + t.slice(end);
    const modelMentions = names.mentions.filter((m) => m.subjectIds.every((id) => this.kindOf(id) === "model"));
    const unbounded = [
      ...figures.filter((f) => f.boundEnd > f.start).map((f) => [f.start, f.boundEnd] as const),
      ...modelMentions.map((m) => [m.start, m.end] as const),
    ].reduce((t, [start, end]) => blank(t, start, end), normalized);
    // "по данным Epoch", "according to": who says it, not what is asked ("данным" is no dataset).
    // "over its history", "за всю историю": all of it together, no trend over time.
    const asked = unbounded.replace(ATTRIBUTION, " ").replace(WHOLE_HISTORY, " ");
    const terms = new Set(this.matcher.analyze(asked));
    const concepts = new Set([...terms].filter((t) => t.startsWith("#")).map((t) => t.slice(1)));
    // A model's name is no figure for the calculator ("Llama 3.1 405B" is not 405 billion of anything); a chip's
    // name is ("2048 H800"). After a calculation, "а по 3.5?" is its new price.
    // Unless the size is said as one: "6ND for gpt-3: 175B params" gives 175B parameters.
    const modelNames = names.mentions
      .filter(
        (m) =>
          /\d/.test(m.text) &&
          m.subjectIds.some((id) => this.kindOf(id) === "model") &&
          !m.subjectIds.some((id) => this.kindOf(id) === "chip"),
      )
      .map((m) => {
        const size = /[\s:-]*\d+(?:[.,]\d+)?\s*[bmkбмк]$/iu.exec(m.text);
        const saidAsSize = size && /^\s*(?:params|parameters|параметр)/iu.test(normalized.slice(m.end));
        return saidAsSize ? { ...m, end: m.start + size.index } : m;
      });
    let calc = parseCalcQuery(text, { ignore: modelNames, afterCalc: context?.ask === "calc" });
    // "а у Gemini?", "and R1?", or, with a conversation going on, a message of a few words that asks nothing new ("gemini ultra?");
    // after a calculation, "how much is that at $2/h" changes it.
    const followUp =
      FOLLOW_UP.test(normalized) ||
      (context !== undefined && normalized.trim().split(/\s+/).length <= 3 && !QUESTION_WORDS.test(normalized)) ||
      (context?.ask === "calc" && names.mentions.length === 0 && REFERS_BACK.test(normalized) && hasCalcParameters(calc));

    // The measure from the words, trying each rule against the kinds of the subjects named.
    // Kinds any mention may be, and kinds a mention surely is ("дипсик" may be the model or the company).
    const kinds = new Set(names.mentions.flatMap((m) => m.subjectIds.map((id) => this.kindOf(id))));
    const sureKinds = new Set(
      names.mentions.flatMap((m) => {
        const ofMention = new Set(m.subjectIds.map((id) => this.kindOf(id)));
        return ofMention.size === 1 ? [...ofMention] : [];
      }),
    );
    let said = this.measureFromWords(asked, concepts, kinds, sureKinds);
    // "and the H800?" after its rental price: a chip's name implies GPUs, but says nothing of what is asked; the
    // measure comes from the words outside the names, else from the answer this follows.
    if (said && followUp && context?.measure && names.mentions.length > 0) {
      const outside = names.mentions.reduce((t, m) => blank(t, m.start, m.end), asked);
      const outsideConcepts = new Set(
        this.matcher
          .analyze(outside)
          .filter((t) => t.startsWith("#"))
          .map((t) => t.slice(1)),
      );
      if (this.measureFromWords(outside, outsideConcepts, kinds, sureKinds) === undefined) said = undefined;
    }
    // "а у клода?": the measure of the answer this follows, so the subject is chosen for it.
    let measure = said ?? (followUp && names.mentions.length > 0 ? context?.measure : undefined);
    // "платил 2 бакса в час", "why $2/hour": a price per GPU-hour quoted, and no other sum, is about the rental
    // price, whatever "pay" or "hour" suggested.
    if (
      figures.some((f) => f.unit === "usd_per_hour") &&
      !figures.some((f) => f.unit === "USD") &&
      (measure === undefined || HOURLY_MISREAD.has(measure)) &&
      !GPU_HOURS_SAID.test(normalized)
    )
      measure = "rental_price";
    // "стоит 7.5 цента за лям инпута": a price per million tokens quoted is about an API's price.
    if (
      figures.some((f) => f.unit === "usd_per_mtok") &&
      (measure === undefined || (measure === "training_cost" && !concepts.has("train")))
    )
      measure = "api_price";

    // Each mention becomes one subject: the candidate that has figures for the measure, else one of the
    // kind the measure is about, else the first.
    let subjects: ReadSubject[] = [];
    for (const mention of names.mentions) {
      const chosen =
        (measure && mention.subjectIds.find((id) => this.hasFigure(id, measure as Measure))) ??
        (measure && mention.subjectIds.find((id) => MEASURE_KINDS[measure as Measure]?.includes(this.kindOf(id)))) ??
        mention.subjectIds[0]!;
      if (!subjects.some((s) => s.id === chosen)) subjects.push({ id: chosen, candidates: mention.subjectIds, text: mention.text });
    }
    // "DeepSeek trained V3": the model named outright settles what "DeepSeek" meant.
    const namedOutright = new Set(names.mentions.filter((m) => m.subjectIds.length === 1).map((m) => m.subjectIds[0]));
    subjects = subjects.map((s) => (s.candidates.length > 1 && namedOutright.has(s.id) ? { ...s, candidates: [s.id] } : s));
    // "what did DeepSeek say R1 cost": with a model named outright, a maker's name that might also mean one of its
    // models means the maker.
    const makers = new Set(
      [...namedOutright].flatMap((id) => {
        const organization = id && this.kindOf(id) === "model" ? this.subjectById.get(id)?.organization : undefined;
        return organization ? [organization.toLowerCase()] : [];
      }),
    );
    if (makers.size > 0)
      subjects = subjects.map((s) => {
        const maker = s.candidates.find(
          (id) =>
            this.kindOf(id) === "company" &&
            makers.has((this.subjectById.get(id)?.name.en ?? "").replace(/\s*\(.*\)\s*$/, "").toLowerCase()),
        );
        return s.candidates.length > 1 && !namedOutright.has(s.id) && this.kindOf(s.id) === "model" && maker ? { ...s, id: maker } : s;
      });
    // The subject the measure is about comes first: the model in "how many A100s trained Llama 2", the company in "Nvidia's drop".
    const wanted = measure ? MEASURE_KINDS[measure] : undefined;
    if (wanted)
      subjects = [
        ...subjects.filter((s) => wanted.includes(this.kindOf(s.id))),
        ...subjects.filter((s) => !wanted.includes(this.kindOf(s.id))),
      ];

    // "Janus Pro от дипсика": a model the data lacks, named by its maker; the maker is not what is asked about.
    const unknownNames = [...names.unknown];
    if (wanted?.includes("model") || !measure) {
      for (const mention of names.mentions) {
        const before = normalized.slice(0, mention.start);
        const owned = /([\p{L}\d][\p{L}\d .-]{1,40}?)\s+(?:от|by|from)\s+$/u.exec(before);
        const words = owned?.[1]?.split(/[\s.-]+/) ?? [];
        if (!owned || !mention.subjectIds.some((id) => this.kindOf(id) === "company")) continue;
        const unknown = this.unknownWords(owned[1]!, []);
        if (unknown.length === 0 || unknown.length < words.length / 2) continue;
        unknownNames.push({ text: owned[1]!.trim(), start: owned.index, end: owned.index + owned[1]!.length, near: mention.subjectIds });
        subjects = subjects.filter((s) => s.text !== mention.text);
      }
      // "deepseek janus pro", "Google Gemma 3": a maker's name, then a Latin word the data has never seen, written as a
      // name (capitalised, or with a version or tier after it).
      for (const mention of names.mentions) {
        if (!mention.subjectIds.some((id) => this.kindOf(id) === "company")) continue;
        const next = /^\s+([a-z][a-z0-9-]{2,})(?:\s+(pro|max|mini|flash|ultra|lite|turbo|v?\d[\w.]*))?(?![\p{L}\d])/u.exec(
          normalized.slice(mention.end),
        );
        if (!next || this.unknownWords(next[1]!, []).length === 0) continue;
        const word = next[1]!;
        const capitalised = text.includes(word[0]!.toUpperCase() + word.slice(1)) || text.includes(word.toUpperCase());
        if (next[2] === undefined && !capitalised) continue;
        const end = mention.end + next[0].length;
        unknownNames.push({ text: normalized.slice(mention.start, end), start: mention.start, end, near: mention.subjectIds });
        subjects = subjects.filter((s) => s.text !== mention.text);
      }
    }

    const chip = subjects.find((s) => this.kindOf(s.id) === "chip");
    // "дипсик учили на H100": a chip trained on makes a name that may be the company or its model the model.
    if (chip && TRAINED_ON.test(normalized) && !subjects.some((s) => this.kindOf(s.id) === "model")) {
      const maker = subjects.find((s) => s.candidates.some((id) => this.kindOf(id) === "model"));
      const asModel = maker?.candidates.find((id) => this.kindOf(id) === "model");
      if (maker && asModel) subjects = subjects.map((s) => (s === maker ? { ...s, id: asModel } : s));
    }
    const model = subjects.find((s) => this.kindOf(s.id) === "model");
    // "which OpenAI models cost the most", "топ моделей Meta": a maker named is a filter on the ranking, not its subject.
    const makersOnly = subjects.length > 0 && subjects.every((s) => s.candidates.some((id) => this.kindOf(id) === "company"));
    let ask = this.askOf(normalized, concepts, subjects.length, figures, calc, measure, model !== undefined, makersOnly);
    // "сша в 2023 запретили h800 для китая?": a date said of an event, as a yes-or-no question, is a claim to check.
    if (ask === "figure" && measure && EVENT_DATED.has(measure) && !QUESTION_WORDS.test(normalized) && extractDate(normalized))
      ask = "check";
    const overTime = subjects.length > 0 && measure !== undefined && (ask === "figure" || ask === "ranking") && OVER_TIME.test(normalized);
    if (overTime) ask = "ranking";
    // "was V3 trained on H800s?", "R1 обучали на H100?": a claim about the hardware, with no figure in it.
    let claimedChip: string | undefined;
    if (chip && model && TRAINED_ON.test(normalized) && !QUESTION_WORDS.test(normalized) && (ask === "figure" || ask === "check")) {
      ask = "check";
      // With a count ("on 512 H800s") the count is checked, and the chip with it; without one, the chip.
      if (!figures.some((f) => f.unit === "gpus")) {
        claimedChip = chip.id;
        measure = "hardware";
      }
    }
    // "H100 или B200 — что почём?", "GPUs of V3 and of Llama 3.1": two things of one kind joined by "or"/"and", with a
    // figure asked of them, are compared.
    if (
      ask === "figure" &&
      subjects.length >= 2 &&
      (said !== undefined || QUESTION_WORDS.test(normalized)) &&
      this.joined(normalized, names.mentions)
    )
      ask = "compare";
    // "р1 по апи в 27 раз дешевле o1, это правда?", "llama used ~11x the GPU-hours of V3": a ratio between two things
    // named is a claim to check, not a comparison asked for.
    // "Gemini Ultra дешевле GPT-4 в обучении, так?": with words of a check, a bare comparative is a claim too.
    const ratio =
      subjects.length >= 2 && (ask === "compare" || ask === "check" || ask === "figure")
        ? extractRatio(text, CHECK_WORDS.test(normalized))
        : undefined;
    if (ratio && !/во сколько раз|how many times/u.test(normalized)) ask = "check";
    // "как грок 3, но по $1.5/ч", "like Nemotron-4 340B at $2.5/h": the model's figures at the price given.
    // Only the model named right after "like"/"как у": a model named elsewhere forces no preset.
    const like = parseLikeModel(text);
    const likeMention = like ? names.mentions.find((m) => m.start === like.start) : undefined;
    const presetModel =
      likeMention && (calc.price !== undefined || calc.duration !== undefined || calc.gpus !== undefined)
        ? likeMention.subjectIds.find((id) => this.kindOf(id) === "model")
        : undefined;
    if (presetModel) ask = "calc";
    // "how much is that at $2/h" after a model's GPU-hours, GPU count or training time: those figures at that price.
    const toldModel =
      context?.ask === "figure" && context.measure && PRICED_MEASURES.has(context.measure) ? context.subjects[0] : undefined;
    // "V3's GPU-hours at the market H800 rent", "а сколько это по рыночной аренде н800?": a chip's going rent, from the
    // data, is the price of a run named, told or given.
    const runToPrice =
      calc.gpuHours !== undefined ||
      calc.gpus !== undefined ||
      (model !== undefined && RUN_WORDS.test(normalized)) ||
      (toldModel !== undefined && subjects.every((s) => s === chip));
    const rent =
      chip && runToPrice && calc.price === undefined && calc.unitPrice === undefined && RENT_WORDS.test(normalized)
        ? marketRent(this.kb, chip.id)
        : undefined;
    if (rent && typeof rent.value === "number") calc = { ...calc, price: rent.value, priceFact: rent.id };
    const priceOfTold =
      toldModel !== undefined &&
      this.kindOf(toldModel) === "model" &&
      subjects.every((s) => s === chip && rent !== undefined) &&
      calc.price !== undefined &&
      calc.gpus === undefined &&
      calc.gpuHours === undefined &&
      (followUp || REFERS_BACK.test(normalized));
    if (priceOfTold) ask = "calc";
    // "what would V3's GPU-hours cost at $12.29/h": a model's own GPU-hours, priced as the question says.
    const priceOfNamed =
      !priceOfTold &&
      model !== undefined &&
      // "V3's GPU-hours at AWS's H100 price of $12.29": a chip's rent named as the price of the model's run.
      (measure === "gpu_hours" || measure === "training_cost" || (measure === "rental_price" && RUN_WORDS.test(normalized))) &&
      calc.price !== undefined &&
      calc.gpus === undefined &&
      calc.gpuHours === undefined &&
      COST_WORDS.test(normalized) &&
      // "DeepSeek assumed a $2 per GPU-hour rental price for its V3 costing" states a claim; nothing is asked.
      (normalized.includes("?") || QUESTION_WORDS.test(normalized) || CALC_VERBS.test(normalized));
    if (priceOfNamed) ask = "calc";
    const apiBill = model ? this.apiBillOf(model, subjects, calc, measure, normalized) : undefined;
    if (apiBill) ask = "calc";
    if (!measure && context?.measure && followUp && subjects.length > 0) measure = context.measure;
    if (ask === "why") {
      // "why do people say the $6M is misleading": what the figure leaves out.
      // "why is the 50k GPUs number misleading": a count of GPUs quoted is the fleet's (or a model's GPUs), not a cost.
      if (MISLEADING.test(normalized))
        measure = figures.some((f) => f.unit === "gpus")
          ? subjects.some((s) => this.kindOf(s.id) === "company")
            ? "gpu_fleet"
            : "gpu_count"
          : "cost_scope";
      // "почему учили на H800, а не на H100": one chip rather than another is the export rules' doing.
      else if (subjects.filter((s) => this.kindOf(s.id) === "chip").length >= 2 && RATHER_THAN.test(normalized))
        measure = "export_controls";
    }
    // "сколько видюх у дипсика" → "а сколько это в деньгах?": the money of what was counted.
    if (
      followUp &&
      subjects.length === 0 &&
      measure === "training_cost" &&
      !concepts.has("train") &&
      context?.measure &&
      MONEY_OF[context.measure]
    ) {
      measure = MONEY_OF[context.measure];
    }
    if (!measure && subjects.length > 0 && (ask === "figure" || ask === "check")) measure = DEFAULT_MEASURE[this.kindOf(subjects[0]!.id)];
    if (measure && ask === "check" && claimedChip === undefined && figures.length === 0 && measure === "training_cost" && !said) {
      // "правда?" with nothing to check is a question about the figure.
      ask = "figure";
    }

    const unknownWords = this.unknownWords(
      asked,
      spans.map((m) => normalized.slice(m.start, m.end)),
    );
    // "а yandexgpt?": a Latin word nothing knows is a name, no word of English.
    const { lang, sure: langSure } = languageOf(text, spans, this.translit, unknownWords);
    const currency = currencyOf(terms, normalized);
    return {
      text,
      lang,
      langSure,
      ask,
      subjects,
      unknownNames,
      ...(measure ? { measure } : {}),
      measureSaid: said !== undefined,
      // "$2.50 in and $10 out per million": with an API's price asked, a small dollar sum is a price per million tokens.
      figures:
        measure === "api_price"
          ? figures.map((f) => (f.unit === "USD" && f.value < 1000 ? { ...f, unit: "usd_per_mtok" as const } : f))
          : figures,
      ...(claimedChip ? { claimedChip } : {}),
      ...(ratio && ask === "check" ? { ratio } : {}),
      claimants: CLAIMANTS.filter((c) => c.pattern.test(normalized)).map((c) => c.key),
      asksSomething: QUESTION_WORDS.test(normalized) || normalized.includes("?"),
      refersBack: REFERS_BACK.test(normalized),
      unknownWords,
      calc,
      ...(presetModel ? { presetModel } : priceOfTold ? { presetModel: toldModel } : priceOfNamed ? { presetModel: model.id } : {}),
      ...(apiBill ? { apiBill } : {}),
      ...(overTime ? { overTime } : {}),
      followUp,
      ...(currency ? { currency } : {}),
      terms: [...terms],
    };
  }

  /**
   * A follow-up that is only another version of the model just talked about ("а 3.7?", "а pro?", "and the 70b?"):
   * the text with that model's name, shortened to where the versions begin, written in front of the version typed —
   * when that names exactly one other subject the data has, or else one name the data lacks — and where the versions
   * were typed (they are names, no words of a language). Otherwise undefined, and the text is read as it is.
   */
  private completedName(
    text: string,
    context: ReadingContext | undefined,
  ): { text: string; versions: { start: number; end: number }[] } | undefined {
    if (!context || context.ask === "calc" || context.subjects.length === 0) return undefined;
    // "and at $3.42?" is a price, not a version.
    if (MONEY_SAID.test(text.toLowerCase())) return undefined;
    const tokens = nameTokens(text);
    if (tokens.length === 0 || tokens.length > 5) return undefined;
    const versions = tokens.filter((t) => isVersionToken(t.text));
    const rest = tokens.filter((t) => !isVersionToken(t.text));
    // A version needs a number or a tier word ("pro", "flash"): single letters ("в", "o") are too often something else.
    if (!versions.some((t) => /\d/.test(t.text) || t.text.length > 1)) return undefined;
    if (rest.some((t) => !this.stopwords.has(t.text) && !FOLLOW_UP_WORDS.has(t.text))) return undefined;
    const names = this.index.read(text);
    if (names.mentions.length > 0 || names.unknown.length > 0) return undefined;
    const typed = versions.map((t) => t.text).join(" ");
    const at = versions[0]?.start ?? 0;
    const lowered = toNfkc(text.toLowerCase()).replace(/ё/g, "е");
    const withPrefix = (prefix: string[]) => ({ text: `${lowered.slice(0, at)}${prefix.join(" ")} ${lowered.slice(at)}`, versions });
    const isNumber = (word: string | undefined) => /^\d/.test(word ?? "");
    for (const id of context.subjects) {
      const name = this.subjectById.get(id)?.name.en;
      const words = name ? nameTokens(name).map((t) => t.text) : [];
      for (let k = words.length - 1; k >= 1; k--) {
        const candidate = `${words.slice(0, k).join(" ")} ${typed}`;
        const found = this.index.read(candidate);
        const [only] = found.mentions;
        if (!only || found.unknown.length > 0 || found.mentions.length !== 1 || only.start !== 0 || only.end !== candidate.length) continue;
        if (only.subjectIds.includes(id)) continue;
        return withPrefix(words.slice(0, k));
      }
      // No such model in the data ("а 70b?" after Llama 3.1 405B): the name it would be, the version typed in place of
      // the last part of the same shape ("Llama 3.1 70B"), read as a name the data lacks, never as the model just told.
      let k = words.length - 1;
      while (k >= 1 && isNumber(words[k]) !== isNumber(versions[0]?.text)) k--;
      if (k < 1) continue;
      const candidate = `${words.slice(0, k).join(" ")} ${typed}`;
      const found = this.index.read(candidate);
      if (found.mentions.length === 0 && found.unknown.length === 1 && found.unknown[0]?.end === candidate.length)
        return withPrefix(words.slice(0, k));
    }
    return undefined;
  }

  private measureFromWords(
    text: string,
    concepts: ReadonlySet<string>,
    kinds: ReadonlySet<string>,
    sureKinds: ReadonlySet<string>,
  ): Measure | undefined {
    const applies = (rule: MeasureRule) =>
      (!rule.all || rule.all.every((c) => concepts.has(c))) &&
      (!rule.any || rule.any.some((c) => concepts.has(c))) &&
      (!rule.none || !rule.none.some((c) => concepts.has(c))) &&
      (!rule.pattern || rule.pattern.test(text)) &&
      (!rule.subjectKinds || rule.subjectKinds.some((k) => kinds.has(k))) &&
      (!rule.noKinds || !rule.noKinds.some((k) => sureKinds.has(k))) &&
      (rule.all !== undefined || rule.any !== undefined || rule.pattern !== undefined);
    return MEASURE_RULES.find(applies)?.measure;
  }

  /**
   * "сколько стоит прогнать 100 млн входных токенов через в3", "1B output tokens at deepseek v3.2 prices": tokens
   * with no price of their own, billed at the one model named's API price. "o1 vs r1, how much more" names two: a
   * comparison, no bill; "price per 1M tokens" names the unit of a price, no tokens to bill.
   */
  private apiBillOf(
    model: ReadSubject,
    subjects: readonly ReadSubject[],
    calc: CalcQuery,
    measure: Measure | undefined,
    normalized: string,
  ): Reading["apiBill"] {
    const billable =
      subjects.filter((s) => this.kindOf(s.id) === "model").length === 1 &&
      calc.tokens !== undefined &&
      !(calc.tokens === 1e6 && PER_MILLION.test(normalized)) &&
      calc.tokenPrice === undefined &&
      calc.price === undefined &&
      calc.parameters === undefined &&
      calc.gpus === undefined &&
      calc.gpuHours === undefined;
    const asksCost =
      COST_WORDS.test(normalized) ||
      measure === "api_price" ||
      calc.currency !== undefined ||
      /pric|цен|заплач|скок|total|итого|bill|счет/u.test(normalized);
    if (!billable || !asksCost) return undefined;
    return {
      // "gpt-4o" may be any GPT-4o: the versions the words name, the one read first.
      models: [...new Set([model.id, ...model.candidates.filter((id) => this.kindOf(id) === "model")])],
      side: /input|вход/u.test(normalized) ? "input" : "output",
    };
  }

  /** Unknown words of three letters or more, leaving out those inside the names already found. */
  private unknownWords(text: string, names: string[]): string[] {
    const inNames = new Set(names.flatMap((n) => n.split(/[^\p{L}\d]+/u)));
    return this.matcher.unknownWords(text).filter((w) => w.length >= 3 && !inNames.has(w) && !CLAIMANTS.some((c) => c.pattern.test(w)));
  }

  /** The first two names are of one kind, with nothing but "или", "и (у)", "or", "and" or a comma between them. */
  private joined(text: string, mentions: readonly { start: number; end: number; subjectIds: string[] }[]): boolean {
    const [a, b] = [...mentions].sort((x, y) => x.start - y.start);
    if (!a || !b) return false;
    const kinds = (m: typeof a) => new Set(m.subjectIds.map((id) => this.kindOf(id)));
    const sameKind = [...kinds(a)].some((k) => kinds(b).has(k));
    return sameKind && JOINED.test(text.slice(a.end, b.start));
  }

  private kindOf(subjectId: string): string {
    return this.subjectById.get(subjectId)?.kind ?? "other";
  }

  private askOf(
    text: string,
    concepts: ReadonlySet<string>,
    subjectCount: number,
    figures: QuotedFigure[],
    calc: CalcQuery,
    measure: Measure | undefined,
    modelNamed: boolean,
    makersOnly: boolean,
  ): Ask {
    const hasMeasure = measure !== undefined;
    if (WHY_WORDS.test(text)) return "why";
    // "что такое MLA", "what is MTP": a definition, unless a figure is what is asked ("what is GPT-4's cost").
    if (DEFINE_WORDS.test(text) && (!measure || EXPLAINED.has(measure))) return "why";
    if (COMPARE_WORDS.test(text) && subjectCount >= 1) return "compare";
    if (CHECK_WORDS.test(text)) return "check";
    // "v3 сожрал около 2.8 млн гпу-часов", "лама 405б съела 30 млн гпу-часов?": a named model's GPU-hours stated, with
    // no price or time to compute with, is a claim about the model, not a calculation.
    if (
      modelNamed &&
      calc.gpuHours !== undefined &&
      calc.price === undefined &&
      calc.duration === undefined &&
      calc.problems.length === 0 &&
      !QUESTION_WORDS.test(text) &&
      !WHAT_IF.test(text)
    )
      return "check";
    // "gpt-4o costs $2.50 in and $10 out per million": an API's prices, with nothing to bill, are no hourly prices.
    const apiPricesOnly =
      measure === "api_price" &&
      calc.gpus === undefined &&
      calc.gpuHours === undefined &&
      calc.tokens === undefined &&
      calc.duration === undefined;
    if (!apiPricesOnly && (calcStandalone(calc, text) || (WHAT_IF.test(text) && hasCalcParameters(calc)))) return "calc";
    // A figure in a question that asks for one ("почём HGX на 8 карт") is a parameter; otherwise it is a claim to check.
    if (figures.length > 0 && !QUESTION_WORDS.test(text) && (subjectCount > 0 || hasMeasure)) return "check";
    if (RANKING_WORDS.test(text) && (subjectCount === 0 || (makersOnly && /models|модел/u.test(text)))) return "ranking";
    // "rank GPT-4, Gemini Ultra, Llama 405B and V3 by training cost": a ranking of the models named.
    if (subjectCount >= 3 && RANK_NAMED.test(text)) return "ranking";
    if (subjectCount === 0 && !hasMeasure && (OFF_TOPIC_CUES.test(text) || concepts.size === 0)) return "chat";
    return "figure";
  }
}

/** "history of DeepSeek's API prices", "как менялись цены апи дипсика с начала 2025": a subject's figures over time. */
const OVER_TIME =
  /(?<![\p{L}])(?:histor\p{L}*|истори\p{L}*|как меня\p{L}*|timeline|хронолог\p{L}*|по датам|с (?:начала )?20[0-4]\d(?:\s*(?:года|г\.?))?(?![\p{L}\d\s]*(?:gpu|гпу|карт|видеокарт|[hн]\d))|since (?:early |the start of )?20[0-4]\d|over (?:the )?(?:years|time|20[0-4]\d)|how (?:ha(?:s|ve)|did)\b[^?]*\bchang\p{L}*)/u;

/** The GPU-hours or the run of a model, priced at a chip's rent ("V3's GPU-hours at $12.29", "прогон v3 по цене аренды"). */
const RUN_WORDS = /(?:gpu|гпу)[\s-]*(?:hours?|час\p{L}*)|прогон\p{L}*|(?<![\p{L}])run(?![\p{L}])|обучени\p{L}*|training/u;

/** "per 1M tokens", "за миллион токенов": the unit of an API price. */
const PER_MILLION = /(?:per|за|\/|a|в)\s*(?:1\s*)?(?:m|млн|миллион\p{L}*|million)(?![\p{L}\d])/u;

/** Words that make a lone GPU count a cost question ("сколько будет стоить 4096 GPU?"). */
/** Words that ask for a sum to be worked out, with no question mark needed. */
const CALC_VERBS =
  /посчита\p{L}*|прикин\p{L}*|calculat\p{L}*|estimat\p{L}*|compute|(?<![\p{L}])(?:would|will) (?:it |that )?(?:cost|come)|обош\p{L}*сь бы|стоил\p{L}* бы/u;

/** Words that name a rent as the price: "по рыночной аренде", "at cloud rates", "on-demand". */
const RENT_WORDS =
  /аренд\p{L}*|(?<![\p{L}])rent\p{L}*|cloud|облак\p{L}*|on[- ]demand|по требованию|рыночн\p{L}*|market (?:rate|price)|going rate/u;

const COST_WORDS = /сто(?:ит|ить|или|ил|ят)|стоимост|обойд|обошл|cost|price|how much|сколько/iu;

/** Figures given for a calculation that cannot be used. A percentage alone ("a 545% margin") is no calculation, though it would be an impossible utilisation. */
export function hasCalcProblems(q: CalcQuery): boolean {
  return q.problems.some((p) => p.field !== "utilization" || q.gpus !== undefined || q.gpuHours !== undefined);
}

/** A message that is a calculation on its own, without any earlier context. */
export function calcStandalone(q: CalcQuery, text: string): boolean {
  return (
    hasCalcProblems(q) ||
    q.gpuHours !== undefined ||
    (q.parameters !== undefined && q.tokens !== undefined) ||
    // "3.3e24 FLOP on 2048 H800s": the compute done on the GPUs given.
    (q.flop !== undefined && q.gpus !== undefined) ||
    (q.tokens !== undefined && q.tokenPrice !== undefined) ||
    (q.amount !== undefined && (q.currency !== undefined || q.rate !== undefined)) ||
    (q.budget !== undefined && (q.price !== undefined || q.unitPrice !== undefined)) ||
    (q.gpus !== undefined && (q.duration !== undefined || q.price !== undefined || q.unitPrice !== undefined)) ||
    // "what does one H100 cost" asks a chip's price, not a rental for an assumed time.
    (q.gpus !== undefined && q.gpus > 1 && COST_WORDS.test(text))
  );
}
