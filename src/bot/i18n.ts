import type { ClaimType, Lang } from "../knowledge/schema.js";

/** Telegram's language_code → our language: Russian for ru/uk/be speakers, English otherwise. */
export function langFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === "ru" || base === "uk" || base === "be" ? "ru" : "en";
}

interface Messages {
  start: string;
  help: string;
  examples: string[];
  claimType: Record<ClaimType, string>;
  sourcesHeading: string;
  sourceDateUnknown: string;
  sourceUrlUnknown: string;
  noSourcesYet: string;
  sourcesFullHeading: string;
  dontKnow: string;
  dontKnowSuggest: string;
  didYouMean: string;
  noSuchFigure: (subject: string) => string;
  langChanged: string;
  langChoose: string;
  langUnknown: (arg: string) => string;
  factsChooseTopic: string;
  factsInTopic: (topic: string) => string;
  back: string;
  unknownCommand: string;
  textOnly: string;
  tooLong: (limit: number) => string;
  empty: string;
  staleButton: string;
  error: string;
  commandDescriptions: {
    start: string;
    help: string;
    facts: string;
    calc: string;
    compare: string;
    sources: string;
    lang: string;
    settings: string;
    forget: string;
  };
  slowDown: string;
}

const ru: Messages = {
  start:
    "Привет! Я отвечаю на вопросы о стоимости обучения ИИ — DeepSeek и его сравнения с GPT-4, Gemini, Llama — по базе проверенных цифр. " +
    "У каждого ответа есть источник и пометка, чьё это утверждение: компании, аналитиков, прессы или наш расчёт.\n\n" +
    "Спросите своими словами, например:",
  help:
    "<b>Как пользоваться</b>\n" +
    "Пишите вопрос обычным текстом по-русски или по-английски: «сколько стоил DeepSeek V3?», «на скольких GPU обучали GPT-4?».\n\n" +
    "<b>Команды</b>\n" +
    "/facts — темы и факты кнопками\n" +
    "/compare deepseek gpt4 — сравнение с графиком\n" +
    "/calc 2048 GPU 57 дней $2/ч — калькулятор; уточняйте: «а если 4096 GPU?», «а в рублях?»\n" +
    "/sources — полные источники последнего ответа\n" +
    "/lang ru|en — язык ответов\n" +
    "/forget — удалить всё, что я храню о вас\n" +
    "/help — эта справка\n\n" +
    "Если я не знаю ответа, так и скажу — цифр без источника не бывает.",
  examples: ["DeepSeek правда обучили за $6 млн?", "Сколько стоил GPT-4?", "Сколько видеокарт у DeepSeek?", "Сколько стоило обучение R1?"],
  claimType: {
    company_claim: "заявление компании",
    executive_statement: "слова руководителя",
    analyst_estimate: "оценка аналитиков",
    press_report: "сообщение СМИ",
    research_estimate: "оценка исследователей",
    vendor_spec: "спецификация производителя",
    our_calculation: "наш расчёт",
  },
  sourcesHeading: "Источники",
  sourceDateUnknown: "дата не указана",
  sourceUrlUnknown: "ссылка не указана",
  noSourcesYet: "В этом чате ещё не было ответа с источниками. Задайте вопрос — например, «сколько стоил DeepSeek V3?»",
  sourcesFullHeading: "Источники последнего ответа",
  dontKnow: "Этого я не знаю — в моей базе нет подходящей проверенной цифры, а придумывать я не буду.",
  dontKnowSuggest: "Могу рассказать, например:",
  didYouMean: "Уточните, что вы имели в виду:",
  noSuchFigure: (subject) => `Такой цифры для ${subject} в моей базе нет. Что есть:`,
  langChanged: "Готово: отвечаю по-русски.",
  langChoose: "Выберите язык ответов:",
  langUnknown: (arg) => `Не знаю язык «${arg}». Доступны: /lang ru или /lang en.`,
  factsChooseTopic: "Выберите тему:",
  factsInTopic: (topic) => `<b>${topic}</b>\nВыберите факт:`,
  back: "« Темы",
  unknownCommand: "Такой команды нет. Посмотрите /help или просто задайте вопрос текстом.",
  textOnly: "Я понимаю только текст. Напишите вопрос словами — например, «сколько стоил GPT-4?»",
  tooLong: (limit) => `Слишком длинное сообщение. Задайте один короткий вопрос (до ${limit} символов).`,
  empty: "Пустое сообщение. Задайте вопрос — например, «сколько стоил DeepSeek V3?»",
  staleButton: "Эта кнопка устарела.",
  error: "Что-то пошло не так на моей стороне. Попробуйте ещё раз.",
  commandDescriptions: {
    start: "Что умеет бот",
    help: "Справка и команды",
    facts: "Темы и факты кнопками",
    calc: "Калькулятор: GPU × время × цена",
    compare: "Сравнить модели: /compare deepseek gpt4",
    sources: "Источники последнего ответа",
    lang: "Язык ответов: ru или en",
    settings: "Настройки группы (для админов)",
    forget: "Удалить всё, что бот хранит обо мне",
  },
  slowDown: "Слишком много сообщений подряд — подождите несколько секунд, следующие я прочитаю.",
};

