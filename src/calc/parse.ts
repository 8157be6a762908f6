import { toNfkc } from "../knowledge/text.js";
import { DAYS_PER_MONTH, DAYS_PER_YEAR, HOURS_PER_DAY, type CalcField, type Problem } from "./cost.js";
import type { PresetUse } from "./preset.js";

export type DurationUnit = "hour" | "day" | "week" | "month" | "year";
export type Currency = "USD" | "RUB" | "EUR";
export const GPU_MODELS = ["H100", "H800", "H200", "A100", "B200"] as const;
export type GpuModel = (typeof GPU_MODELS)[number];
/** What a message asks to be computed, when it says so ("сколько гпу-часов", "how many days", "how many FLOPs"); the cost otherwise. */
/** What a calculation is asked for; `hours` is a duration asked in hours of wall-clock time ("how many hours of wall clock"). */
export type CalcTarget = "gpuHours" | "duration" | "hours" | "gpus" | "flop";

/** What a message says about a calculation; every field is optional, follow-ups fill the rest. */
export interface CalcQuery {
  gpus?: number;
  gpuModel?: GpuModel;
  duration?: { value: number; unit: DurationUnit };
  /** USD per GPU-hour. */
  price?: number;
  /** The fact `amount` was taken from ("а в год?" after ChatGPT's $700K a day), for the answer to cite. */
  amountFact?: string;
  /** The fact `price` was taken from ("at the market H800 rent"), for the answer to cite; absent for a price typed. */
  priceFact?: string;
  gpuHours?: number;
  /** A price per GPU bought (capex), as opposed to per GPU-hour. */
  unitPrice?: number;
  /** "DGX H100", "HGX H200": what is counted and priced is a whole system of GPUS_PER_SYSTEM GPUs. */
  system?: "DGX" | "HGX";
  /** "2 млн входящих и 1 млн исходящих": output tokens billed apart, `tokens` then being the input ones. */
  outputTokens?: number;
  /** USD per million output tokens, where `tokenPrice` is then the input price. */
  outputTokenPrice?: number;
  /** USD per million tokens: an API's price, for what a number of tokens costs through it. */
  tokenPrice?: number;
  /** A sum in dollars quoted to be converted ("589 ярдов — в рублях это сколько"). */
  amount?: number;
  /**
   * A sum per period turned into another period ("87 тыщ в день — скок за год", "$500B over 4 years, per year"):
   * `amount` per `per` (a day, or the whole `over` span), asked per `to`.
   */
  rate?: { per: { value: number; unit: DurationUnit }; to: DurationUnit };
  /** Money to spend ("на 6 лямов", "for $6M"): what it buys at a unit price, or how many GPU-hours at a price per hour. */
  budget?: number;
  parameters?: number;
  tokens?: number;
  utilization?: number;
  /** Training compute given as a count ("3.3e24 FLOP"), standing in for 6 × parameters × tokens. */
  flop?: number;
  /** A chip's peak given ("при 989 терафлопс"), FLOP/s, instead of the chip's own. */
  peakFlops?: number;
  fp8?: boolean;
  currency?: Currency;
  /** What the message asks for, when it is not the cost: the answer leads with it. */
  asked?: CalcTarget;
  /** Set when some of the figures are a model's own ("like Grok 3"): which model and which figures. */
  preset?: PresetUse;
  /** Values that were given but cannot be used (negative, zero, not numbers), by field. */
  problems: Problem[];
}

export const HOURS_PER_UNIT: Record<DurationUnit, number> = {
  hour: 1,
  day: HOURS_PER_DAY,
  week: 7 * HOURS_PER_DAY,
  month: DAYS_PER_MONTH * HOURS_PER_DAY,
  year: DAYS_PER_YEAR * HOURS_PER_DAY,
};

export const durationHours = (d: { value: number; unit: DurationUnit }): number => d.value * HOURS_PER_UNIT[d.unit];

const SCALE: [RegExp, number][] = [
  [/^(?:k|к|тыс\.?|тысяч\p{L}*|тыщ\p{L}*|thousands?)$/u, 1e3],
  [/^(?:m|mln|млн\.?|миллион\p{L}*|лям\p{L}*|millions?)$/u, 1e6],
  [/^(?:b|bn|млрд\.?|миллиард\p{L}*|ярд\p{L}*|billions?)$/u, 1e9],
  [/^(?:t|трлн\.?|триллион\p{L}*|trillions?)$/u, 1e12],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  один: 1,
  одна: 1,
  одну: 1,
  одной: 1,
  одного: 1,
  single: 1,
  два: 2,
  две: 2,
  пару: 2,
  пара: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  двенадцать: 12,
  полтора: 1.5,
  полторы: 1.5,
};

