import type { CalcField, ProblemKind } from "../../calc/cost.js";
import type { DurationUnit } from "../../calc/parse.js";
import type { FigureKind } from "../../knowledge/compare.js";
import type { Measure } from "../../knowledge/measures.js";
import type { RankMeasure } from "../../knowledge/rankings.js";
import type { Verdict } from "../../knowledge/reader/verdict.js";
import type { ClaimType, Fact } from "../../knowledge/schema.js";

/** Epoch AI's confidence ratings. */
export type Confidence = NonNullable<Fact["confidence"]>;

/**
 * A noun's forms by CLDR plural category (Intl.PluralRules): `other` always, and every other
 * category the language has (Russian: one, few, many; English: one). The locale test checks that.
 */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** What the bot needs to know about a language besides its texts. */
export interface LanguageMeta {
  /** The language's name in itself, on the /lang keyboard. */
  name: string;
  /** Intl locale for numbers, plural forms and lists ("2 048" / "2,048"). */
  locale: string;
  /** Intl locale for dates ("27 дек. 2024 г." / "27 Dec 2024": British order rather than "Dec 27"). */
  dateLocale: string;
  /** Telegram language_code values (the part before any "-") answered in this language by default. */
  telegramCodes: readonly string[];
  /** Letters that show a text is written in this language: channel posts have no sender to ask. */
  letters?: RegExp;
}

/**
 * Every text a user reads, per language (src/bot/locales/<lang>.ts), namespaced by feature.
 * Texts are plain unless a key says HTML; functions take values already formatted for the
 * language (numbers through locales/format.ts, nouns after numbers through its plural helpers).
 */
