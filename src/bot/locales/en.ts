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
      "/compare deepseek gpt4 — side by side, with a chart\n" +
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
    noSuchFigure: (subject) => `I have no such figure for ${subject}. What I do have:`,
  },
  facts: {
    chooseTopic: "Choose a topic:",
    inTopic: (topic) => `<b>${topic}</b>\nChoose a fact:`,
    back: "« Topics",
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
      "I compare two models on training cost, GPUs, GPU-hours, parameters and tokens — with a chart. For example: /compare deepseek gpt4. Or pick a pair:",
    unknown: (names) => `I don't know those models. I can compare: ${names}.`,
    notComparable: (name, names) =>
      `There is no training-cost figure for “${name}”, so there is nothing to compare. I can compare: ${names}.`,
    same: "That is the same model twice — name two different ones, e.g. /compare deepseek gpt4.",
    pair: (a, b) => `${a} vs ${b}`,
    title: (a, b) => `${a} vs ${b}`,
    cheaper: (cheap, dear, ratio) => `${cheap} is ≈${ratio}× cheaper than ${dear}, depending on which estimate you take.`,
    cheaperOne: (cheap, dear, ratio) => `${cheap} is ≈${ratio}× cheaper than ${dear}.`,
    noRatio: "No ratio: one of the models has no cost figure.",
    cost: "Training cost",
    gpus: "GPUs",
    gpuHours: "GPU-hours",
    parameters: "Parameters",
    tokens: "Tokens",
    none: "no figure",
    active: (total, active) => `${total} (${active} active)`,
    comparable: "How comparable",
    methods: "The figures come from different methods (see each line).",
    roughGuide: "A ratio of such figures is a rough guide, not a like-for-like comparison.",
    chartTitle: (a, b) => `Training cost: ${a} vs ${b}`,
    chartSubtitle: "estimates made by different methods — see the note",
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
    capexNote: "GPUs only: no servers, network, power or people.",
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
      parameters: "number of parameters",
      tokens: "number of tokens",
      utilization: "utilisation (MFU)",
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
    perDay: "Answers per day (answered / not answered)",
    top: "Most asked",
    unanswered: "Unanswered questions — candidates for the knowledge base",
    none: "none",
  },
  inline: {
    compare: (a, b) => `Comparison: ${a} vs ${b}`,
    calc: "Cost calculation",
  },
};
