import { describe, expect, it } from "vitest";
import { parseCalcQuery, type CalcQuery } from "../../src/calc/parse.js";

type Expected = Partial<Omit<CalcQuery, "problems">> & { problems?: CalcQuery["problems"] };

/** Phrasings people use, in both languages, with the parameters they must yield. */
const CASES: [string, Expected][] = [
  // GPU counts with separators and scales
  ["4096 GPU", { gpus: 4096 }],
  // A chip's name where "GPU" would stand in GPU-hours: hours of that chip, not that many chips
  ["3 млн h100-часов по 1,5 бакса", { gpuHours: 3_000_000, gpuModel: "H100", price: 1.5 }],
  ["500k A100 hours at $1", { gpuHours: 500_000, gpuModel: "A100", price: 1 }],
  ["2.788M H800 GPU-hours", { gpuHours: 2_788_000, gpuModel: "H800" }],
  ["4 096 GPU", { gpus: 4096 }],
  ["4,096 GPUs", { gpus: 4096 }],
  ["4k GPUs", { gpus: 4000 }],
  ["4к видеокарт", { gpus: 4000 }],
  ["4 тыс. видеокарт", { gpus: 4000 }],
  ["4 тысячи карт", { gpus: 4000 }],
  ["2048 H800", { gpus: 2048, gpuModel: "H800" }],
  ["16 384 H100", { gpus: 16384, gpuModel: "H100" }],
  ["512 видюх", { gpus: 512 }],
  ["1e4 gpus", { gpus: 10000 }],
  ["25000 A100 GPUs", { gpus: 25000, gpuModel: "A100" }],
  ["1000 ускорителей B200", { gpus: 1000, gpuModel: "B200" }],
  // A whole number in the thousands after "по", next to GPUs, is what one costs; hours after it are a duration
  ["10к h100 по 31250 сколько будет всего", { gpus: 10_000, gpuModel: "H100", unitPrice: 31_250 }],
  ["1000 h100 по 30000", { gpus: 1000, gpuModel: "H100", unitPrice: 30_000 }],
  ["grok 3: 80000 h100 for 2160 hours at $2/hr?", { gpus: 80_000, gpuModel: "H100", duration: { value: 2160, unit: "hour" }, price: 2 }],
  // Input and output tokens counted apart; prices "$3 in / $15 out" are no counts
  ["10 млн входных и 10 млн выходных токенов", { tokens: 10_000_000, outputTokens: 10_000_000 }],
  ["5M input + 1M output tokens", { tokens: 5_000_000, outputTokens: 1_000_000 }],
  ["1M in + 1M out on r1", { tokens: 1_000_000, outputTokens: 1_000_000 }],
  // A DGX or HGX is a whole system; "на ярд" is a budget of a billion
  ["сколько DGX H100 можно купить на ярд баксов, если одна по 375к", { budget: 1e9, unitPrice: 375_000, gpuModel: "H100", system: "DGX" }],
  // A FLOP count and a chip's peak given: the hours of doing it are asked, not the FLOP
  [
    "3.3e24 флоп на 2048 h800 при 989 терафлопс и MFU 40% — сколько часов",
    { flop: 3.3e24, gpus: 2048, gpuModel: "H800", peakFlops: 989e12, utilization: 0.4, asked: "hours" },
  ],
  // A scale said alone is one of it; after a number it is that number's scale
  ["ярд выходных токенов", { tokens: 1_000_000_000 }],
  ["how much for a billion output tokens", { tokens: 1_000_000_000 }],
  ["6 million tokens", { tokens: 6_000_000 }],
  // "per million" is a price's unit, no count of tokens
  ["$0.14 per million tokens", {}],
  ["1,5 миллион токенов", { tokens: 1_500_000 }],
  // A bare decimal said as a rent is a price per GPU-hour; an exchange rate is not
  ["по цене аренды h100 у runpod (2.99)", { gpuModel: "H100", price: 2.99 }],
  ["курс доллара 81.01", {}],
  // A budget said as money one has
  ["have $1M, how many h100 hours at $2.99", { budget: 1_000_000, price: 2.99, gpuModel: "H100" }],
  // A counting word between the number and the chip
  ["8 штук h100 на год по 2.45 в час", { gpus: 8, gpuModel: "H100", price: 2.45, duration: { value: 1, unit: "year" } }],
  ["8 pcs of H100", { gpus: 8, gpuModel: "H100" }],
  // A duration asked in hours of wall-clock time, not GPU-hours
  ["147 тыс гпу часов на 512 картах это сколько часов реального времени", { gpuHours: 147_000, gpus: 512, asked: "hours" }],
  ["2.788M gpu-hours on 2048 gpus is how many hours of wall clock", { gpuHours: 2_788_000, gpus: 2048, asked: "hours" }],
  ["а если 4096 GPU?", { gpus: 4096 }],
  ["what about 8192 gpus", { gpus: 8192 }],
  // Durations
  ["57 дней", { duration: { value: 57, unit: "day" } }],
  ["57 days", { duration: { value: 57, unit: "day" } }],
  ["2 месяца", { duration: { value: 2, unit: "month" } }],
  ["два месяца", { duration: { value: 2, unit: "month" } }],
  ["two months", { duration: { value: 2, unit: "month" } }],
  ["3 недели", { duration: { value: 3, unit: "week" } }],
  ["2 weeks", { duration: { value: 2, unit: "week" } }],
  ["1361 час", { duration: { value: 1361, unit: "hour" } }],
  ["1000 hours", { duration: { value: 1000, unit: "hour" } }],
  ["1,5 года", { duration: { value: 1.5, unit: "year" } }],
  ["полтора месяца", { duration: { value: 1.5, unit: "month" } }],
  ["пару недель", { duration: { value: 2, unit: "week" } }],
  ["Two Months", { duration: { value: 2, unit: "month" } }],
  // a number word that is part of a longer word is left alone ("tone", "дветысячи" are no numbers)
  ["tone months", {}],
  // full-width digits and letters (a phone keyboard in CJK mode) are read after NFKC
  ["４０９６ ＧＰＵ на ２ месяца", { gpus: 4096, duration: { value: 2, unit: "month" } }],
  ["and for 30 days?", { duration: { value: 30, unit: "day" } }],
  ["за 10 суток", { duration: { value: 10, unit: "day" } }],
  // Prices per GPU-hour
  ["$2/ч", { price: 2 }],
  ["$2/h", { price: 2 }],
  ["2$/час", { price: 2 }],
  ["$2 per GPU-hour", { price: 2 }],
  ["2 доллара за час", { price: 2 }],
  ["по $3", { price: 3 }],
  ["по 2,5 доллара", { price: 2.5 }],
  ["at $1.5", { price: 1.5 }],
  ["а по $3?", { price: 3 }],
  ["$2 an hour", { price: 2 }],
  // GPU-hours
  ["2.788M GPU-hours", { gpuHours: 2_788_000 }],
  ["2,788 млн GPU-часов", { gpuHours: 2_788_000 }],
  ["1,5 млн GPU-часов по 2 доллара за час", { gpuHours: 1_500_000, price: 2 }],
  ["147K GPU hours at $2", { gpuHours: 147_000, price: 2 }],
  ["1e6 gpu hours", { gpuHours: 1_000_000 }],
  ["30,84 млн гпу-часов", { gpuHours: 30_840_000 }],
  // Whole requests
  ["2048 GPU на 57 дней по $2/ч", { gpus: 2048, duration: { value: 57, unit: "day" }, price: 2 }],
  ["what would 4096 GPUs for two months cost?", { gpus: 4096, duration: { value: 2, unit: "month" } }],
  ["4k H100 for 30 days at $2 per GPU-hour", { gpus: 4000, gpuModel: "H100", duration: { value: 30, unit: "day" }, price: 2 }],
  [
    "сколько будет стоить 10 тыс. H100 на 3 месяца по 2,5 доллара за час?",
    { gpus: 10000, gpuModel: "H100", duration: { value: 3, unit: "month" }, price: 2.5 },
  ],
  ["37B параметров 14.8T токенов 2048 H800 40%", { parameters: 37e9, tokens: 14.8e12, gpus: 2048, gpuModel: "H800", utilization: 0.4 }],
  ["37B active params, 14.8T tokens, 2048 H800, FP8", { parameters: 37e9, tokens: 14.8e12, gpus: 2048, gpuModel: "H800", fp8: true }],
  ["купить 10000 H100 по $25000", { gpus: 10000, gpuModel: "H100", unitPrice: 25000 }],
  // Currency
  ["а в рублях?", { currency: "RUB" }],
  ["in roubles", { currency: "RUB" }],
  ["в евро", { currency: "EUR" }],
  ["4096 GPU 30 дней в рублях", { gpus: 4096, duration: { value: 30, unit: "day" }, currency: "RUB" }],
  // The dollar sign after the number, a price with no currency said, slang thousands
  ["2.788 млн гпу-часов по цене аренды h800 3.42$ сколько будет", { gpuHours: 2_788_000, gpuModel: "H800", price: 3.42 }],
  ["147к гпу-часов р1 по цене aws 12.29 — скок бы вышло", { gpuHours: 147_000, price: 12.29 }],
  ["сколько будет стоить 50 тыщ h100 по 30к за штуку", { gpus: 50_000, gpuModel: "H100", unitPrice: 30_000 }],
  // A period named as what is bought, one GPU in the genitive; thousands of hours at a price are GPU-hours
  ["скок стоит год аренды одной h100 по 3.29", { gpus: 1, gpuModel: "H100", price: 3.29, duration: { value: 1, unit: "year" } }],
  ["a year of renting a single h100 at $2", { gpus: 1, gpuModel: "H100", price: 2, duration: { value: 1, unit: "year" } }],
  ["2.788 млн часов по $3.42 сколько было бы", { gpuHours: 2_788_000, price: 3.42 }],
  ["скок стоил бы прогон ламы 405b по ценам aws 12.29 за час", { price: 12.29 }],
  // Tokens at a price per million: an API bill; with a price per hour, never
  ["сколько стоит сгенерить 10 млн выходных токенов на р1 по 2.19", { tokens: 10_000_000, tokenPrice: 2.19 }],
  ["100M input tokens at $2.50, how much?", { tokens: 100_000_000, tokenPrice: 2.5 }],
  ["15.6T tokens at $2/h", { tokens: 15.6e12, price: 2 }],
  // A sum in dollars asked in another currency: converted; a sum already in roubles is not
  ["нвидиа потеряла 589 ярдов — в рублях это сколько", { amount: 589e9, currency: "RUB" }],
  ["$6M in euros", { amount: 6e6, currency: "EUR" }],
  ["какой проц взять для игр до 20к рублей", { currency: "RUB" }],
  // A budget: what a sum buys at a unit price, or the GPU-hours at a price per hour
  ["сколько h100 по 25к можно купить на 6 лямов", { gpuModel: "H100", unitPrice: 25_000, budget: 6e6 }],
  ["сколько гпу-часов h100 можно взять на 5.576 млн по 2.99", { gpuModel: "H100", price: 2.99, budget: 5.576e6, asked: "gpuHours" }],
  ["4096 GPU по $2/ч на 10 дней", { gpus: 4096, price: 2, duration: { value: 10, unit: "day" } }],
  // A sum per period, or over a span, asked per another period
  ["87 тыщ в день на инференс, это скок за год выходит", { amount: 87_000, rate: { per: { value: 1, unit: "day" }, to: "year" } }],
  ["deepseek's $87,072 a day inference cost over a full year?", { amount: 87_072, rate: { per: { value: 1, unit: "day" }, to: "year" } }],
  ["stargate's 500B over 4 years, how much per year", { amount: 500e9, rate: { per: { value: 4, unit: "year" }, to: "year" } }],
  ["опер расходы дипсика 944 млн долларов в год", {}],
  // "a dollar an hour", "по доллару за час", "a full year" said in words
  ["25 тыщ a100 на 90 дней по доллару за час", { gpus: 25_000, gpuModel: "A100", price: 1, duration: { value: 90, unit: "day" } }],
  ["50k gpus running a full year at $2/hr", { gpus: 50_000, price: 2, duration: { value: 1, unit: "year" } }],
  ["1000 h100 for a dollar an hour for a week", { gpus: 1000, gpuModel: "H100", price: 1, duration: { value: 1, unit: "week" } }],
  // English scale words: "$100 million" is a sum, never $100 an hour
  ["is it true gpt-4 cost $100 million to train", {}],
  ["2 million gpu hours at $2", { gpuHours: 2_000_000, price: 2 }],
  // Not calculations: words before "GPU" that are no count, an API's prices per token
  ["why does deepseek use $2/hour if they own their gpus", { price: 2 }],
  ["дипсик платил 2 бакса в час за аренду гпу", { price: 2 }],
  ["claude sonnet api is $3 in / $15 out", {}],
  // Not calculations: scaled dollar amounts are never an hourly price
  ["DeepSeek trained V3 for $6M?", {}],
  ["сколько стоил GPT-4?", {}],
  // Bad input
  ["-5 GPU на 10 дней", { duration: { value: 10, unit: "day" }, problems: [{ field: "gpus", kind: "negative" }] }],
  ["0 GPU", { problems: [{ field: "gpus", kind: "zero" }] }],
  ["2048 GPU на 0 дней", { gpus: 2048, problems: [{ field: "duration", kind: "zero" }] }],
  ["2048 GPU по $-2/ч", { gpus: 2048, problems: [{ field: "price", kind: "negative" }] }],
  ["abc GPU на 10 дней", { duration: { value: 10, unit: "day" }, problems: [{ field: "gpus", kind: "not_a_number" }] }],
  [
    "2048 GPU или 4096 GPU на 10 дней",
    { gpus: 2048, duration: { value: 10, unit: "day" }, problems: [{ field: "gpus", kind: "contradictory" }] },
  ],
  [
    "2048 GPU на 10 дней и 3 млн GPU-часов",
    { gpus: 2048, duration: { value: 10, unit: "day" }, gpuHours: 3e6, problems: [{ field: "gpuHours", kind: "contradictory" }] },
  ],
  ["2,5 GPU", { problems: [{ field: "gpus", kind: "not_integer" }] }],
  // What is asked, when it is not the cost
  [
    "сколько гпу-часов это 2048 H800 за 2 месяца?",
    { gpus: 2048, gpuModel: "H800", duration: { value: 2, unit: "month" }, asked: "gpuHours" },
  ],
  [
    "how many GPU-hours is 2048 H800s for 2 months?",
    { gpus: 2048, gpuModel: "H800", duration: { value: 2, unit: "month" }, asked: "gpuHours" },
  ],
  ["how many FLOPs to train a 70B model on 15T tokens?", { parameters: 70e9, tokens: 15e12, asked: "flop" }],
  ["сколько флопс нужно на модель 70B параметров и 15T токенов?", { parameters: 70e9, tokens: 15e12, asked: "flop" }],
  ["сколько дней займёт 2.788M GPU-hours на 2048 GPU?", { gpuHours: 2_788_000, gpus: 2048, asked: "duration" }],
  ["how many days would 2.788M GPU-hours take on 2048 GPUs?", { gpuHours: 2_788_000, gpus: 2048, asked: "duration" }],
  ["how many GPUs for 2.788M GPU-hours in 30 days?", { gpuHours: 2_788_000, duration: { value: 30, unit: "day" }, asked: "gpus" }],
  // A unit price is capex, never a price per hour
  ["2048 H800 по $30,000 за штуку", { gpus: 2048, gpuModel: "H800", unitPrice: 30_000 }],
  ["2048 H800 at $30k each", { gpus: 2048, gpuModel: "H800", unitPrice: 30_000 }],
  ["50к гпу по 30к баксов за штуку", { gpus: 50_000, unitPrice: 30_000 }],
  // A bare "40%" is no utilisation unless the message computes something
  ["deepseek claims a 545% profit margin", {}],
];

