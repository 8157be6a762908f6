import type { CalcField, ProblemKind } from "../../calc/cost.js";
import type { DurationUnit } from "../../calc/parse.js";
import type { Measure } from "../../knowledge/measures.js";
import type { Verdict } from "../../knowledge/reader/verdict.js";
import type { ClaimType } from "../../knowledge/schema.js";

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
    gpuHours: Plural;
    /** GPU-hours of one model: "2,788 млн GPU-часов H800" / "2.788M H800 GPU-hours". */
    gpuHoursOf: (model: string) => Plural;
    duration: Record<DurationUnit, Plural>;
    /** After a multiplier: "в 2 раза", "в 5 раз" (the English texts write "×" instead). */
    times: Plural;
    /** After "up to": "до 500 символов". */
    characters: Plural;
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
    noSuchFigure: (subject: string) => string;
  };
  facts: {
    chooseTopic: string;
    /** HTML; `topic` is escaped already. */
    inTopic: (topic: string) => string;
    back: string;
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
    unknown: (names: string) => string;
    notComparable: (name: string, names: string) => string;
    same: string;
    /** A pair's button. */
    pair: (a: string, b: string) => string;
    /** The answer's title. */
    title: (a: string, b: string) => string;
    /** `ratio` is "7,2–18"; `times` its noun in the right form. */
    cheaper: (cheap: string, dear: string, ratio: string, times: string) => string;
    cheaperOne: (cheap: string, dear: string, ratio: string, times: string) => string;
    noRatio: string;
    cost: string;
    gpus: string;
    gpuHours: string;
    parameters: string;
    tokens: string;
    none: string;
    /** "671 млрд (37 млрд активных)". */
    active: (total: string, active: string) => string;
    comparable: string;
    methods: string;
    roughGuide: string;
    chartTitle: (a: string, b: string) => string;
    chartSubtitle: string;
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
    capexNote: string;
    missing: (fields: string) => string;
    problems: string;
    fields: Record<CalcField, string>;
    problemKinds: Record<ProblemKind, string>;
    /** Limits spelled out for the fields that have one. */
    tooLarge: Partial<Record<CalcField, string>>;
    bothModes: string;
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
    none: string;
  };
  inline: {
    compare: (a: string, b: string) => string;
    calc: string;
  };
}
