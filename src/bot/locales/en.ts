import { NUMBER_LOCALE } from "../../langs.js";
import type { Messages } from "./messages.js";

export const en: Messages = {
  meta: {
    name: "English",
    locale: NUMBER_LOCALE.en,
    dateLocale: "en-GB",
    telegramCodes: ["en"],
  },
  format: {
    scales: [
      [1e12, "T"],
      [1e9, "B"],
      [1e6, "M"],
      [1e3, "K"],
    ],
  },
  units: {
    gpus: { one: "GPU", other: "GPUs" },
    gpusOf: (model) => ({ one: `${model} GPU`, other: `${model} GPUs` }),
    systemsOf: (system) => ({ one: `${system} system`, other: `${system} systems` }),
    gpuHours: { one: "GPU-hour", other: "GPU-hours" },
    gpuHoursOf: (model) => ({ one: `${model} GPU-hour`, other: `${model} GPU-hours` }),
    duration: {
      hour: { one: "hour", other: "hours" },
      day: { one: "day", other: "days" },
      week: { one: "week", other: "weeks" },
      month: { one: "month", other: "months" },
      year: { one: "year", other: "years" },
    },
    // The English texts write "7×" rather than "7 times".
    times: { one: "time", other: "times" },
    characters: { one: "character", other: "characters" },
    models: { one: "model", other: "models" },
    chips: { one: "chip", other: "chips" },
  },
  common: {
    sourcesButton: "Sources",
  },
  errors: {
    generic: "Something went wrong on my side. Please try again.",
    slowDown: "Too many messages at once — wait a few seconds and I'll read the next ones.",
    staleButton: "This button is out of date.",
    unknownCommand: "There is no such command. See /help or just ask a question in words.",
    textOnly: "I only understand text. Ask in words — say, “how much did GPT-4 cost?”",
    empty: "That message is empty. Ask a question — say, “how much did DeepSeek V3 cost?”",
    tooLong: (limit) => `That message is too long. Ask one short question (up to ${limit}).`,
  },
  commands: {
    start: "What the bot can do",
    help: "Help and commands",
    facts: "Browse topics and facts",
    calc: "Calculator: GPUs × time × price",
    compare: "Compare models: /compare deepseek gpt4",
    sources: "Sources of the last answer",
    lang: (langs) => `Answer language: ${langs}`,
    settings: "Group settings (admins)",
    forget: "Delete everything the bot keeps about me",
    top: "Rankings: /top cost 5, /top compute, /top h100",
  },
  start: {
    greeting:
      "Hi! I answer questions about what AI training costs — DeepSeek and how it compares with GPT-4, Gemini, Llama — from a base of vetted figures. " +
      "Every answer names its source and who makes the claim: the company, analysts, the press or our own calculation.\n\n" +
      "Ask in your own words, for example:",
    examples: [
      "Was DeepSeek really trained for $6M?",
      "How much did GPT-4 cost?",
      "How many GPUs does DeepSeek have?",
      "How much did R1 cost to train?",
    ],
  },
  help: {
    text: (langs) =>
      "<b>How to use</b>\n" +
      "Type a question in English or Russian: “how much did DeepSeek V3 cost?”, “how many GPUs trained GPT-4?”.\n\n" +
      "<b>Commands</b>\n" +
      "/facts — browse topics and facts with buttons\n" +
      "/compare deepseek gpt4 — any two models side by side, with a chart\n" +
      "/top cost 5 — the most expensive models to train; /top compute, /top h100, /top trend\n" +
      "/calc 2048 GPUs 57 days $2/h — calculator; follow up with “and 4096 GPUs?”, “in roubles?”\n" +
      "/sources — full sources of the last answer\n" +
      `/lang ${langs} — answer language\n` +
      "/forget — delete everything I keep about you\n" +
      "/help — this help\n\n" +
      "If I don't know, I say so: no figure without a source.",
  },
  reader: {
    understood: (what) => `<i>Reading it as: ${what}</i>`,
    measures: {
      training_cost: "training cost",
      training_compute: "training compute (FLOP)",
      gpu_hours: "GPU-hours",
      gpu_count: "number of GPUs",
      training_time: "training time",
      hardware: "hardware trained on",
      parameters: "parameter count",
      training_tokens: "training data (tokens)",
      api_price: "API price",
      inference_cost: "inference cost",
      opex: "operating costs",
      capex: "capital spending",
      hardware_spend: "hardware spending",
      gpu_fleet: "GPU fleet",
      salaries: "salaries",
      headcount: "headcount",
      investment: "investment",
      funding: "funding",
      revenue: "revenue and losses",
      valuation: "company valuation",
      market_value: "market value",
      chip_price: "chip price",
      rental_price: "GPU rental price",
      chip_spec: "chip specs",
      export_controls: "export controls",
      price_trend: "how fast prices fall",
      cost_trend: "how fast costs grow",
      cost_scope: "what the figure includes",
      techniques: "what made it cheap",
      estimate_differences: "why estimates differ",
      release: "release date",
      architecture: "architecture",
      fx_rate: "exchange rate",
    },
    orButton: (what) => `Or: ${what}`,
    verdicts: {
      confirmed: "✅ Confirmed",
      roughly_right: "≈ Roughly right",
      misleading: "⚠️ Misleading",
      wrong: "❌ Wrong",
      not_verifiable: "❓ Not verifiable",
    },
    claimed: (claim) => `Claimed: ${claim}`,
    trainedOn: (chip) => `trained on ${chip}`,
    ratioFound: (ratio) => `By the figures below: ${ratio}×`,
    forwardedHeading: "The claims in the forwarded message, checked",
    claimNumber: (n, text) => `<b>${n}.</b> “${text}”`,
    missingMeasure: (subject, measure) => `I have no “${measure}” figure for ${subject}.`,
    whatThereIs: "What I do have:",
    notInData: (name) => `“${name}” is not in my data, so I won't give figures for it.`,
    near: "Close names I do have:",
    askButton: (subject, measure) => `${subject} — ${measure}`,
    chat: "I answer questions about money in AI: what training models cost, GPU and API prices, the market. Ask, say, “how much did GPT-4 cost?” or “was DeepSeek really trained for $6M?”",
    howEstimated: (notes) => `How Epoch AI estimated it: ${notes}`,
    converted: (amount, rate, date) => `≈ ${amount} (rate ${rate} on ${date})`,
    nothingToConvert:
      "The last answer had no dollar amount to convert. Ask for a figure — say, “how much did GPT-4 cost?” — then “in roubles?”.",
  },
  questions: {
    dontKnow: "I don't know that: there is no vetted figure for it in my knowledge base, and I won't make one up.",
    dontKnowSuggest: "I can tell you, for example:",
    didYouMean: "Did you mean:",
    whichFigureOf: (subject) => `I am not sure which figure about ${subject} you mean. These are the ones I have:`,
    noSuchFigure: (subject) => `I have no such figure for ${subject}. What I do have:`,
  },
  facts: {
    chooseTopic: "Choose a topic:",
    inTopic: (topic) => `<b>${topic}</b>\nChoose a fact:`,
    back: "« Topics",
    epochIntro: (title, models) =>
      `<b>${title}</b>\n${models} with Epoch AI's figures — too many to list. Start from a ranking or the trend, or ask about a model by name (“how much did Grok 3 cost?”, /compare grok 3 gpt-4.5).`,
  },
  sources: {
    heading: "Sources",
    fullHeading: "Sources of the last answer",
    dateUnknown: "date not given",
    urlUnknown: "no link given",
    noneYet: "There has been no answer with sources in this chat yet. Ask a question — say, “how much did DeepSeek V3 cost?”",
    claimType: {
      company_claim: "company claim",
      executive_statement: "executive statement",
      analyst_estimate: "analyst estimate",
      press_report: "press report",
      research_estimate: "research estimate",
      vendor_spec: "vendor spec",
      our_calculation: "our calculation",
    },
  },
  lang: {
    choose: "Choose the answer language:",
    changed: "Done: answering in English.",
    unknown: (arg, available) => `I don't know the language “${arg}”. Use ${available}.`,
  },
  compare: {
    usage:
      "I compare any two models on training cost, compute, GPUs, GPU-hours, training time, parameters and tokens — with a chart. For example: /compare deepseek gpt4, /compare grok 3 gpt-4.5. Or pick a pair:",
    unknown: (examples) => `I don't know those models. Name two models from my data, e.g. ${examples}; /top cost lists the most expensive.`,
    notComparable: (name, examples) => `“${name}” is not a model I have figures for, so there is nothing to compare. Try ${examples}.`,
    noFigures: (name, missing) => `My data has no ${missing} for ${name}: there is nothing to compare it by.`,
    same: "That is the same model twice — name two different ones, e.g. /compare deepseek gpt4.",
    pair: (a, b) => `${a} vs ${b}`,
    title: (a, b) => `${a} vs ${b}`,
    headline: (cheap, dear, ratio, _times, basis) => `${cheap} is ≈${ratio}× cheaper than ${dear}, comparing ${basis}.`,
    bases: {
      epoch: (a, b) => `Epoch AI's estimates for both, in 2023 dollars (${a} and ${b})`,
      epochCloud: (a, b) => `Epoch AI's cloud-price estimates for both (${a} and ${b})`,
      rental: (price, a, b) => `both priced as GPU rental at ${price} per GPU-hour (${a} and ${b})`,
      cloud: (a, b) => `both at cloud prices (${a} and ${b})`,
      amortized: (a, b) => `both as amortised hardware + energy of the final run (${a} and ${b})`,
    },
    range: (range) => `All the pairs of estimates together, made by different methods, give ≈${range}× — see the note.`,
    overlap: (cheap, dear, low, high) =>
      `All the pairs of estimates together, made by different methods, put ${dear} at ${low} to ${high} times the cost of ${cheap}: by some of them ${cheap} is not the cheaper one.`,
    cheaper: (cheap, dear, ratio) =>
      `${cheap} is ≈${ratio}× cheaper than ${dear}, depending on which estimate you take; no two of them were made the same way.`,
    cheaperOne: (cheap, dear, ratio) => `${cheap} is ≈${ratio}× cheaper than ${dear}.`,
    noRatio: "No cost ratio: one of the models has no cost figure.",
    computeRatio: (larger, smaller, ratio, _times, basis) => `Training ${larger} took ≈${ratio}× the compute of ${smaller} (${basis}).`,
    computeBases: { epoch: "Epoch AI's estimates for both", mixed: "estimates from different sources" },
    lineage: (model, base, figure, combined) =>
      `${model} is trained on top of ${base}: the ${figure} covers only ${model}'s own training, not ${base}'s, so it is never set against a whole training run. ${model} is compared as ${combined}: through the figures that cover both.`,
    combined: (base, model) => `${base} + ${model}`,
    onTopOf: (base) => `on top of ${base}`,
    partnerPopular: (name) => `Compared with ${name}, the pair people ask about. Name another: /compare A B.`,
    partnerClosest: (name) =>
      `Compared with ${name}, the closest model in my data (same line or organisation, nearest date). Name another: /compare A B.`,
    cost: "Training cost",
    compute: "Training compute",
    gpus: "GPUs",
    gpuHours: "GPU-hours",
    trainingTime: "Training time",
    parameters: "Parameters",
    tokens: "Tokens",
    none: "no figure",
    active: (total, active) => `${total} (${active} active)`,
    hours: (hours, days) => `${hours} h (${days} days)`,
    rated: (claimType, confidence) => (confidence ? `${claimType}, rated “${confidence}” by Epoch AI` : claimType),
    confidence: { confident: "confident", likely: "likely", speculative: "speculative", unknown: "unknown" },
    ours: "our calculation",
    cloudShort: "cloud prices",
    comparable: "How comparable",
    methods: "The figures come from different methods (see each line).",
    roughGuide: "A ratio of such figures is a rough guide, not a like-for-like comparison.",
    likeForLike:
      "The headline ratio sets two figures estimated the same way against each other; the range takes in every pair, whatever the method, and is only a rough guide.",
    ourEstimate: {
      title: "Our calculation — not a reported cost",
      line: (model, flop, chip, peak, peakRef, util, utilRef, gpuHours, price, priceRef, usd) =>
        `${model}: ${flop} ÷ (${chip} ${peak} TFLOP/s${peakRef} × ${util} utilisation${utilRef}) ≈ ${gpuHours} × ${price}/GPU·h${priceRef} ≈ ${usd}`,
      note: (model, ownChip) =>
        `What renting the compute would cost at these assumptions${ownChip ? "" : " (the H100 assumed: the model's chip is not one I have a peak for)"}: an illustration, not ${model}'s cost — nobody reported it.`,
    },
    missing: (name, list) => `${name}: no ${list} in my data.`,
    figureNames: {
      cost: "training cost",
      compute: "training compute",
      gpus: "GPU count",
      gpuHours: "GPU-hours",
      trainingTime: "training time",
      parameters: "parameter count",
      tokens: "training tokens",
    },
    chartTitle: (a, b) => `Training cost: ${a} vs ${b}`,
    chartSubtitle: "each bar one estimate; highlighted: the like-for-like pair the ratio uses",
    chartComputeTitle: (a, b) => `Training compute: ${a} vs ${b}`,
    chartComputeSubtitle: "FLOP, as estimated",
  },
  rankings: {
    usage:
      "Rankings from Epoch AI's table: /top cost 5 (the most expensive to train), /top compute, /top gpus, /top params, /top tokens, /top h100 (trained on H100s), /top google, /top trend (how fast training cost grows).",
    title: {
      training_cost: "The most expensive models to train",
      training_compute: "The most compute-hungry models",
      gpu_count: "The largest training clusters",
      parameters: "The largest models by parameters",
      training_tokens: "The largest training datasets",
    },
    measureNote: {
      training_cost: "Epoch AI's estimate of the final training run's compute cost, in 2023 dollars",
      training_compute: "Epoch AI's estimate of training compute, in FLOP",
      gpu_count: "chips used in training, from Epoch AI's table",
      parameters: "parameters, from Epoch AI's table",
      training_tokens: "training tokens (language models), from Epoch AI's table",
    },
    hardware: (chip) => `trained on ${chip}`,
    organization: (org) => `by ${org}`,
    since: (date) => `since ${date}`,
    named: "of the models named",
    beside: (figures) => `also: ${figures}`,
    none: "No model in my data matches that.",
    fewer: (models) => `Only ${models} in my data match.`,
    sourcesNote: (models) => `The models' own papers and announcements (${models}): /sources.`,
    chartTitle: {
      training_cost: "Training cost of notable models",
      training_compute: "Training compute of notable models",
      gpu_count: "Training cluster size of notable models",
      parameters: "Parameters of notable models",
      training_tokens: "Training tokens of notable models",
    },
    chartSubtitle: {
      training_cost: "final run, 2023 dollars, log scale; numbered: the list",
      training_compute: "FLOP, log scale; numbered: the list",
      gpu_count: "chips, log scale; numbered: the list",
      parameters: "log scale; numbered: the list",
      training_tokens: "log scale; numbered: the list",
    },
    trendTitle: {
      training_cost: "How fast training cost grows",
      training_compute: "How fast training compute grows",
      gpu_count: "How fast training clusters grow",
      parameters: "How fast models grow",
      training_tokens: "How fast training datasets grow",
    },
    trend: (factor, from, to, models) =>
      `Across ${models} at the frontier from ${from} to ${to}, it grew about ×${factor} a year: our least-squares line through Epoch AI's figures on a log scale.`,
    trendPublished: (factor, ref) =>
      `Epoch AI's own published figure is ×${factor} a year ${ref}: a different fit (other years and models), so the two differ.`,
    frontierNote: "Frontier: among the 10 largest models by training compute when they came out (Epoch AI's definition).",
    perYear: (factor) => `×${factor} a year`,
    noTrend: "Too few frontier models have that figure to fit a trend.",
    buttons: { cost: "Top by cost", compute: "Top by compute", trend: "Cost trend" },
  },
  calc: {
    usage:
      "Training cost calculator. Examples:\n" +
      "/calc 2048 GPUs 57 days $2/h\n" +
      "/calc 2.788M GPU-hours at $2\n" +
      "/calc 37B params 14.8T tokens 2048 H800 40%\n" +
      "Plain text works too: “what would 4096 GPUs for two months cost?”. A month is 30 days; without a price I use DeepSeek's $2/GPU-hour.",
    buttons: { double: "×2 GPUs", price: (price) => `at ${price}/h`, rub: "In roubles", usd: "In dollars" },
    title: "Calculation",
    perGpuHour: "/GPU·h",
    hoursPerDay: "24 h",
    anyGpu: "GPU",
    assumedPrice: (price, ref) => `No price given — using DeepSeek's assumption of ${price} per GPU-hour [${ref}].`,
    assumedDuration: (duration, ref) =>
      `No duration given — using the length of DeepSeek V3's run: 2.788M GPU-hours on 2,048 GPUs ≈ ${duration} [${ref}].`,
    assumedModel: "No GPU model given — computing for the H100.",
    assumedUtilization: (ref) => `No utilisation given — using 40% MFU (Meta reports 38–43% for Llama 3 [${ref}]).`,
    monthNote: "A month is 30 days.",
    comparison: (reference, referenceGpuHours, ratio, ref) =>
      `For comparison: DeepSeek V3 reports ${reference} (${referenceGpuHours}) [${ref}]; your estimate is ${ratio}.`,
    ratioMore: (ratio) => `${ratio}× that`,
    ratioLess: (ratio) => `${ratio}× less`,
    ratioSame: "about the same",
    converted: (amount, rate, date, refs) => `≈ ${amount} at ${rate} for ${date}${refs}.`,
    configuredRate: "rate set in the bot's configuration",
    officialRate: "Bank of Russia official rate, cbr.ru",
    noRate: "There is no verified rate for that currency.",
    computeLine: (flop) => `6 × parameters × tokens ≈ ${flop} FLOP`,
    flopLine: (parameters, tokens, flop) => `6 × ${parameters} parameters × ${tokens} tokens ≈ ${flop} FLOP`,
    flopNote:
      "Our calculation, with the usual 6·N·D approximation: about 6 FLOP per parameter per training token (forward and backward passes). " +
      "Not a reported figure.",
    flopMore: "Add the GPUs (“on 2048 H100”) for the time and the cost.",
    costLine: (working) => `Cost: ${working}`,
    roundTheClock: "Counting the GPUs busy 24 hours a day, with no downtime.",
    capexNote: "GPUs only: no servers, network, power or people.",
    systemNote: "A whole system's price: 8 GPUs with the server around them; no cluster network, power or people.",
    perPeriod: { hour: "an hour", day: "a day", week: "a week", month: "a month", year: "a year" },
    overSpan: (span) => `over ${span}`,
    rateNote: "Simple arithmetic on the figure you gave, spread evenly: no growth, no discounts (a month counted as 30 days).",
    rateNoteTold: "Simple arithmetic, spread evenly: no growth, no discounts (a month counted as 30 days).",
    apiLine: (tokens, price, result) => `${tokens} tokens × ${price} per 1M tokens = ${result}`,
    apiNote: "At the price per million tokens you gave. APIs price input and output tokens differently, and cached input for less.",
    missing: (fields) =>
      `To compute this I still need: ${fields}. For example: “4096 GPUs for 30 days at $2/h” or “2.788M GPU-hours at $2”.`,
    problems: "I can't compute that:",
    fields: {
      gpus: "number of GPUs",
      duration: "duration",
      price: "price per GPU-hour",
      gpuHours: "GPU-hours",
      units: "number of units",
      unitPrice: "unit price",
      tokenPrice: "price per million tokens",
      amount: "sum",
      parameters: "number of parameters",
      tokens: "number of tokens",
      utilization: "utilisation (MFU)",
      flop: "compute (FLOP)",
      peakFlops: "chip peak FLOP/s",
    },
    problemKinds: {
      zero: "cannot be zero",
      negative: "cannot be negative",
      too_large: "is too large",
      not_a_number: "does not look like a number",
      not_integer: "must be a whole number",
      contradictory: "is given twice with different values",
    },
    tooLarge: {
      gpus: "is over 10 million — no run has that many GPUs",
      duration: "is over 100 years",
      price: "is over $1,000 per GPU-hour",
      gpuHours: "is more than 10 million GPUs for 100 years",
    },
    bothModes: "both GPUs × time and GPU-hours are given — keep one of them",
    presetFigures: (by, model) => `${by}'s figures for ${model}`,
    presetWhat: {
      run: "The GPU count and training time are",
      gpus: "The GPU count is",
      duration: "The training time is",
      gpuHours: "The GPU-hours are",
    },
    presetNote: (what, by, model, chip, refs, priceGiven) =>
      `${what} ${by}'s figures for ${model}${chip ? ` (${chip})` : ""} ${refs}${priceGiven ? "; the price is yours" : ""}.`,
    amountNote: (subject, refs) => `The starting sum is the ${subject} figure from the answer above${refs}.`,
    rentPriceNote: (chip, listed, date, refs, lowest) =>
      `The price is the ${chip}'s market rent: ${listed} per GPU-hour (${date})${refs}${lowest ? "; the calculation takes the lowest" : ""}.`,
    presetUnknown: (name) => `I don't know the model “${name}”. Name it as in /compare, e.g. “like Grok 3 at $1.5/h”.`,
    presetNoApiPrice: (model) =>
      `My data has no API price for ${model}, so there is nothing to bill the tokens at. Give the price: “10M tokens at $2.19 per million”.`,
    apiPriceNote: (model, side, date, refs) =>
      `At ${model}'s API list price for ${side === "input" ? "input tokens (cache miss)" : side === "output" ? "output tokens" : "input (cache miss) and output tokens"}, as of ${date} ${refs}. Cached input costs less; other models and dates cost otherwise.`,
    apiSplitLine: (inputTokens, inputPrice, outputTokens, outputPrice, result) =>
      `${inputTokens} input × ${inputPrice} + ${outputTokens} output × ${outputPrice} per 1M tokens = ${result}`,
    presetNoFigures: (model) =>
      `My data has no GPU count and training time (or GPU-hours) for ${model}, so there is nothing to take from it. Give the numbers instead: /calc 2048 GPUs 57 days $2/h.`,
  },
  settings: {
    privateOnly: "Settings are for groups: add me to a group and send /settings there.",
    notAdmin: "Only the group's admins can change settings.",
    status: (keywordMode, interval) =>
      `<b>Group settings</b>\nKeyword mode: <b>${keywordMode ? "on" : "off"}</b>.\n` +
      `When it is on, I also answer messages that clearly ask about AI costs without a mention — at most once every ${interval}. ` +
      "I always answer commands, mentions and replies to my messages.",
    on: "Turn on",
    off: "Turn off",
    minutes: (n) => `${n} min`,
  },
  account: {
    forgot: (answers, language, contexts) =>
      `Deleted everything I kept about you: answer records — ${answers}, language choice — ${language ? "yes" : "none"}, conversation contexts — ${contexts}.`,
    stats: "Statistics for 7 days",
    perDay: "Answers per day (answered / unsure / not answered)",
    top: "Most asked",
    unanswered: "Unanswered questions — candidates for the knowledge base",
    unsure: "Questions I was unsure of — worth a look",
    none: "none",
  },
  inline: {
    compare: (a, b) => `Comparison: ${a} vs ${b}`,
    calc: "Cost calculation",
    modelFact: (model, figure) => `${model} · ${figure}`,
    figures: {
      cost: "training cost",
      compute: "training compute",
      gpus: "GPU count",
      gpuHours: "GPU-hours",
      trainingTime: "training time",
      parameters: "parameters",
      tokens: "training tokens",
    },
  },
};