describe("calculator parser options", () => {
  it("leaves a model's name unread: its size is no figure", () => {
    const text = "Llama 3.1 405B GPU-hours at $2/h";
    expect(parseCalcQuery(text).gpuHours).toBe(405e9);
    const query = parseCalcQuery(text, { ignore: [{ start: 0, end: "Llama 3.1 405B".length }] });
    expect(query.gpuHours).toBeUndefined();
    expect(query.price).toBe(2);
    expect(query.problems).toEqual([]);
  });

  it("reads a bare number after 'по'/'at' as a new price only after a calculation", () => {
    expect(parseCalcQuery("а по 3.5?").price).toBeUndefined();
    expect(parseCalcQuery("а по 3.5?", { afterCalc: true }).price).toBe(3.5);
    expect(parseCalcQuery("and at 3?", { afterCalc: true }).price).toBe(3);
    expect(parseCalcQuery("а по 3 млн?", { afterCalc: true }).price).toBeUndefined();
    // Thousands are what one GPU costs: no GPU-hour costs that much.
    expect(parseCalcQuery("а если по 25к?", { afterCalc: true })).toMatchObject({ unitPrice: 25_000 });
    expect(parseCalcQuery("а если по 25к?", { afterCalc: true }).price).toBeUndefined();
  });
});

describe("calculator parser", () => {
  it(`has at least 50 phrasings (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES)("%s", (text, expected) => {
    const { problems, ...rest } = parseCalcQuery(text);
    const { problems: expectedProblems = [], ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(problems).toEqual(expectedProblems);
  });
});
