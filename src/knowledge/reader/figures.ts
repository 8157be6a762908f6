import { toNfkc } from "../text.js";

/**
 * Figures quoted in a question ("$6 million", "1,6 ярда", "полмиллиарда", "944M", "больше 500 млн",
 * "50к хопперов"), with what they count and whether they are a floor. A claim check compares them with
 * the knowledge base; nothing here decides what the figure is about, only what kind of number it is.
 */
export type FigureUnit =
  | "USD"
  | "RUB"
  | "EUR"
  /** A scaled number with no unit of its own ("944M", "5 млн"): money in a question about money. */
  | "number"
  | "percent"
  | "gpus"
  | "gpu_hours"
  | "tokens"
  | "parameters"
  | "flop"
  | "usd_per_hour"
  | "usd_per_mtok"
  | "people"
  /** "$700k a day", "87 тыс. долларов в день": money per day. */
  | "usd_per_day"
  /** "2.4x a year", "в 10 раз в год": a rate of growth or decline. */
  | "times_per_year";

export type Bound = "exact" | "about" | "atLeast" | "atMost";

/** "в 27 раз дешевле", "10x cheaper", "11 times the GPU-hours": how many times one thing is another, and which way. */
export interface QuotedRatio {
  /** How many times; none for a bare "cheaper than", where only which way round is claimed. */
  value?: number;
  /** The first thing named is the smaller one ("cheaper", "меньше", "fewer"). */
  less: boolean;
  text: string;
}

const RATIO_NUMBER = String.raw`(?<num>\d+(?:[.,]\d+)?)`;
const LESS = String.raw`дешевле|меньше|ниже|cheaper|less|fewer|lower|smaller`;
const MORE = String.raw`дороже|больше|выше|more|pricier|higher|bigger|larger|the`;
const RATIO = new RegExp(
  String.raw`(?<![\p{L}\d])(?:в\s+)?(?:~|около\s+|about\s+|roughly\s+)?${RATIO_NUMBER}\s*(?:раз(?:а)?|x|×|х|times)(?![\p{L}\d])\s*(?:(?<less>${LESS})|(?<more>${MORE}))(?![\p{L}])`,
  "u",
);

const COMPARATIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<less>дешевле|cheaper|less expensive)|(?<more>дороже|pricier|more expensive|costlier))(?![\p{L}])`,
  "u",
);

/** A ratio quoted as a claim, if the message has one; with `bare`, also a comparative with no number ("дешевле, так?"). */
export function extractRatio(text: string, bare = false): QuotedRatio | undefined {
  const s = toNfkc(text.toLowerCase()).replace(/ё/g, "е");
  const m = RATIO.exec(s);
  if (!m?.groups?.num) {
    const c = bare ? COMPARATIVE.exec(s) : null;
    return c ? { less: c.groups?.less !== undefined, text: text.slice(c.index, c.index + c[0].length) } : undefined;
  }
  const value = Number(m.groups.num.replace(",", "."));
  if (!Number.isFinite(value) || value <= 1) return undefined;
  return { value, less: m.groups.less !== undefined, text: text.slice(m.index, m.index + m[0].length).trim() };
}

export interface QuotedFigure {
  value: number;
  unit: FigureUnit;
  bound: Bound;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** Where the bound words ("больше", "about") end: `start` when there are none. */
  boundEnd: number;
  /** The message says the figure is an average ("в среднем", "typical"): a floor or a top figure cannot confirm it. */
  average?: boolean;
  /** The message says the figure holds now ("сейчас", "currently"): an older figure that matches it no longer does. */
  now?: boolean;
}

const NOW_WORDS = /(?<![\p{L}])(?:сейчас|теперь|нынче|сегодня|на данный момент|now|currently|today|these days|nowadays)(?![\p{L}])/u;

const AVERAGE_WORDS =
  /(?<![\p{L}])(?:в среднем|средн\p{L}*|обычн\p{L}*|типичн\p{L}*|медиан\p{L}*|average|on average|typical(?:ly)?|median|mean)(?![\p{L}])/u;

/** Number words: grammar, kept beside the patterns that use them. */
const UNITS: Record<string, number> = {
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  один: 1,
  одна: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  двенадцать: 12,
  пятнадцать: 15,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  ста: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трехсот: 300,
  четыреста: 400,
  пятьсот: 500,
  пятисот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  сотка: 100,
  сотку: 100,
  сотня: 100,
  сотню: 100,
  полтора: 1.5,
  полторы: 1.5,
  пол: 0.5,
  half: 0.5,
};

/** Scale words, slang included: "лям" is a million, "ярд" a billion, "косарь"/"к" a thousand. */
const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:k|к|тыс\.?|тысяч\p{L}*|тыщ\p{L}*|thousands?|косар\p{L}*|кусок|куска|кусков)$/u, 1e3],
  [/^(?:m|mm|mln|млн\.?|миллион\p{L}*|millions?|лям\p{L}*|мульт\p{L}*)$/u, 1e6],
  [/^(?:b|bn|млрд\.?|миллиард\p{L}*|billions?|ярд\p{L}*)$/u, 1e9],
  [/^(?:t|tn|трлн\.?|триллион\p{L}*|trillions?)$/u, 1e12],
];
const SCALE = String.raw`k|к|тыс\.?|тысяч\p{L}*|тыщ\p{L}*|thousands?|косар\p{L}*|кус(?:ок|ка|ков)|mm|mln|m|млн\.?|миллион\p{L}*|millions?|лям\p{L}*|мульт\p{L}*|bn|b|млрд\.?|миллиард\p{L}*|billions?|ярд\p{L}*|tn|t|трлн\.?|триллион\p{L}*|trillions?`;

const WORD_NUMBER = String.raw`(?<![\p{L}\d])(?:${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|")})(?:[\s-]+(?:${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|")}))*(?![\p{L}])`;
// Thousands grouped with spaces ("4 096") only from a number's first digit: "в3 671 миллиард" is V3 and 671 billion.
const DIGITS = String.raw`(?<![\p{L}\d])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:e[+-]?\d+)?`;

const CURRENCY_BEFORE = String.raw`(?<cur1>\$|usd\s*|₽|руб\.?\s*|€|eur\s*)`;
const CURRENCY_AFTER = String.raw`(?<cur2>\$|usd|долл\p{L}*|бакс\p{L}*|dollars?|bucks?|цент\p{L}*|cents?|₽|руб\p{L}*\.?|rub|roubles?|rubles?|€|евро|eur|euros?)`;

const BOUND_BEFORE = String.raw`(?<bound>(?:больше|более|меньше|менее)(?:,?\s+чем)?(?:\s+в)?|свыше|выше|over|more\s+than|above|at\s+least|не\s+меньше|минимум|от|ниже|under|less\s+than|below|at\s+most|не\s+больше|максимум|до|около|примерно|почти|порядка|где-?то|под|about|around|roughly|almost|nearly|approximately|~|≈|>|<)?\s*(?:an?\s+)?`;

/**
 * A scale word standing for one of itself: "a trillion dollars", "ярд на железо", "под лям". Russian
 * singular slang and words only; never after "за"/"на"/"per" ("за миллион токенов" is a unit, not a figure).
 */
const LONE_SCALE = String.raw`(?<lone>(?<=(?:^|[^\p{L}])(?:an?|one)\s+)(?:billion|million|trillion)|(?<![\p{L}]|за\s|на\s|per\s)(?:ярд|лям|миллиард|миллион|триллион)(?![\p{L}])(?!\s+раз))`;

/** "полмиллиарда", "пол-ляма", "полтора ярда": a half or one and a half glued to a scale word. */
const HALF_SCALE = String.raw`(?<half>пол|полу|half\s+a)[\s-]?(?<halfScale>миллиард\p{L}*|миллион\p{L}*|лям\p{L}*|ярд\p{L}*|billion|million)`;

const FIGURE = new RegExp(
  String.raw`${BOUND_BEFORE}${CURRENCY_BEFORE}?(?:${HALF_SCALE}|${LONE_SCALE}|(?<num>${DIGITS})|(?<word>${WORD_NUMBER})(?=\s*(?:${SCALE}|${CURRENCY_AFTER.replace("?<cur2>", "?:")})(?![\p{L}])))(?:\s*(?<scale>${SCALE})(?![\p{L}]))?\s*${CURRENCY_AFTER}?(?<rest>\s*(?:%|процент\p{L}*|percent|(?:gpu|гпу)[\s-]*(?:час\p{L}*|hours?|h\b)|(?:gpus?|гпу|видеокарт\p{L}*|видюх\p{L}*|карт\p{L}*|ускорител\p{L}*|чип\p{L}*|хоппер\p{L}*|hoppers?|[hн]\d00s?|a100s?|а100)|(?:tokens?|токен\p{L}*)|(?:params?|parameters?|параметр\p{L}*)|flops?|флоп\p{L}*|(?:\/|per|за|в|an?)\s*(?:gpu[\s-]*)?(?:h|hr|hour|час|ч)(?![\p{L}])|(?:per|за)\s+(?:1\s*m|1m|миллион|million|млн|лям\p{L}*)\s*(?:tokens?|токен\p{L}*)?|человек|people|employees|staff|сотрудник\p{L}*|(?:раз(?:а)?|x|×|times)\s*(?:в|a|per|за|each|every)\s*(?:год|year)(?![\p{L}])|(?:a|per|в|\/)\s*(?:day|день|сутки)(?![\p{L}])))?`,
  "giu",
);

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALE_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? 1;
}

function wordsToNumber(words: string): number | undefined {
  let total = 0;
  for (const word of words.split(/[\s-]+/)) {
    const value = UNITS[word];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

function unitOf(currency: string | undefined, rest: string | undefined, scaled: boolean): FigureUnit | undefined {
  const r = (rest ?? "").trim();
  if (/^(?:%|процент|percent)/.test(r)) return "percent";
  if (/^(?:раз|x|×|times)/.test(r)) return "times_per_year";
  // "$700k a day" is a rate; "a trillion in a day", "за день", an event.
  if (/^(?:a|per|в|\/)\s*(?:day|день|сутки)/.test(r)) return "usd_per_day";
  if (/^(?:gpu|гпу)[\s-]*(?:час|hour|h)/.test(r)) return "gpu_hours";
  if (/^(?:\/|per|за|в|an?)\s*(?:gpu[\s-]*)?(?:h|hr|hour|час|ч)/.test(r)) return "usd_per_hour";
  if (/^(?:per|за)\s+(?:1\s*m|1m|миллион|million|млн|лям)/.test(r)) return "usd_per_mtok";
  if (/^(?:gpus?|гпу|видеокарт|видюх|карт|ускорител|чип|хоппер|hopper|[hн]\d00|a100|а100)/.test(r)) return "gpus";
  if (/^(?:token|токен)/.test(r)) return "tokens";
  if (/^(?:человек|people|employee|staff|сотрудник)/.test(r)) return "people";
  if (/^(?:param|параметр)/.test(r)) return "parameters";
  if (/^(?:flop|флоп)/.test(r)) return "flop";
  const c = (currency ?? "").trim();
  if (/^(?:\$|usd|долл|бакс|dollar|buck|цент|cent)/.test(c)) return "USD";
  if (/^(?:₽|руб|rub|roubl|rubl)/.test(c)) return "RUB";
  if (/^(?:€|евро|eur)/.test(c)) return "EUR";
  return scaled ? "number" : undefined;
}

function boundOf(word: string | undefined): Bound {
  if (!word) return "exact";
  if (/^(?:больше|более|свыше|выше|over|more|above|at\s+least|не\s+меньше|минимум|от|>)/.test(word)) return "atLeast";
  if (/^(?:меньше|менее|ниже|under|less|below|at\s+most|не\s+больше|максимум|до|<)/.test(word)) return "atMost";
  return "about";
}

/**
 * The figures in a text that say what they count (a currency, a scale word, a unit): bare numbers
 * such as years or model versions ("2025", "Llama 3") are not figures. `skip` are spans already
 * read as something else (a model name like "Llama 3.1 405B").
 */
/** A rate's period after its figure: "в год", "a year". */
const PER_YEAR = /^\s*(?:в год|за год|ежегодно|каждый год|a year|per year|each year|every year|annually)/u;

export function extractFigures(text: string, skip: readonly [number, number][] = []): QuotedFigure[] {
  const s = toNfkc(text.toLowerCase()).replace(/ё/g, "е");
  const figures: QuotedFigure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
    if (m[0].trim() === "") {
      FIGURE.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    // "8x22B" is a model's shape, not a figure.
    if (/[x×х]\s*$/iu.test(s.slice(Math.max(0, start - 2), start))) continue;
    // A number inside a name ("Llama 3.1 405B") is part of the name; "512 H800s" starts before the chip's name.
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    let value: number | undefined;
    let scaled = false;
    if (g.half) {
      value = 0.5 * scaleOf(g.halfScale);
      scaled = true;
    } else if (g.lone) {
      value = scaleOf(g.lone);
      scaled = true;
    } else {
      const base = g.num !== undefined ? parseDigits(g.num, g.scale) : wordsToNumber(g.word ?? "");
      if (base === undefined) continue;
      const scale = scaleOf(g.scale);
      scaled = scale !== 1 || /e[+-]?\d/.test(g.num ?? "");
      value = base * scale;
    }
    // "дешевеет раз в 10 в год": the times said before the number.
    const timesBefore = /(?<![\p{L}])раз в\s*$/u.test(s.slice(Math.max(0, start - 8), start)) && PER_YEAR.test(s.slice(end, end + 16));
    const unit = timesBefore ? "times_per_year" : unitOf(g.cur1 ?? g.cur2, g.rest, scaled);
    // "7.5 цента", "30 cents": hundredths of a dollar.
    if (/^(?:цент|cent)/u.test(g.cur2 ?? "")) value /= 100;
    if (unit === undefined || !Number.isFinite(value) || value <= 0) continue;
    const boundEnd = g.bound ? s.indexOf(g.bound, m.index) + g.bound.length : start;
    figures.push({ value, unit, bound: boundOf(g.bound), text: text.slice(start, end), start, end, boundEnd });
  }
  if (AVERAGE_WORDS.test(s)) for (const figure of figures) figure.average = true;
  if (NOW_WORDS.test(s)) for (const figure of figures) figure.now = true;
  return figures;
}

function parseDigits(raw: string, scaleWord: string | undefined): number {
  const compact = raw.replace(/[ \u00a0\u202f]/g, "");
  // "4,096" with no scale is four thousand; "1,5 млн" and "5,6" are decimals.
  const normalised = /^\d{1,3},\d{3}$/.test(compact) && !scaleWord ? compact.replace(",", "") : compact.replace(",", ".");
  return Number(normalised);
}
