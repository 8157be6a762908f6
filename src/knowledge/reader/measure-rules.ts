import type { Measure } from "../measures.js";

/**
 * Which measure a question asks for, from the concepts its words map to (the lexicon's `#cost`,
 * `#train`, `#gpu`… after stemming and typo correction) and a few phrases. The first rule whose
 * conditions hold wins, so the more specific rules come first ("API price" before "price", "GPU-hours"
 * before "GPUs"). `all`: every concept must be there; `any`: at least one; `none`: none of them.
 */
export interface MeasureRule {
  measure: Measure;
  all?: string[];
  any?: string[];
  none?: string[];
  /** Raw-text patterns (lower case, ё → е) for what concepts cannot say ("per day", "на чем"). */
  pattern?: RegExp;
  /** The rule needs a subject of one of these kinds to apply. */
  subjectKinds?: string[];
  /** The rule does not apply when a subject of one of these kinds is named. */
  noKinds?: string[];
}

export const MEASURE_RULES: MeasureRule[] = [
  { measure: "fx_rate", all: ["rate"], any: ["usd", "rouble", "euro"], none: ["train", "gpu"] },
  { measure: "chip_spec", any: ["spec", "memory", "differ"], subjectKinds: ["chip"] },
  // "сколько терафлопс у h100 в bf16": a chip's FLOP/s and number formats are its spec, not a model's training compute.
  { measure: "chip_spec", any: ["flop", "precision"], subjectKinds: ["chip"], noKinds: ["model"] },
  { measure: "cost_scope", any: ["include", "exclude"], none: ["export"] },
  {
    measure: "cost_scope",
    pattern:
      /если считать вс|вместе со всем|со всем вместе|не только (?:финальн|последн|прогон)|all[- ]in\b|including everything|not (?:just|only) the final|beyond the final run|(?:not|n't|нельзя|некорректно) (?:directly )?(?:compar|сравнива)\p{L}*|несравним\p{L}*|apples to (?:apples|oranges)|(?:just|only) (?:for )?(?:the |a )?(?:final|last) (?:training )?run|the whole thing|(?:только|лишь) (?:за )?(?:финальн|последн)\p{L}* (?:прогон|запуск|обучени)|full cost|true cost|real cost|настоящ\p{L}* стоимост|реальн\p{L}* стоимост/u,
  },
  { measure: "estimate_differences", any: ["differ"] },
  // "what does Epoch's $40M for GPT-4 actually measure", "что именно входит в эти 6 млн": what a figure is of.
  {
    measure: "cost_scope",
    pattern: /what (?:does|do|is) [^?]*(?:measure|cover|count)|что (?:именно )?(?:входит|измеря\p{L}*|покрыва\p{L}*|учитыва\p{L}*) в/u,
  },
  // "почему одни пишут 294к, а другие 6.77 млн", "some say $40M, others $100M", "то 40 то 100 лямов".
  {
    measure: "estimate_differences",
    pattern:
      /(?<![\p{L}])одни [^?]{0,80}друг\p{L}*|some (?:say|sources|people|write)[^?]{0,80}others|all over the place|(?<![\p{L}])то \d[^?]{0,30}то \d|(?<![\p{L}])расход(?:ятся|ились|ится)(?![\p{L}])/u,
  },
  // "так дешёвый дипсик это миф?", "cheap DeepSeek, what's the catch": what the cheap figure leaves out.
  { measure: "cost_scope", pattern: /(?:дешев|cheap)[^?]*(?:миф|подвох|catch|myth)|(?:миф|подвох|catch|myth)[^?]*(?:дешев|cheap)/u },
  {
    measure: "techniques",
    pattern:
      /(?:как|за сч[её]т чего|каким образом|почему)\s.*(?:дешев|сэконом|удалось|так мало)|how (?:did|do|could|was|were) (?:they|it|deepseek|v3|r1).*(?:cheap|so little|save|so low)|why (?:was|is|were) (?:it|v3|deepseek|r1|training) so cheap|why (?:was|is|were|did) [^?]{1,30}? (?:so (?:much )?)?cheaper/u,
  },
  { measure: "techniques", any: ["technique"] },
  // "зачем им был FP8 при обучении": a number format is how it was trained, not its cost; a chip's FP8 speed is its spec.
  { measure: "techniques", any: ["precision"], noKinds: ["chip"] },
  { measure: "export_controls", any: ["export"] },
  // "акции" are shares, or a promotion of an API ("на старте акции апи дипсик стоил…").
  { measure: "market_value", any: ["market"], none: ["api"] },
  { measure: "market_value", any: ["drop"], subjectKinds: ["company"], noKinds: ["model"] },
  { measure: "price_trend", pattern: /llmflation/u },
  { measure: "price_trend", any: ["trend", "fall", "grow"], all: ["api"] },
  { measure: "price_trend", any: ["trend", "fall", "grow"], all: ["inference"] },
  { measure: "price_trend", any: ["trend", "fall", "grow"], all: ["token"] },
  { measure: "api_price", any: ["api"] },
  {
    measure: "api_price",
    all: ["token"],
    any: ["cost", "million"],
    pattern: /(?:за|per|\/|a|в)\s*(?:1\s*)?(?:m|млн|миллион\p{L}*|million|лям\p{L}*)(?![\p{L}\d])/u,
  },
  // "джемини 2.5 флеш сколько стоит за токены", "how much per token": a model's cost per token is its API's price.
  {
    measure: "api_price",
    all: ["token"],
    // A price word before it: "37B active per token" is no price.
    pattern:
      /(?:сколько|скока|почем|how much|cost\p{L}*|стои\p{L}*|pric\p{L}*|цен\p{L}*|плат\p{L}*|pay\p{L}*)[^?]{0,40}(?:за|per|\/)\s*(?:1\s*)?(?:токен\p{L}*|tokens?)(?![\p{L}])/u,
    subjectKinds: ["model"],
    none: ["train"],
  },
  // "$2.50 in and $10 out per million", "$3 input / $15 output": two prices of an API, for the tokens in and out.
  {
    measure: "api_price",
    pattern:
      /\d\s*(?:in|input)\b[^?]{0,30}\d\s*(?:out|output)\b|(?:input|вход\p{L}*)[^?]{0,40}(?:output|выход\p{L}*)[^?]{0,20}\d|per (?:1\s*)?m(?:illion)?\b/u,
    subjectKinds: ["model"],
  },
  // "gemini 2.5 flash pricing", "o3-mini цена за токены какая": a model's price, with no training named, is what its API
  // charges.
  {
    measure: "api_price",
    pattern: /pric|(?<![\p{L}])(?:цен[аыуе]?|прайс\p{L}*|тариф\p{L}*|почем)(?![\p{L}])/u,
    subjectKinds: ["model"],
    none: ["train", "gpu", "hour"],
  },
  { measure: "inference_cost", any: ["inference", "margin"] },
  {
    measure: "inference_cost",
    pattern: /(?:в|per|a|за)\s+(?:день|сутки|day)(?![\p{L}\d])|ежедневн|daily|to (?:keep|run)\b.*running|содержани/u,
    any: ["cost", "opex"],
  },
  { measure: "cost_trend", any: ["grow", "fall", "trend"], all: ["cost"] },
  // "во сколько раз в год дорожает обучение топовых моделей": training growing dearer is the cost trend.
  {
    measure: "cost_trend",
    any: ["grow", "fall", "trend"],
    all: ["train"],
    pattern: /модел|models|frontier|фронтир|топов|top/u,
    noKinds: ["model"],
  },
  // "обучение дешевеет в 4 раза за год": training getting cheaper or dearer, no model named.
  { measure: "cost_trend", any: ["grow", "fall"], all: ["train"], noKinds: ["model", "chip"] },
  // "как быстро дорожает обучение фронтирных моделей": a trend subject growing is its cost trend.
  { measure: "cost_trend", any: ["grow", "fall", "trend"], subjectKinds: ["trend"] },
  { measure: "salaries", any: ["salary"] },
  { measure: "headcount", any: ["headcount"] },
  // "how many people work at DeepSeek": "people" alone is too common a word ("people keep saying…") to mean head count.
  {
    measure: "headcount",
    pattern:
      /(?:how many|сколько)\s+(?:\p{L}+\s+)?(?:people|ppl|человек|engineers|инженер\p{L}*|researchers|исследовател\p{L}*)|(?:people|ppl|человек)\s+(?:[\p{L}\d]+\s+)?(?:work|работа\p{L}*)|\d+\s*(?:people|ppl|человек)(?![\p{L}])/u,
  },
  { measure: "valuation", any: ["valuation"] },
  // "сколько стоит дипсик как компания", "what is DeepSeek worth as a company": the company's price, not a model's.
  {
    measure: "valuation",
    pattern:
      /(?:как|в качестве) компани\p{L}*|as a (?:company|business)|компани\p{L}*[^?]{0,20}(?:оценк|стоит)|(?:оценк|стоит)[^?]{0,20}компани\p{L}*|is (?:it|deepseek|openai|\p{L}+) worth/u,
  },
  {
    measure: "market_value",
    all: ["loss"],
    subjectKinds: ["company"],
    pattern: /one[- ]day|single day|за (?:один )?день|в тот день|record|рекорд/u,
  },
  // "how much did Nvidia lose on January 27", "сколько потеряла Nvidia 27 января": a company's loss on a named day is its market value's.
  {
    measure: "market_value",
    subjectKinds: ["company"],
    noKinds: ["model"],
    pattern:
      /(?:lose|lost|losing|потерял\p{L}*|потеря\p{L}*|теря\p{L}*)[^?]*(?:\d{1,2}(?:-?го)?\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)|(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?!\d))/u,
  },
  // A loss is stored as money spent beyond revenue (opex), next to the revenue it is beyond.
  { measure: "opex", any: ["loss"] },
  // "openai burned 5 billion in 2024": cash burned; GPU-hours or tokens "burned through" are a count of those.
  {
    measure: "opex",
    pattern: /(?<![\p{L}])(?:burn(?:s|ed|t|ing)?|сожгл\p{L}*|сжег\p{L}*|сжига\p{L}*)(?![\p{L}])/u,
    none: ["gpu", "token"],
  },
  { measure: "revenue", any: ["revenue"] },
  { measure: "capex", any: ["capex"] },
  { measure: "opex", any: ["opex"], none: ["train"] },
  // "burns 944M a year on running costs": "running" is no concept of its own ("runs" are training runs).
  { measure: "opex", pattern: /running costs?|cost of running|operating costs?/u },
  {
    measure: "capex",
    all: ["cost"],
    none: ["train", "gpu", "hardware", "salary", "api", "token", "inference", "opex"],
    subjectKinds: ["company"],
    noKinds: ["model", "chip"],
    pattern:
      /spend|тратит|потратит|потрат|вклады|вложит|data ?cent|дата-?центр|инфраструктур|infrastructure|on ai(?![\p{L}\d])|(?:на|в) ии(?![\p{L}\d])/u,
  },
  { measure: "hardware_spend", all: ["hardware", "cost"], none: ["train"], subjectKinds: ["company"], noKinds: ["model"] },
  {
    measure: "hardware_spend",
    all: ["gpu", "cost"],
    none: ["train", "hour", "rent"],
    subjectKinds: ["company"],
    noKinds: ["model", "chip"],
  },
  { measure: "funding", any: ["fund"] },
  // "деньги под управлением у High-Flyer", "took money from Sequoia": whose money a company runs on.
  {
    measure: "funding",
    pattern:
      /под управлением|assets under|(?:took|take|taking|got|gets|raised?)\s+(?:\p{L}+\s+)?(?:money|funding|cash)|(?:взял\p{L}*|получил\p{L}*|брал\p{L}*)\s+(?:\p{L}+\s+)?(?:деньги|денег|бабло|инвестиц\p{L}*)|money from|деньги от|backed by/u,
  },
  // "дипсик вбухал в железо полтора ярда": money put into hardware is spent on hardware.
  { measure: "hardware_spend", all: ["invest", "hardware"], none: ["train"], subjectKinds: ["company"], noKinds: ["model"] },
  { measure: "investment", any: ["invest"] },
  { measure: "capex", all: ["cost"], any: ["fleet", "server"], subjectKinds: ["company"] },
  { measure: "gpu_fleet", any: ["fleet"] },
  // "how many GPUs does DeepSeek have in total, not just for V3": the company's fleet, though a model is named.
  {
    measure: "gpu_fleet",
    all: ["gpu"],
    none: ["hour", "cost"],
    subjectKinds: ["company"],
    pattern: /in total|overall|altogether|not (?:just|only)|всего|в целом|в общей сложности|не только|в сумме/u,
  },
  { measure: "gpu_fleet", all: ["gpu"], subjectKinds: ["company"], none: ["train", "hour", "rent", "cost"], noKinds: ["model"] },
  { measure: "rental_price", any: ["rent"] },
  // "по какой цене за гпу-час", "the price per GPU-hour": the price of an hour, not the hours.
  {
    measure: "rental_price",
    pattern:
      /(?:цен\p{L}*|стоимост\p{L}*|стоит|стоил\p{L}*|price[sd]?|cost|rate)\s+(?:за|per|of an?|an?|for an?)\s+(?:1\s+|один\s+|one\s+)?(?:gpu|гпу)[\s-]*(?:час|hour|h(?![\p{L}]))/u,
  },
  { measure: "rental_price", all: ["cost", "hour"], subjectKinds: ["chip"] },
  { measure: "chip_price", all: ["cost"], subjectKinds: ["chip"] },
  { measure: "gpu_hours", all: ["gpu", "hour"] },
  { measure: "gpu_hours", pattern: /(?:gpu|гпу)[\s-]*(?:час|hour|h\b)/u },
  { measure: "training_compute", any: ["flop"] },
  {
    measure: "hardware",
    pattern:
      /на ч[её]м (?:обуча|трениров|учил)|cluster setup|какой кластер|what cluster|на каких (?:чипах|картах|видеокартах|видюхах|gpu|гпу|ускорителях)|what (?:chips|gpus|hardware)|which (?:chips|gpus|hardware)|trained on what|какие (?:чипы|карты|видеокарты|gpu|гпу)|какое железо|what hardware/u,
  },
  // "на каком железе учили гпт-4": which hardware a model was trained on.
  { measure: "hardware", any: ["hardware"], none: ["cost"], subjectKinds: ["model"] },
  // "how much is a DGX H100 box", "почём H200": what a chip costs, not how many.
  {
    measure: "chip_price",
    subjectKinds: ["chip"],
    noKinds: ["model", "company"],
    pattern: /how much (?:is|are|does|do)\b|почем(?![\p{L}])|сколько стоит|сколько стоят/u,
  },
  { measure: "gpu_count", all: ["gpu"] },
  // "how many V100s did GPT-3 use": a chip counted for a model.
  { measure: "gpu_count", none: ["cost", "hour"], subjectKinds: ["chip"], pattern: /how many|сколько/u },
  { measure: "gpu_count", none: ["cost", "hour"], pattern: /(?:how many|сколько)\s+(?:[a-zа-я]{1,2}\d{2,4}|tpu)\p{L}*(?![\p{L}\d-])/u },
  {
    measure: "release",
    pattern: /(?:come|came) out|когда (?:вышл|вышел|вышла|появил|выпустил|релиз)|release date|дата (?:выхода|релиза)/u,
  },
  { measure: "training_time", any: ["duration"], none: ["cost"] },
  { measure: "training_time", all: ["hour", "train"], none: ["gpu", "cost"] },
  // "фалкон 180б сколько часов учили", "how many days did they train": hours or days of a model's training.
  {
    measure: "training_time",
    all: ["train"],
    pattern: /(?:сколько|how many)\s+(?:\p{L}+\s+)?(?:часов|дней|недель|месяцев|hours|days|weeks|months)/u,
    none: ["gpu", "cost"],
  },
  { measure: "parameters", any: ["param"] },
  // "how big is Stargate in $" asks for money, not parameters: size is a model's only.
  { measure: "parameters", any: ["size"], noKinds: ["company", "product", "policy", "trend"] },
  { measure: "training_tokens", any: ["token", "data"] },
  { measure: "architecture", any: ["expert", "layer", "architecture"] },
  { measure: "release", any: ["release"] },
  // "stargate budget": a project's budget is what goes into it. ("сколько стоил чатгпт" still asks what its model cost.)
  { measure: "investment", pattern: /budget|бюджет/u, none: ["train"], subjectKinds: ["product"], noKinds: ["model", "chip", "company"] },
  { measure: "training_cost", any: ["cost", "train"] },
];

/** A question naming only a subject ("а GPT-4?") asks for the measure people mean by it. */
export const DEFAULT_MEASURE: Record<string, Measure> = {
  model: "training_cost",
  chip: "chip_price",
  company: "investment",
  product: "investment",
  policy: "export_controls",
  trend: "cost_trend",
};