const en: Messages = {
  start:
    "Hi! I answer questions about what AI training costs — DeepSeek and how it compares with GPT-4, Gemini, Llama — from a base of vetted figures. " +
    "Every answer names its source and who makes the claim: the company, analysts, the press or our own calculation.\n\n" +
    "Ask in your own words, for example:",
  help:
    "<b>How to use</b>\n" +
    "Type a question in English or Russian: “how much did DeepSeek V3 cost?”, “how many GPUs trained GPT-4?”.\n\n" +
    "<b>Commands</b>\n" +
    "/facts — browse topics and facts with buttons\n" +
    "/compare deepseek gpt4 — side by side, with a chart\n" +
    "/calc 2048 GPUs 57 days $2/h — calculator; follow up with “and 4096 GPUs?”, “in roubles?”\n" +
    "/sources — full sources of the last answer\n" +
    "/lang ru|en — answer language\n" +
    "/forget — delete everything I keep about you\n" +
    "/help — this help\n\n" +
    "If I don't know, I say so: no figure without a source.",
  examples: [
    "Was DeepSeek really trained for $6M?",
    "How much did GPT-4 cost?",
    "How many GPUs does DeepSeek have?",
    "How much did R1 cost to train?",
  ],
  claimType: {
    company_claim: "company claim",
    executive_statement: "executive statement",
    analyst_estimate: "analyst estimate",
    press_report: "press report",
    research_estimate: "research estimate",
    vendor_spec: "vendor spec",
    our_calculation: "our calculation",
  },
  sourcesHeading: "Sources",
  sourceDateUnknown: "date not given",
  sourceUrlUnknown: "no link given",
  noSourcesYet: "There has been no answer with sources in this chat yet. Ask a question — say, “how much did DeepSeek V3 cost?”",
  sourcesFullHeading: "Sources of the last answer",
  dontKnow: "I don't know that: there is no vetted figure for it in my knowledge base, and I won't make one up.",
  dontKnowSuggest: "I can tell you, for example:",
  didYouMean: "Did you mean:",
  noSuchFigure: (subject) => `I have no such figure for ${subject}. What I do have:`,
  langChanged: "Done: answering in English.",
  langChoose: "Choose the answer language:",
  langUnknown: (arg) => `I don't know the language “${arg}”. Use /lang ru or /lang en.`,
  factsChooseTopic: "Choose a topic:",
  factsInTopic: (topic) => `<b>${topic}</b>\nChoose a fact:`,
  back: "« Topics",
  unknownCommand: "There is no such command. See /help or just ask a question in words.",
  textOnly: "I only understand text. Ask in words — say, “how much did GPT-4 cost?”",
  tooLong: (limit) => `That message is too long. Ask one short question (up to ${limit} characters).`,
  empty: "That message is empty. Ask a question — say, “how much did DeepSeek V3 cost?”",
  staleButton: "This button is out of date.",
  error: "Something went wrong on my side. Please try again.",
  commandDescriptions: {
    start: "What the bot can do",
    help: "Help and commands",
    facts: "Browse topics and facts",
    calc: "Calculator: GPUs × time × price",
    compare: "Compare models: /compare deepseek gpt4",
    sources: "Sources of the last answer",
    lang: "Answer language: ru or en",
    settings: "Group settings (admins)",
    forget: "Delete everything the bot keeps about me",
  },
  slowDown: "Too many messages at once — wait a few seconds and I'll read the next ones.",
};

export const MESSAGES: Record<Lang, Messages> = { ru, en };
export const t = (lang: Lang): Messages => MESSAGES[lang];