/** A number word followed by another word ("two months", "пару недель"), to be spelled as digits. */
const NUMBER_WORD_BEFORE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${Object.keys(NUMBER_WORDS).join("|")})(?=\s+\p{L})`, "gu");

// A number: grouped thousands ("4 096", "4,096"), decimals ("1,5", "2.788"), exponents ("1e6").
const NUM = String.raw`(?<![\p{L}\d.,])(?<sign>[-−]\s*)?(?<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:e[+-]?\d+)?)(?:\s*(?<scale>k|к|тыс\.?|тысяч\p{L}*|тыщ\p{L}*|thousands?|mln|m|млн\.?|миллион\p{L}*|лям\p{L}*|millions?|bn|b|млрд\.?|миллиард\p{L}*|ярд\p{L}*|billions?|t|трлн\.?|триллион\p{L}*|trillions?)(?![\p{L}]))?`;

const GPU_MODEL = String.raw`(?<model>h100|h800|h200|a100|b200|н100|н800|н200|а100)`;
const GPU_WORD = String.raw`(?:x\s*|×\s*)?(?:gpus?|гпу|видеокарт\p{L}*|видюх\p{L}*|карт(?:а|ы|очек)?\p{L}*|ускорител\p{L}*|чип(?:ов|а|ы)?|${GPU_MODEL}(?:\s*(?:gpus?|гпу|видеокарт\p{L}*))?(?![\s-]*(?:gpu[\s-]*)?(?:час|hours?)))`;
/** A chip's name where "GPU" would stand: "3 млн H100-часов", "2.788M H800 GPU-hours". */
const CHIP = String.raw`(?:[hн]\d{2,3}|[aа]100|b200)`;
const GPU_HOURS_WORD = String.raw`(?:${CHIP}[\s-]*)?(?:gpu|гпу)[\s-]*(?:часов|часа|час|ч|hours?|h)(?![\p{L}])|(?:gpu|гпу)\s*[·*]\s*(?:ч|h)(?![\p{L}])|${CHIP}[\s-]*(?:часов|часа|hours)(?![\p{L}])`;
const PER_HOUR = String.raw`(?:\/|\s+per\s+|\s*за\s*|\s+в\s+|\s+an?\s+)(?:gpu[\s·-]*)?(?:гпу[\s·-]*)?(?:h|hr|hour|ч|час\p{L}*)(?![\p{L}])`;
const DOLLARS = String.raw`(?:\$|usd|долл\p{L}*|бакс\p{L}*)`;
/** "за штуку", "apiece", "each", "per GPU" (not "per GPU-hour"): a price per unit bought. */
const EACH = String.raw`(?:\s*за\s+(?:штук\p{L}*|шт\.?|единиц\p{L}*|карт\p{L}*|видеокарт\p{L}*|чип\p{L}*|ускорител\p{L}*|гпу|gpu)|\s*\/\s*шт\.?|\s+(?:each|apiece|a\s+piece|per\s+(?:unit|card|chip|gpu|piece|accelerator))|\s*(?:каждая|каждый|каждую))(?![\p{L}\d])(?![\s·-]*(?:h|hr|hours?|ч|час\p{L}*)(?![\p{L}]))`;

const DURATION_UNITS: [RegExp, DurationUnit][] = [
  [/^(?:h|hr|hrs|hours?|ч|час\p{L}*)$/u, "hour"],
  [/^(?:d|days?|д|дн\p{L}*|день|дня|сут\p{L}*)$/u, "day"],
  [/^(?:w|wk|weeks?|нед\p{L}*)$/u, "week"],
  [/^(?:mo|mos|months?|мес\p{L}*)$/u, "month"],
  [/^(?:y|yr|yrs|years?|год\p{L}*|лет)$/u, "year"],
];

interface NumberMatch {
  value: number;
  negative: boolean;
  start: number;
  end: number;
}

function numberFrom(groups: Record<string, string | undefined>): Omit<NumberMatch, "start" | "end"> {
  const raw = (groups.num ?? "").replace(/[ \u00a0\u202f]/g, "");
  const scaleWord = groups.scale;
  const scale = scaleWord ? (SCALE.find(([pattern]) => pattern.test(scaleWord))?.[1] ?? 1) : 1;
  // "4,096" with no scale is four thousand; "1,5 млн" and "5,6" are decimals.
  const normalised = /^\d{1,3},\d{3}$/.test(raw) && !scaleWord ? raw.replace(",", "") : raw.replace(",", ".");
  return { value: Number(normalised) * scale, negative: groups.sign !== undefined };
}

const problem = (field: CalcField, n: { value: number; negative: boolean }): Problem | undefined =>
  !Number.isFinite(n.value)
    ? { field, kind: "not_a_number" }
    : n.negative
      ? { field, kind: "negative" }
      : n.value === 0
        ? { field, kind: "zero" }
        : undefined;

/** Words a rule cannot match without: tested first, because these simple patterns are far cheaper than the rules. */
const NEEDS = {
  dollars: /\$|usd|долл|бакс/,
  dollarSign: /\$/,
  /** A currency, or a number with decimals (a bare price next to GPUs). */
  price: /\$|usd|долл|бакс|\d[.,]\d|\d\s*(?:к|k|тыс)|(?<![\p{L}])по\s*\d{4}/u,
  gpuHours: /gpu|гпу|(?:[hн]\d{2,3}|[aа]100|b200)[\s-]*(?:час|hour)/,
  gpus: /gpu|гпу|видеокарт|видюх|карт|ускорител|чип|[hн][128]00|[aа]100|b200/,
  parameters: /param|параметр/,
  modelSize: /model|модел|llm/,
  tokens: /token|токен/,
  flop: /flop|флоп/,
  percent: /%/,
};

/**
 * The rules' patterns, built and compiled once at load: every message is parsed, and building
 * these long pattern strings per message (then looking them up) cost more than running them.
 */
const rule = (pattern: string) => new RegExp(pattern, "gu");
const RULE = {
  dollarsThenEach: rule(String.raw`${DOLLARS}\s*${NUM}${EACH}`),
  eachThenDollars: rule(String.raw`${NUM}\s*${DOLLARS}${EACH}`),
  dollarsThenPrice: rule(String.raw`${DOLLARS}\s*${NUM}${PER_HOUR}`),
  priceThenDollars: rule(String.raw`${NUM}\s*${DOLLARS}${PER_HOUR}`),
  atPrice: rule(String.raw`(?:(?<![\p{L}])по|(?<![\p{L}])at|(?<![\p{L}])for)\s*${DOLLARS}?\s*${NUM}\s*${DOLLARS}?(?![\p{L}\d])`),
  gpuHours: rule(String.raw`${NUM}\s*(?:${GPU_HOURS_WORD})`),
  // "8 штук H100", "8 pcs of H100": a count of chips said with a counting word.
  gpus: rule(String.raw`${NUM}\s*(?:штук\p{L}*\s+|шт\.?\s+|pcs\.?\s+(?:of\s+)?)?${GPU_WORD}`),
  duration: rule(
    String.raw`${NUM}\s*(?<unit>hours?|hrs?|h|ч|час\p{L}*|days?|d|д|дн\p{L}*|день|дня|сут\p{L}*|weeks?|wk|w|нед\p{L}*|months?|mos?|мес\p{L}*|years?|yrs?|y|год\p{L}*|лет)(?![\p{L}])`,
  ),
  parameters: rule(String.raw`${NUM}[\s-]*(?:active\s+|активн\p{L}*\s+)?(?:params?|parameters?|параметр\p{L}*)`),
  /** "a 70B model", "70B-модель": a size right before "model" (one with a scale of millions and up; see its rule). */
  modelSize: rule(String.raw`${NUM}[\s-]*(?:models?|модел\p{L}*|llm)(?![\p{L}])`),
  tokens: rule(
    String.raw`${NUM}\s*(?:(?:input|output|prompt|completion|входн\p{L}*|выходн\p{L}*|входящ\p{L}*|исходящ\p{L}*)\s+)?(?:tokens?|токен\p{L}*)`,
  ),
  /** "2 млн входящих", "5M input": tokens in, and out, when both are counted. */
  tokensIn: rule(String.raw`${NUM}\s*(?:(?:входн|входящ)\p{L}*|input|prompt|in(?![\p{L}]))`),
  tokensOut: rule(String.raw`${NUM}\s*(?:(?:выходн|исходящ)\p{L}*|output|completion|out(?![\p{L}]))`),
  /** "3.3e24 FLOP", "3,3e24 флоп": a count of operations (a rate would say tera- or /s). */
  flop: rule(String.raw`${NUM}\s*(?:flops?|флоп\p{L}*)(?![\p{L}/])`),
  /** "989 терафлопс", "989 TFLOP/s", "2 PFLOPS": a chip's peak. */
  peakFlops: rule(String.raw`${NUM}\s*(?<prefix>тера|tera|t|пета|peta|p)[\s-]?(?:flop\p{L}*(?:\/s)?|флоп\p{L}*)`),
  percent: rule(String.raw`${NUM}\s*%\s*(?:mfu|утилизац\p{L}*|загрузк\p{L}*|utili[sz]ation)?`),
  barePrice: rule(String.raw`\$\s*${NUM}(?![\p{L}\d])`),
  /** "12.29 за час", "3.5 per hour": a number with decimals per hour is a price, currency said or not. */
  decimalPerHour: rule(String.raw`(?<![\p{L}\d.,$])(?<num>\d+[.,]\d+)${PER_HOUR}`),
  /** A sum per period: "87 тыщ в день", "$87,072 a day". */
  sumPer: rule(
    String.raw`${DOLLARS}?\s*${NUM}\s*${DOLLARS}?(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:в|a|per|за|/)\s*(?:1\s+)?|1\s+)(?<per>день|сутки|day|месяц|month|неделю|week)(?![\p{L}])`,
  ),
  /** Money to spend: "на 6 лямов", "for $6M", "за $5.576 млн". */
  // "на 6 лямов", "for $5M", "есть лям баксов", "with a budget of $100M".
  budget: rule(
    String.raw`(?<![\p{L}])(?:на|for|за|with|есть|have|имея|бюджет\p{L}*|budget(?:\s+of)?)\s+(?:(?:a|an)\s+)?${DOLLARS}?\s*${NUM}\s*${DOLLARS}?`,
  ),
  /** A sum of money: "$589B", "589 ярдов", "6 млн долларов". */
  sum: rule(String.raw`${DOLLARS}?\s*${NUM}\s*${DOLLARS}?`),
  /** "3.42$", the dollar sign after the number. */
  barePriceAfter: rule(String.raw`${NUM}\s*\$(?![\p{L}\d])`),
  /** "по 30к за штуку": a price per unit bought, with no currency said. */
  bareEach: rule(String.raw`${NUM}${EACH}`),
  /** "по цене aws 12.29": a number with decimals, no unit, no scale. */
  bareDecimal: rule(String.raw`(?<![\p{L}\d.,$])(?<num>\d+[.,]\d+)(?![\d\p{L}%$.,])`),
  /** "а по 3.5?", "and at 3?": after a calculation, a bare number after "по"/"at" is its new price. */
  followUpPrice: rule(String.raw`(?:(?<![\p{L}])по|(?<![\p{L}])at)\s*${NUM}\s*(?=$|[?!.,;)]|\s+(?:then|тогда|instead|вместо)(?![\p{L}]))`),
};
/** Words that name utilisation after a percentage ("40% MFU"). */
const UTILISATION_WORD = /(?:mfu|утилизац|загрузк|utili[sz]ation)/u;

/** What a message asks to compute, by the words that ask it; the first that matches wins. */
const ASKED: [RegExp, CalcTarget][] = [
  [/(?<![\p{L}])(?:flops?|флоп\p{L}*|6\s*nd|6\s*[*×x·]\s*n\s*[*×x·]\s*d)(?![\p{L}])/u, "flop"],
  [
    /(?<![\p{L}])(?:сколько|how many|in|в|total|всего|итого)\s+(?:это\s+|будет\s+|выйдет\s+|получится\s+|of\s+)?(?:gpu|гпу)[\s-]*(?:час\p{L}*|ч|hours?|h|hrs?)(?![\p{L}])/u,
    "gpuHours",
  ],
  [/(?<![\p{L}])(?:how many (?:\p{L}+ )?hours|сколько (?:\p{L}+ )?часов|hours of wall|wall[- ]clock hours)(?![\p{L}])/u, "hours"],
  [
    /(?<![\p{L}])(?:how many (?:days|weeks|months|years|hours)|how long|сколько (?:дней|недель|месяцев|лет|часов|времени|суток)|как долго|за сколько(?: дней| недель| месяцев| времени)?)(?![\p{L}])/u,
    "duration",
  ],
  [
    /(?<![\p{L}])(?:how many (?:gpus|cards|chips|accelerators)|сколько (?:нужно |надо |понадобится |потребуется )?(?:гпу|gpu|карт|видеокарт|чипов|ускорителей))(?![\p{L}\d])(?![\s-]*(?:час|ч(?![\p{L}])|hours?|h(?![\p{L}])))/u,
    "gpus",
  ],
];

export interface ParseOptions {
  /** Spans of the text to leave unread (start, end): model names, whose sizes are no figures ("Llama 3.1 405B GPU-hours"). */
  ignore?: readonly { start: number; end: number }[];
  /** The message follows a calculation: a bare "а по 3.5?" is its new price per GPU-hour. */
  afterCalc?: boolean;
}

/** The text with the given spans blanked out, so positions elsewhere stay where they were. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) {
    if (start < 0 || end <= start || end > out.length) continue;
    out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  }
  return out;
}

const COUNTED_GPUS = new RegExp(String.raw`(?<![\p{L}\d])(?<word>[\p{L}\d.,]+)\s*(?:gpus?|гпу|видеокарт\p{L}*)(?![\p{L}\d-])`, "u");
const MODEL_MENTION = new RegExp(String.raw`(?<![\p{L}\d])${GPU_MODEL}(?![\d])`, "u");

/** Lower-cases, unifies spaces and dashes, and spells number words as digits before a unit. */
export function prepare(text: string): string {
  return (
    toNfkc(text.toLowerCase())
      .replace(/ё/g, "е")
      .replace(/[‐-―]/g, "-")
      .replace(NUMBER_WORD_BEFORE_WORD, (word: string) => String(NUMBER_WORDS[word]))
      .replace(
        /(?<![\p{L}\d])(?:a|один|одну|one|целый|целую)\s+(?:(?:full|whole|entire)\s+)?(?=(?:month|мес|week|нед|day|день|year|год))/gu,
        "1 ",
      )
      // "ярд выходных токенов", "a billion output tokens": a scale said alone is one of it. Not "per million tokens",
      // "за миллион": a price's unit.
      .replace(
        /(?<![\d.,]\s*)(?<!(?<![\p{L}])(?:per|за|each|every)\s+)(?<!\/\s*)(?<![\p{L}\d.,])(?<!(?<![\p{L}])(?:a|one|один|одна)\s+)(?:(?:a|one|один|одна)\s+)?(?=(?:ярд|лям|миллион|миллиард|триллион|million|billion|trillion)\s)/gu,
        "1 ",
      )
      // "по доллару за час", "a dollar an hour": one dollar.
      .replace(
        /(?<![\p{L}\d$])(?:по\s+)?(?:доллару|баксу|a dollar|one dollar|один доллар|один бакс)(?=\s+(?:за|в|per|an?)\s+(?:gpu[\s-]*)?(?:час|hour|ч(?![\p{L}])|h(?![\p{L}])))/gu,
        () => "по $1",
      )
      // "на неделю", "for a week" said without a number: one of it.
      .replace(/(?<![\p{L}\d])(на|за|for|в течение)\s+(?=(?:неделю|месяц|сутки|день|год|week|month|day|year)(?![\p{L}]))/gu, "$1 1 ")
      // "год аренды одной H100", "a year of renting": a period named as what is bought, one of it.
      .replace(
        /(?<![\p{L}\d])(?=(?:неделя|неделю|месяц|сутки|день|год|week|month|day|year)\s+(?:of\s+)?(?:аренд\p{L}*|работ\p{L}*|обучени\p{L}*|rent\p{L}*|training|compute)(?![\p{L}]))/gu,
        "1 ",
      )
  );
}

/**
 * Reads calculation parameters from free text in Russian or English: "4096 GPU на 2 месяца по $2/ч",
 * "2.788M GPU-hours at $2", "4k H100 for 30 days", "1,5 млн GPU-часов". No eval, no expression
 * language: only numbers attached to the words that say what they are.
 */
export function parseCalcQuery(text: string, options: ParseOptions = {}): CalcQuery {
  const s = prepare(options.ignore?.length ? blank(text, options.ignore) : text);
  const query: CalcQuery = { problems: [] };
  const used: [number, number][] = [];
  const free = (start: number, end: number) => !used.some(([a, b]) => start < b && end > a);
  const take = (start: number, end: number) => used.push([start, end]);
  const record = (field: CalcField, n: { value: number; negative: boolean }): boolean => {
    const found = problem(field, n);
    if (found) query.problems.push(found);
    return found === undefined;
  };
  /** Sets a field once; the same field given twice with different values is contradictory. */
  const set = <K extends "gpus" | "price" | "gpuHours" | "unitPrice" | "parameters" | "tokens" | "utilization">(
    field: K,
    value: number,
  ) => {
    const previous = query[field];
    if (previous !== undefined && previous !== value) query.problems.push({ field: field, kind: "contradictory" });
    else query[field] = value;
  };

  // Every numeric rule needs a digit (number words are digits by now); most chat messages have none.
  const hasDigit = /\d/.test(s);
  /** Runs a rule over the text; `needs` is a cheap test for a word the rule cannot match without. */
  const each = (regex: RegExp, handle: (m: RegExpExecArray, n: Omit<NumberMatch, "start" | "end">) => boolean, needs?: RegExp) => {
    if (!hasDigit || (needs && !needs.test(s))) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(s); m; m = regex.exec(s)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      if (handle(m, numberFrom(m.groups ?? {}))) take(m.index, m.index + m[0].length);
    }
  };

  // A price per unit bought first ("по 30к баксов за штуку", "$30k each"): never a price per hour.
  const setUnitPrice = (n: Omit<NumberMatch, "start" | "end">) => {
    if (record("unitPrice", n)) set("unitPrice", n.value);
    return true;
  };
  each(RULE.dollarsThenEach, (_m, n) => setUnitPrice(n), NEEDS.dollars);
  each(RULE.eachThenDollars, (_m, n) => setUnitPrice(n), NEEDS.dollars);

  // "50 тыщ H100 по 30к за штуку": with GPUs named, a number "each" is what one costs, currency said or not.
  each(RULE.bareEach, (_m, n) => (n.value >= MIN_BARE_UNIT_PRICE && NEEDS.gpus.test(s) ? setUnitPrice(n) : false), NEEDS.gpus);

  // Prices next, so "$2/ч" is not read as two hours.
  const setPrice = (n: Omit<NumberMatch, "start" | "end">) => {
    if (record("price", n)) set("price", n.value);
    return true;
  };
  each(RULE.dollarsThenPrice, (_m, n) => setPrice(n), NEEDS.dollars);
  each(RULE.decimalPerHour, (_m, n) => (n.value > LIMIT_BARE_PRICE ? false : setPrice(n)));
  each(RULE.priceThenDollars, (_m, n) => setPrice(n), NEEDS.dollars);
  each(
    RULE.atPrice,
    (m, n) => {
      // "по 2 доллара", "at $2"; "по $25000" with no "per hour" is a unit price, not an hourly one. Without a
      // currency, "по 3.29" next to GPUs is a price per GPU-hour too (a number with decimals is never a count).
      const bareDecimal = !/\$|долл|бакс|usd/.test(m[0]) && /[.,]\d/.test(m.groups?.num ?? "") && NEEDS.gpus.test(s);
      // "по $6 млн" is a total, not a price; "по 30к баксов" next to GPUs is what one of them costs, and so is a bare
      // "H100 по 25к": no GPU-hour costs thousands.
      const thousands = m.groups?.scale !== undefined && SCALE[0]![0].test(m.groups.scale);
      if (!/\$|долл|бакс|usd/.test(m[0]) && thousands && NEEDS.gpus.test(s)) return setUnitPrice(n);
      // "10к H100 по 31250": a whole number in the thousands next to GPUs is what one costs, currency said or not.
      const after = s.slice(m.index + m[0].length);
      if (
        /^по\s/u.test(m[0].trimStart()) &&
        !m.groups?.scale &&
        n.value >= MIN_BARE_UNIT_PRICE &&
        Number.isInteger(n.value) &&
        NEEDS.gpus.test(s) &&
        !/^\s*(?:час|ч(?![\p{L}])|дн|сут|недел|месяц|мес(?![\p{L}])|год|лет|hours?|days?|weeks?|months?|years?)/u.test(after)
      )
        return setUnitPrice(n);
      if (!/\$|долл|бакс|usd/.test(m[0]) && !bareDecimal) return false;
      if (m.groups?.scale && !thousands) return false;
      if (n.value > 1000) return setUnitPrice(n);
      return thousands ? false : setPrice(n);
    },
    NEEDS.price,
  );

  // GPU-hours before GPUs and hours.
  each(
    RULE.gpuHours,
    (_m, n) => {
      if (record("gpuHours", n)) set("gpuHours", n.value);
      return true;
    },
    NEEDS.gpuHours,
  );

  each(
    RULE.gpus,
    (m, n) => {
      if (record("gpus", n)) {
        if (!Number.isInteger(n.value)) query.problems.push({ field: "gpus", kind: "not_integer" });
        else set("gpus", n.value);
      }
      const model = m.groups?.model;
      if (model) query.gpuModel = modelName(model);
      return true;
    },
    NEEDS.gpus,
  );

  each(RULE.duration, (m, n) => {
    const unitWord = m.groups?.unit ?? "";
    const unit = DURATION_UNITS.find(([pattern]) => pattern.test(unitWord))?.[1];
    if (!unit) return false;
    if (!record("duration", n)) return true;
    const previous = query.duration;
    if (previous && durationHours(previous) !== durationHours({ value: n.value, unit }))
      query.problems.push({ field: "duration", kind: "contradictory" });
    else query.duration = { value: n.value, unit };
    return true;
  });

  each(
    RULE.parameters,
    (_m, n) => {
      if (record("parameters", n)) set("parameters", n.value);
      return true;
    },
    NEEDS.parameters,
  );
  // "a 70B model": a size with a scale (millions and up) before "model" is its parameter count.
  each(
    RULE.modelSize,
    (m, n) => {
      const scale = m.groups?.scale;
      if (!scale || SCALE[0]![0].test(scale)) return false;
      if (record("parameters", n)) set("parameters", n.value);
      return true;
    },
    NEEDS.modelSize,
  );
  each(
    RULE.tokens,
    (_m, n) => {
      if (record("tokens", n)) set("tokens", n.value);
      return true;
    },
    NEEDS.tokens,
  );
  each(
    RULE.peakFlops,
    (m, n) => {
      const flops = n.value * (/^(?:п|p)/u.test(m.groups?.prefix ?? "") ? 1e15 : 1e12);
      if (record("peakFlops", { ...n, value: flops })) query.peakFlops = flops;
      return true;
    },
    NEEDS.flop,
  );
  each(
    RULE.flop,
    (_m, n) => {
      // Fewer than a petaFLOP is no training run: "989 flops" is a peak said loosely.
      if (n.value < MIN_FLOP_COUNT) return false;
      if (record("flop", n)) query.flop = n.value;
      return true;
    },
    NEEDS.flop,
  );
  each(
    RULE.percent,
    (m, n) => {
      // "40% MFU" is utilisation; a bare "40%" only next to a compute estimate's figures ("545% margin" is none).
      const named = UTILISATION_WORD.test(m[0]);
      const computing = query.parameters !== undefined || query.tokens !== undefined || query.gpus !== undefined;
      if (!named && (!computing || n.value > 100)) return false;
      if (n.value > 100) query.problems.push({ field: "utilization", kind: "too_large" });
      else if (record("utilization", n)) set("utilization", n.value / 100);
      return true;
    },
    NEEDS.percent,
  );

  // A bare "$3" or "3.42$" (no scale) in a short message is a price per GPU-hour: "а по $3?", "and $1.5?". Not where
  // tokens are priced ("the API is $3 in / $15 out").
  const tokensPriced = API_PRICE_WORDS.test(s);
  for (const bare of [RULE.barePrice, RULE.barePriceAfter])
    each(bare, (m, n) => (m.groups?.scale || n.value > LIMIT_BARE_PRICE || tokensPriced ? false : setPrice(n)), NEEDS.dollarSign);
  // GPU-hours or GPUs and one more number with decimals ("147к гпу-часов по цене aws 12.29"): a decimal is never
  // a count, so it is the price per GPU-hour.
  // So is one said as a rent ("по цене аренды H100 (2.99)").
  if (
    query.price === undefined &&
    query.unitPrice === undefined &&
    (query.gpuHours !== undefined || query.gpus !== undefined || /аренд\p{L}*|rent\p{L}*|rates?\b|price\b/u.test(s))
  )
    each(RULE.bareDecimal, (_m, n) => (n.value > LIMIT_BARE_PRICE ? false : setPrice(n)));

  // "а по 3.5?" after a calculation: the number is its new price per GPU-hour; "а если по 25к?" (thousands) what one
  // GPU costs, as no GPU-hour does.
  if (options.afterCalc)
    each(RULE.followUpPrice, (m, n) => {
      if (m.groups?.scale && SCALE[0]![0].test(m.groups.scale) && n.value >= MIN_BARE_UNIT_PRICE) return setUnitPrice(n);
      if (m.groups?.scale || n.value > LIMIT_BARE_PRICE) return false;
      return setPrice(n);
    });

  // "abc GPU на 10 дней": a GPU count that is not a number, in a message that is clearly a calculation.
  // Only text no other rule has read is looked at, so "$2 per GPU-hour" is not a count.
  const hasGpuProblem = query.problems.some((p) => p.field === "gpus");
  if (
    query.gpus === undefined &&
    query.gpuHours === undefined &&
    !hasGpuProblem &&
    (query.duration !== undefined || query.price !== undefined)
  ) {
    const unread = [...s].map((ch, i) => (free(i, i + 1) ? ch : " ")).join("");
    // Where a count stands: at the start of the message ("abc GPU на 10 дней") or a word with digits in it ("4o96 GPU").
    // Elsewhere a word before "GPU" is just a word ("if they own their gpus", "за аренду гпу").
    const counted = COUNTED_GPUS.exec(unread);
    const word = counted?.groups?.word;
    if (word && !COUNT_QUALIFIERS.has(word) && (/\d/.test(word) || unread.slice(0, counted.index).trim() === ""))
      query.problems.push({ field: "gpus", kind: "not_a_number" });
  }
  // "2.788 млн часов по $3.42": thousands of hours at a price per hour, with no GPUs, are GPU-hours (one GPU's hours
  // would be centuries of wall time). After a calculation, hours alone change its duration instead.
  if (
    !options.afterCalc &&
    query.gpus === undefined &&
    query.gpuHours === undefined &&
    query.price !== undefined &&
    query.duration?.unit === "hour" &&
    query.duration.value >= MIN_HOURS_AS_GPU_HOURS
  ) {
    query.gpuHours = query.duration.value;
    delete query.duration;
  }
  if (!query.gpuModel && hasDigit) {
    const model = MODEL_MENTION.exec(s)?.groups?.model;
    if (model) query.gpuModel = modelName(model);
  }
  const system = query.gpuModel ? /(?<![\p{L}])(dgx|hgx)(?![\p{L}])/u.exec(s)?.[1] : undefined;
  if (system) query.system = system === "hgx" ? "HGX" : "DGX";
  if (hasDigit && /(?<![\p{L}\d])fp8(?![\d])/u.test(s)) query.fp8 = true;
  if (/руб|₽|rub|rouble|ruble/u.test(s)) query.currency = "RUB";
  else if (/(?<![\p{L}])евро|(?<![\p{L}])eur|€/u.test(s)) query.currency = "EUR";
  else if (/в долларах|in dollars|in usd|в usd/u.test(s)) query.currency = "USD";
  // "5M input + 1M output tokens", "2 млн входящих и 1 млн исходящих", "1M in + 1M out": both counted, each billed at
  // its own price.
  if (hasDigit) {
    const count = (regex: RegExp): number | undefined => {
      regex.lastIndex = 0;
      const m = regex.exec(s);
      const n = m ? numberFrom(m.groups ?? {}) : undefined;
      return n && n.value >= MIN_SPLIT_TOKENS ? n.value : undefined;
    };
    const input = count(RULE.tokensIn);
    const output = count(RULE.tokensOut);
    if (input !== undefined && output !== undefined) {
      query.tokens = input;
      query.outputTokens = output;
    }
  }
  // "10 млн выходных токенов по 2.19", "100M input tokens at $2.50": tokens and a bare price, with no model size or
  // GPUs to compute with, are an API bill at that price per million tokens.
  if (
    query.tokens !== undefined &&
    query.parameters === undefined &&
    query.gpus === undefined &&
    query.gpuHours === undefined &&
    !PER_HOUR_SAID.test(s)
  ) {
    if (query.price !== undefined) {
      if (record("tokenPrice", { value: query.price, negative: false })) query.tokenPrice = query.price;
      delete query.price;
    } else {
      const pick = (_m: RegExpExecArray, n: Omit<NumberMatch, "start" | "end">) => {
        if (query.tokenPrice !== undefined || n.value > LIMIT_BARE_PRICE) return false;
        if (record("tokenPrice", n)) query.tokenPrice = n.value;
        return true;
      };
      for (const regex of [RULE.barePrice, RULE.barePriceAfter, RULE.atPrice, RULE.bareDecimal]) each(regex, pick);
    }
  }
  // "сколько H100 по 25к можно купить на 6 лямов", "GPU-hours for $5.576M at $2.99": a sum to spend, with a price and
  // nothing counted yet, is a budget. Only "на"/"for"/"за" before it makes it one.
  if (
    (query.price !== undefined || query.unitPrice !== undefined) &&
    query.gpus === undefined &&
    query.gpuHours === undefined &&
    query.duration === undefined
  ) {
    each(RULE.budget, (m, n) => {
      if (query.budget !== undefined || !isMoney(m) || n.value < MIN_BUDGET) return false;
      if (record("amount", n)) query.budget = n.value;
      return true;
    });
  }
  // "87 тыщ в день на инференс — скок за год", "$87,072 a day over a full year", "$500B over 4 years, how much per
  // year": a sum per period, or over a span, asked per another period. Only with nothing else to compute.
  if (nothingElse(query) && hasDigit) readRate(s, query, record);
  // "нвидиа потеряла 589 ярдов — в рублях это сколько": a sum asked in another currency, and nothing to compute it
  // from, is the sum converted. A sum is in dollars or has a scale (thousands and up).
  if ((query.currency === "RUB" || query.currency === "EUR") && !hasCalcParameters(query)) {
    each(RULE.sum, (m, n) => {
      if (query.amount !== undefined || !isMoney(m)) return false;
      // "до 20к рублей" is a sum in roubles already: nothing to convert.
      if (/^\s*(?:руб|₽|rub|евро|€|eur)/u.test(s.slice(m.index + m[0].length))) return false;
      if (record("amount", n)) query.amount = n.value;
      return true;
    });
  }
  // With the FLOP given, they are not what is asked: the hours or the cost of doing them are.
  const asked = ASKED.find(([pattern, target]) => !(target === "flop" && query.flop !== undefined) && pattern.test(s))?.[1];
  if (asked) query.asked = asked;
  if (query.gpus !== undefined && query.gpuHours !== undefined && query.duration !== undefined) {
    query.problems.push({ field: "gpuHours", kind: "contradictory" });
  }
  return query;
}

/** Words that may stand before "GPU" without being a count. */
const COUNT_QUALIFIERS = new Set([
  "the",
  "my",
  "our",
  "all",
  "many",
  "more",
  "with",
  "on",
  "using",
  "of",
  "these",
  "those",
  "на",
  "с",
  "из",
  "все",
  "всех",
  "много",
  "больше",
  "меньше",
  "эти",
  "этих",
  "тех",
  "сколько",
  "скольких",
  "if",
  "если",
  "for",
  "за",
  "по",
  "и",
  "а",
  "and",
  "per",
  "a",
  "an",
  "one",
  "each",
  "every",
  "каждый",
  "один",
]);

/** A price said to be per hour ("$2/h", "по 2 бакса в час"): a GPU-hour's, never a million tokens'. */
const PER_HOUR_SAID = new RegExp(PER_HOUR, "u");
/** Hours of wall time no single training run takes (over a year): with a price and no GPUs, they are GPU-hours. */
const MIN_HOURS_AS_GPU_HOURS = 10_000;
/** Words of an API's price per token, where a bare "$3" is no price per GPU-hour. */
const API_PRICE_WORDS = /(?<![\p{L}])(?:api|tokens?|токен\p{L}*|input|output|вход\p{L}*|выход\p{L}*)(?![\p{L}])/u;
/** The period a sum is asked per: "за год", "в год", "per year", "a year", "over a full year", "annually". */
const RATE_TO =
  /(?<![\p{L}])(?:за|в|per|a|an|over a(?: full)?|over 1(?: full)?|each|каждый)\s*(?:1\s+)?(?<to>год|year|месяц|month|неделю|week|день|day)(?![\p{L}])|(?<yearly>annually|ежегодно)/u;
/** "over 4 years", "за 4 года", "на 4 года": the span a sum is spread over. */
const OVER = /(?<![\p{L}])(?:over|за|на|in)\s+(?<n>\d+)\s*(?<unit>years?|года?|лет|months?|месяц\p{L}*)(?![\p{L}])/u;

/** Nothing counted or priced: the numbers may be a sum per period instead. */
const nothingElse = (q: CalcQuery) =>
  q.gpus === undefined &&
  q.gpuHours === undefined &&
  q.price === undefined &&
  q.unitPrice === undefined &&
  q.tokens === undefined &&
  q.parameters === undefined;

/** A sum of money: in dollars, or with a scale ("589 ярдов", "6 лямов"). */
const isMoney = (m: RegExpExecArray) => m.groups?.scale !== undefined || NEEDS.dollars.test(m[0]);
/** The rate rules, compiled once: `readRate` runs on most figure questions. */
const SUM_PER_ONCE = new RegExp(RULE.sumPer.source, "u");
const SUMS = new RegExp(RULE.sum.source, "gu");

/**
 * "87 тыщ в день на инференс — скок за год", "$87,072 a day over a full year", "$500B over 4 years, how much per year":
 * a sum per period (or spread over a span) asked per another period. Read on the whole text, as the period words were
 * also taken for a duration ("за 1 год"), which the rate then replaces.
 */
function readRate(s: string, query: CalcQuery, record: (field: CalcField, n: { value: number; negative: boolean }) => boolean): void {
  if (!RATE_TO.test(s)) return;
  const apply = (n: { value: number; negative: boolean }, per: { value: number; unit: DurationUnit }, to: DurationUnit) => {
    if (!record("amount", n)) return;
    query.amount = n.value;
    query.rate = { per, to };
    delete query.duration;
    query.problems = query.problems.filter((p) => p.field !== "duration");
  };
  const sumPer = SUM_PER_ONCE.exec(s);
  const perUnit = sumPer && isMoney(sumPer) ? periodUnit(sumPer.groups?.per ?? "") : undefined;
  // The period asked for is one not attached to the sum.
  const rest = sumPer && perUnit ? s.slice(0, sumPer.index) + " ".repeat(sumPer[0].length) + s.slice(sumPer.index + sumPer[0].length) : s;
  const to = RATE_TO.exec(rest)?.groups;
  const toUnit = to ? periodUnit(to.to ?? to.yearly ?? "") : undefined;
  if (!toUnit) return;
  if (sumPer && perUnit && perUnit !== toUnit) return apply(numberFrom(sumPer.groups ?? {}), { value: 1, unit: perUnit }, toUnit);
  const over = OVER.exec(s)?.groups;
  const overUnit = over ? periodUnit(over.unit ?? "") : undefined;
  if (!over || !overUnit) return;
  SUMS.lastIndex = 0;
  for (let m = SUMS.exec(s); m; m = SUMS.exec(s)) {
    const n = numberFrom(m.groups ?? {});
    if (isMoney(m) && n.value >= MIN_BUDGET) return apply(n, { value: Number(over.n), unit: overUnit }, toUnit);
  }
}

/** "а в год сколько набегает?", "per month?": the period a sum told before is asked per. */
export function periodAsked(text: string): DurationUnit | undefined {
  const to = RATE_TO.exec(prepare(text))?.groups;
  return to ? periodUnit(to.to ?? to.yearly ?? "") : undefined;
}

/** "USD per day" → day: the period a fact's unit is a rate per. */
export function ratePeriodOf(unit: string | undefined): DurationUnit | undefined {
  const per = /^USD (?:per|\/) ?(\p{L}+)$/u.exec(unit ?? "")?.[1];
  return per ? periodUnit(per) : undefined;
}

function periodUnit(word: string): DurationUnit | undefined {
  if (/^(?:год|year|года|лет|years|annually|ежегодно)/u.test(word)) return "year";
  if (/^(?:месяц|month)/u.test(word)) return "month";
  if (/^(?:недел|week)/u.test(word)) return "week";
  if (/^(?:день|сутки|day)/u.test(word)) return "day";
  return undefined;
}

/** A budget is at least this much: "на 10 дней" is no money. */
const MIN_BUDGET = 1000;
/** A price per unit bought without a currency ("по 30к за штуку") is at least this; smaller numbers "each" are counts. */
const MIN_BARE_UNIT_PRICE = 1000;
/** Fewer tokens than this are no count of tokens in or out ("$3 in / $15 out" are prices). */
const MIN_SPLIT_TOKENS = 1000;
/** GPUs in one DGX or HGX system (H100, H200, B200, A100 alike). */
export const GPUS_PER_SYSTEM = 8;
/** A count of FLOP below this is no training compute. */
const MIN_FLOP_COUNT = 1e15;
/** A bare dollar amount above this is not an hourly price ("$5M" never is). */
const LIMIT_BARE_PRICE = 1000;

function modelName(raw: string): GpuModel {
  const latin = raw.replace("н", "h").replace("а", "a").toUpperCase();
  return GPU_MODELS.find((m) => m === latin) ?? "H100";
}

/** Whether the query carries any calculation parameter at all. */
export function hasCalcParameters(q: CalcQuery): boolean {
  return (
    q.gpus !== undefined ||
    q.duration !== undefined ||
    q.price !== undefined ||
    q.gpuHours !== undefined ||
    q.unitPrice !== undefined ||
    q.tokenPrice !== undefined ||
    q.amount !== undefined ||
    q.rate !== undefined ||
    q.budget !== undefined ||
    q.parameters !== undefined ||
    q.tokens !== undefined ||
    q.utilization !== undefined ||
    q.flop !== undefined ||
    q.problems.length > 0
  );
}

/** "like Grok 3 …", "как грок 3 …", "как у грока 3 …": where a model's name starts. */
const LIKE_MODEL =
  /(?<![\p{L}\d])(?<!(?:считать|посчитать|считая|считали|count(?:ed|ing)?|calculat(?:ed|ing)|comput(?:ed|ing))\s+)(?:like|как\s+у|как)\s+/iu;
/** Where the name ends: a price, a clause ("but", "но", "по", "at"…), a comma, a question mark. */
const NAME_END = /\s*(?:[,;?!]|\$|(?<![\p{L}\d])(?:but|only|just|at|for|with|on|но|только|по|за|с|на|при|если)(?![\p{L}\d]))/iu;
/** A model's name is a few words at most. */
const MAX_NAME_WORDS = 6;

export interface LikeModel {
  /** Where the name starts in the text. */
  start: number;
  /** Possible names, longest first ("грок 3 по" is not a name, "грок 3" is): the caller resolves the first it knows. */
  candidates: string[];
  /** The text without "like <name>", for the calculator's parser: "по $1.5/ч". */
  rest: (candidate: string) => string;
}

/**
 * Spots "like <model>" / "как <model>" ("как грок 3, но по $1,5 в час", "like Grok 3 but at
 * $1.5/hour"): the words that may name the model, for an exact-name lookup, and the rest of the
 * text for parseCalcQuery. Grammar only: which model it is, the knowledge base says.
 */
export function parseLikeModel(text: string): LikeModel | undefined {
  const marker = LIKE_MODEL.exec(text);
  if (!marker) return undefined;
  const start = marker.index + marker[0].length;
  const after = text.slice(start);
  const end = NAME_END.exec(after);
  const words = (end ? after.slice(0, end.index) : after).trim().split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
  if (words.length === 0) return undefined;
  const candidates = words.map((_, i) => words.slice(0, words.length - i).join(" "));
  return {
    start,
    candidates,
    rest: (candidate) => {
      const name = candidate
        .split(" ")
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("\\s+");
      const tail = after.replace(new RegExp(`^\\s*${name}`, "iu"), "");
      return `${text.slice(0, marker.index)} ${tail}`.replace(/\s+/g, " ").trim();
    },
  };
}