export interface Messages {
  meta: LanguageMeta;
  /** Numbers: scale words for compact figures ("5,58 млн" / "5.58M"), largest first. */
  format: {
    scales: readonly (readonly [scale: number, suffix: string])[];
  };
  /** Nouns printed after a count, in every plural form. */
  units: {
    gpus: Plural;
    /** GPUs of one model: "2048 GPU H800" / "2,048 H800 GPUs". */
    gpusOf: (model: string) => Plural;
    /** Whole systems of 8 GPUs: "2 666 систем DGX H100" / "2,666 DGX H100 systems". */
    systemsOf: (system: string) => Plural;
    gpuHours: Plural;
    /** GPU-hours of one model: "2,788 млн GPU-часов H800" / "2.788M H800 GPU-hours". */
    gpuHoursOf: (model: string) => Plural;
    duration: Record<DurationUnit, Plural>;
    /** After a multiplier: "в 2 раза", "в 5 раз" (the English texts write "×" instead). */
    times: Plural;
    /** After "up to": "до 500 символов". */
    characters: Plural;
    models: Plural;
    /** Chips counted in Epoch AI's table ("80 000 чипов", "80,000 chips"). */
    chips: Plural;
  };
  common: {
    /** The button under answers that opens their full sources. */
    sourcesButton: string;
  };
  errors: {
    generic: string;
    slowDown: string;
    staleButton: string;
    unknownCommand: string;
    textOnly: string;
    empty: string;
    tooLong: (limit: string) => string;
  };
  /** Telegram's command menu. */
  commands: {
    start: string;
    help: string;
    facts: string;
    calc: string;
    compare: string;
    sources: string;
    /** `langs`: the languages, listed as alternatives ("ru или en"). */
    lang: (langs: string) => string;
    settings: string;
    forget: string;
    top: string;
  };
  start: {
    greeting: string;
    /** Example questions, one button each; asked as if typed. */
    examples: readonly string[];
  };
  help: {
    /** HTML. `langs`: the language codes, e.g. "ru|en". */
    text: (langs: string) => string;
  };
  /** How the bot says what it understood and answers what it read (src/knowledge/reader). */
  reader: {
    /** The line above an answer: "Понял так: Llama 3.1 405B · стоимость обучения". `what` is escaped HTML. */
    understood: (what: string) => string;
    /** A measure as the reading line and buttons name it. */
    measures: Record<Measure, string>;
    /** The button for another close reading. */
    orButton: (what: string) => string;
    /** The verdict that opens a claim check, with its mark. */
    verdicts: Record<Verdict, string>;
    /** What was checked: "В вопросе: $6 млн" (figure formatted and escaped). */
    claimed: (claim: string) => string;
    /** A claim about the chips a model was trained on: "обучение на H800". */
    trainedOn: (chip: string) => string;
    /** Under a ratio claimed: the ratio the figures below give, already formatted, and its plural word. */
    ratioFound: (ratio: string, times: string) => string;
    /** Above the claims of a forwarded message, checked one by one. */
    forwardedHeading: string;
    /** A claim from a forwarded message, numbered. */
    claimNumber: (n: number, text: string) => string;
    /** "Для Grok 4 в моей базе нет цифры «число параметров»." `subject`, `measure` escaped. */
    missingMeasure: (subject: string, measure: string) => string;
    /** Above the buttons of what there is about the subject. */
    whatThereIs: string;
    /** `name` as the user wrote it, escaped. */
    notInData: (name: string) => string;
    /** Above buttons of known names close to it. */
    near: string;
    /** A button asking the same measure of another subject: "Gemini 1.0 Ultra — стоимость обучения". */
    askButton: (subject: string, measure: string) => string;
    /** A message that asks nothing the bot answers (greetings, small talk). */
    chat: string;
    /** How Epoch AI made an imported estimate: its own (English) notes, shortened. */
    howEstimated: (notes: string) => string;
    /** A figure converted for a follow-up "а в рублях?": "≈ 451 млн ₽ (курс 81,01 ₽/$ на 3 окт. 2025 г.)". */
    converted: (amount: string, rate: string, date: string) => string;
    /** A follow-up asks for a currency, but the last answer had no dollar figure to convert. */
    nothingToConvert: string;
  };
  questions: {
    dontKnow: string;
    dontKnowSuggest: string;
    didYouMean: string;
    /** A subject named, but not which of its figures: the ones there are follow as buttons. */
    whichFigureOf: (subject: string) => string;
    noSuchFigure: (subject: string) => string;
  };
  facts: {
    chooseTopic: string;
    /** HTML; `topic` is escaped already. */
    inTopic: (topic: string) => string;
    back: string;
    /** HTML. Epoch AI's topic: too many facts for buttons, so rankings and the trend instead. `models`: "976 моделей". */
    epochIntro: (title: string, models: string) => string;
  };
  sources: {
    heading: string;
    fullHeading: string;
    dateUnknown: string;
    urlUnknown: string;
    noneYet: string;
    claimType: Record<ClaimType, string>;
  };
  lang: {
    choose: string;
    changed: string;
    /** `available`: the /lang commands, listed as alternatives. */
    unknown: (arg: string, available: string) => string;
  };
  compare: {
    usage: string;
    /** `examples`: /compare commands to try. */
    unknown: (examples: string) => string;
    notComparable: (name: string, examples: string) => string;
    /** A model with no figure at all; `missing`: the kinds of figure, listed. */
    noFigures: (name: string, missing: string) => string;
    same: string;
    /** A pair's button. */
    pair: (a: string, b: string) => string;
    /** The answer's title. */
    title: (a: string, b: string) => string;
    /** The like-for-like headline; `basis` (from `bases`) says which pair of figures it uses. */
    headline: (cheap: string, dear: string, ratio: string, times: string, basis: string) => string;
    /** Which pair the headline uses; `a`, `b`: the two figures, formatted. */
    bases: {
      epoch: (a: string, b: string) => string;
      epochCloud: (a: string, b: string) => string;
      rental: (price: string, a: string, b: string) => string;
      cloud: (a: string, b: string) => string;
      amortized: (a: string, b: string) => string;
    };
    /** Every pair of estimates together, when they span more than the headline: "5,5–17". */
    range: (range: string, times: string) => string;
    /** The range reaches below 1: by some pairs the "cheaper" one is not. `low`, `high` are ratios. */
    overlap: (cheap: string, dear: string, low: string, high: string) => string;
    /** No pair estimated alike: the range only. `ratio` is "7,2–18"; `times` its noun in the right form. */
    cheaper: (cheap: string, dear: string, ratio: string, times: string) => string;
    cheaperOne: (cheap: string, dear: string, ratio: string, times: string) => string;
    noRatio: string;
    /** Training compute, when there is no cost ratio; `basis` from `computeBases`. */
    computeRatio: (larger: string, smaller: string, ratio: string, times: string, basis: string) => string;
    computeBases: { epoch: string; mixed: string };
    /** A model trained on top of another (R1 on V3): why it is compared as base + model. `figure`: the incremental cost. */
    lineage: (model: string, base: string, figure: string, combined: string) => string;
    /** "DeepSeek V3 + R1". */
    combined: (base: string, model: string) => string;
    /** After a figure that is one model's training on top of another's: "поверх V3". */
    onTopOf: (base: string) => string;
    /** Only one model was named: whom it is compared with, and why. */
    partnerPopular: (name: string) => string;
    partnerClosest: (name: string) => string;
    cost: string;
    compute: string;
    gpus: string;
    gpuHours: string;
    trainingTime: string;
    parameters: string;
    tokens: string;
    none: string;
    /** "671 млрд (37 млрд активных)". */
    active: (total: string, active: string) => string;
    /** "2 160 ч (90 дней)". */
    hours: (hours: string, days: string) => string;
    /** After a figure: who made it, and Epoch AI's rating when it has one. */
    rated: (claimType: string, confidence: string | undefined) => string;
    confidence: Record<Confidence, string>;
    /** A bar of our own calculation, in the chart. */
    ours: string;
    /** A bar of Epoch AI's cloud-price column, in the chart. */
    cloudShort: string;
    comparable: string;
    methods: string;
    roughGuide: string;
    /** When the headline is like for like. */
    likeForLike: string;
    /** FLOP → GPU-hours → $ for a model with compute but no cost: our calculation, never its cost. */
    ourEstimate: {
      title: string;
      /** `peakRef`, `utilRef`, `priceRef`: source numbers like "[3]". */
      line: (
        model: string,
        flop: string,
        chip: string,
        peak: string,
        peakRef: string,
        util: string,
        utilRef: string,
        gpuHours: string,
        price: string,
        priceRef: string,
        usd: string,
      ) => string;
      /** `ownChip`: the model's own chip; else the H100 is assumed. */
      note: (model: string, ownChip: boolean) => string;
    };
    /** "Grok 3: в моих данных нет токенов". */
    missing: (name: string, list: string) => string;
    figureNames: Record<FigureKind, string>;
    chartTitle: (a: string, b: string) => string;
    chartSubtitle: string;
    chartComputeTitle: (a: string, b: string) => string;
    chartComputeSubtitle: string;
  };
  rankings: {
    /** /top without a usable argument. */
    usage: string;
    /** The list's heading, by measure. */
    title: Record<RankMeasure, string>;
    /** What the figures are, under the heading. */
    measureNote: Record<RankMeasure, string>;
    /** Filters, added to the heading. */
    hardware: (chip: string) => string;
    organization: (org: string) => string;
    since: (date: string) => string;
    /** The ranking is of the models the question named. */
    named: string;
    /** Curated figures beside Epoch AI's: "DeepSeek: $5,576 млн". */
    beside: (figures: string) => string;
    none: string;
    /** Fewer models than asked for. `models`: "8 моделей". */
    fewer: (models: string) => string;
    /** The rows' own sources are too many to list: /sources has them. `models`: "10 моделей". */
    sourcesNote: (models: string) => string;
    chartTitle: Record<RankMeasure, string>;
    chartSubtitle: Record<RankMeasure, string>;
    /** The trend answer's heading. */
    trendTitle: Record<RankMeasure, string>;
    /** `factor` "2,9"; `models` "66 моделей". */
    trend: (factor: string, from: string, to: string, models: string) => string;
    /** Epoch AI's own figure beside ours; `ref` its source numbers. */
    trendPublished: (factor: string, ref: string) => string;
    frontierNote: string;
    /** The trend line's label: "×2,9 в год". */
    perYear: (factor: string) => string;
    noTrend: string;
    buttons: { cost: string; compute: string; trend: string };
  };
  calc: {
    usage: string;
    buttons: { double: string; price: (price: string) => string; rub: string; usd: string };
    title: string;
    /** A price's unit in the working: "$2/GPU·ч". */
    perGpuHour: string;
    hoursPerDay: string;
    /** A count of GPUs of no named model, in the capex working. */
    anyGpu: string;
    assumedPrice: (price: string, ref: number) => string;
    assumedDuration: (duration: string, ref: number) => string;
    assumedModel: string;
    assumedUtilization: (ref: number) => string;
    monthNote: string;
    comparison: (reference: string, referenceGpuHours: string, ratio: string, ref: number) => string;
    ratioMore: (ratio: string, times: string) => string;
    ratioLess: (ratio: string, times: string) => string;
    ratioSame: string;
    converted: (amount: string, rate: string, date: string, refs: string) => string;
    configuredRate: string;
    /** A rate from the Bank of Russia's daily feed, which has no fact to cite. */
    officialRate: string;
    noRate: string;
    computeLine: (flop: string) => string;
    /** "How many FLOPs…" with no GPUs: 6 × parameters × tokens, the figures already formatted. */
    flopLine: (parameters: string, tokens: string, flop: string) => string;
    /** Under a FLOP answer: the 6·N·D approximation, and that the figure is ours. */
    flopNote: string;
    /** Under a FLOP answer with no GPUs: what more would give the time and the cost. */
    flopMore: string;
    /** The cost, after the figure that was asked for ("Cost: 2.95M GPU-hours × $2/GPU·h = $5.9M"). */
    costLine: (working: string) => string;
    /** Under a time or GPU count worked out from GPU-hours: round the clock, no downtime. */
    roundTheClock: string;
    capexNote: string;
    /** A DGX/HGX price: a whole system, not one GPU. */
    systemNote: string;
    /** "в день", "a year": a sum's period. */
    perPeriod: Record<DurationUnit, string>;
    /** "over 4 years": the span a sum is spread over, already formatted. */
    overSpan: (span: string) => string;
    /** Under a sum turned from one period into another. */
    rateNote: string;
    /** The same, for a sum the bot told rather than one the user gave. */
    rateNoteTold: string;
    /** An API bill: tokens × price per million tokens, the figures already formatted. */
    apiLine: (tokens: string, pricePerMillion: string, result: string) => string;
    /** Under an API bill: whose price it is and what it leaves out. */
    apiNote: string;
    missing: (fields: string) => string;
    problems: string;
    fields: Record<CalcField, string>;
    problemKinds: Record<ProblemKind, string>;
    /** Limits spelled out for the fields that have one. */
    tooLarge: Partial<Record<CalcField, string>>;
    bothModes: string;
    /** "like Grok 3": the figures in the working are a model's. "Epoch AI's figures for Grok 3". */
    presetFigures: (by: string, model: string) => string;
    /** Which of a model's figures the working uses. */
    presetWhat: { run: string; gpus: string; duration: string; gpuHours: string };
    /** Under the working: `what` (from presetWhat) are whose figures, on which chip, and that the price is the user's (`priceGiven`). */
    presetNote: (what: string, by: string, model: string, chip: string | undefined, refs: string, priceGiven: boolean) => string;
    /** The sum taken from a fact told before (a rate asked per another period). */
    amountNote: (subject: string, refs: string) => string;
    /** The price taken from a chip's market rent: what was listed, when, its source; `lowest` when a range was listed. */
    rentPriceNote: (chip: string, listed: string, date: string, refs: string, lowest: boolean) => string;
    presetUnknown: (name: string) => string;
    /** The model has no GPU count and time nor GPU-hours to take. */
    presetNoFigures: (model: string) => string;
    /** A named model with no API price in the data to bill tokens at. */
    presetNoApiPrice: (model: string) => string;
    /** Under an API bill at a model's price: whose list price, for which tokens, as of when, with its reference. */
    apiPriceNote: (model: string, side: "input" | "output" | "both", date: string, refs: string) => string;
    /** Input and output tokens billed apart, each at its price per 1M tokens. */
    apiSplitLine: (inputTokens: string, inputPrice: string, outputTokens: string, outputPrice: string, result: string) => string;
  };
  settings: {
    privateOnly: string;
    notAdmin: string;
    /** HTML. `interval`: "5 мин". */
    status: (keywordMode: boolean, interval: string) => string;
    on: string;
    off: string;
    minutes: (n: string) => string;
  };
  account: {
    forgot: (answers: string, language: boolean, contexts: string) => string;
    stats: string;
    perDay: string;
    top: string;
    unanswered: string;
    /** Questions answered with a reading the bot was not sure of (a corrected name, an assumed measure, "did you mean"). */
    unsure: string;
    none: string;
  };
  inline: {
    compare: (a: string, b: string) => string;
    calc: string;
    /** A model's figure as an inline result: "Grok 3 · стоимость обучения"; `figure` from `figures`. */
    modelFact: (model: string, figure: string) => string;
    figures: Record<FigureKind, string>;
  };
}
