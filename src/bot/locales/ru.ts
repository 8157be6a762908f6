import { NUMBER_LOCALE } from "../../langs.js";
import type { Messages, Plural } from "./messages.js";

const same = (word: string): Plural => ({ one: word, few: word, many: word, other: word });

export const ru: Messages = {
  meta: {
    name: "Русский",
    locale: NUMBER_LOCALE.ru,
    dateLocale: "ru-RU",
    // Ukrainian and Belarusian speakers read Russian more often than English.
    telegramCodes: ["ru", "uk", "be"],
    letters: /[а-яё]/i,
  },
  format: {
    scales: [
      [1e12, " трлн"],
      [1e9, " млрд"],
      [1e6, " млн"],
      [1e3, " тыс."],
    ],
  },
  units: {
    gpus: same("GPU"),
    gpusOf: (model) => same(`GPU ${model}`),
    gpuHours: { one: "GPU-час", few: "GPU-часа", many: "GPU-часов", other: "GPU-часа" },
    gpuHoursOf: (model) => ({ one: `GPU-час ${model}`, few: `GPU-часа ${model}`, many: `GPU-часов ${model}`, other: `GPU-часа ${model}` }),
    duration: {
      hour: { one: "час", few: "часа", many: "часов", other: "часа" },
      day: { one: "день", few: "дня", many: "дней", other: "дня" },
      week: { one: "неделя", few: "недели", many: "недель", other: "недели" },
      month: { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" },
      year: { one: "год", few: "года", many: "лет", other: "года" },
    },
    times: { one: "раз", few: "раза", many: "раз", other: "раза" },
    characters: { one: "символа", few: "символов", many: "символов", other: "символа" },
  },
  common: {
    sourcesButton: "Источники",
  },
  errors: {
    generic: "Что-то пошло не так на моей стороне. Попробуйте ещё раз.",
    slowDown: "Слишком много сообщений подряд — подождите несколько секунд, следующие я прочитаю.",
    staleButton: "Эта кнопка устарела.",
    unknownCommand: "Такой команды нет. Посмотрите /help или просто задайте вопрос текстом.",
    textOnly: "Я понимаю только текст. Напишите вопрос словами — например, «сколько стоил GPT-4?»",
    empty: "Пустое сообщение. Задайте вопрос — например, «сколько стоил DeepSeek V3?»",
    tooLong: (limit) => `Слишком длинное сообщение. Задайте один короткий вопрос (до ${limit}).`,
  },
  commands: {
    start: "Что умеет бот",
    help: "Справка и команды",
    facts: "Темы и факты кнопками",
    calc: "Калькулятор: GPU × время × цена",
    compare: "Сравнить модели: /compare deepseek gpt4",
    sources: "Источники последнего ответа",
    lang: (langs) => `Язык ответов: ${langs}`,
    settings: "Настройки группы (для админов)",
    forget: "Удалить всё, что бот хранит обо мне",
  },
  start: {
    greeting:
      "Привет! Я отвечаю на вопросы о стоимости обучения ИИ — DeepSeek и его сравнения с GPT-4, Gemini, Llama — по базе проверенных цифр. " +
      "У каждого ответа есть источник и пометка, чьё это утверждение: компании, аналитиков, прессы или наш расчёт.\n\n" +
      "Спросите своими словами, например:",
    examples: [
      "DeepSeek правда обучили за $6 млн?",
      "Сколько стоил GPT-4?",
      "Сколько видеокарт у DeepSeek?",
      "Сколько стоило обучение R1?",
    ],
  },
  help: {
    text: (langs) =>
      "<b>Как пользоваться</b>\n" +
      "Пишите вопрос обычным текстом по-русски или по-английски: «сколько стоил DeepSeek V3?», «на скольких GPU обучали GPT-4?».\n\n" +
      "<b>Команды</b>\n" +
      "/facts — темы и факты кнопками\n" +
      "/compare deepseek gpt4 — сравнение с графиком\n" +
      "/calc 2048 GPU 57 дней $2/ч — калькулятор; уточняйте: «а если 4096 GPU?», «а в рублях?»\n" +
      "/sources — полные источники последнего ответа\n" +
      `/lang ${langs} — язык ответов\n` +
      "/forget — удалить всё, что я храню о вас\n" +
      "/help — эта справка\n\n" +
      "Если я не знаю ответа, так и скажу — цифр без источника не бывает.",
  },
  reader: {
    understood: (what) => `<i>Понял так: ${what}</i>`,
    measures: {
      training_cost: "стоимость обучения",
      training_compute: "вычисления на обучение (FLOP)",
      gpu_hours: "GPU-часы",
      gpu_count: "число GPU",
      training_time: "время обучения",
      hardware: "на каком железе обучали",
      parameters: "число параметров",
      training_tokens: "объём данных (токены)",
      api_price: "цена API",
      inference_cost: "стоимость инференса",
      opex: "операционные расходы",
      capex: "капитальные затраты",
      hardware_spend: "расходы на железо",
      gpu_fleet: "парк GPU",
      salaries: "зарплаты",
      headcount: "число сотрудников",
      investment: "инвестиции",
      funding: "финансирование",
      revenue: "выручка и убытки",
      valuation: "оценка компании",
      market_value: "рыночная стоимость",
      chip_price: "цена чипа",
      rental_price: "цена аренды GPU",
      chip_spec: "характеристики чипа",
      export_controls: "экспортные ограничения",
      price_trend: "как падают цены",
      cost_trend: "как растёт стоимость",
      cost_scope: "что входит в цифру",
      techniques: "за счёт чего дёшево",
      estimate_differences: "почему оценки расходятся",
      release: "дата выхода",
      architecture: "архитектура",
      fx_rate: "курс валют",
    },
    orButton: (what) => `Или: ${what}`,
    verdicts: {
      confirmed: "✅ Подтверждается",
      roughly_right: "≈ Примерно так",
      misleading: "⚠️ Вводит в заблуждение",
      wrong: "❌ Неверно",
      not_verifiable: "❓ Проверить нельзя",
    },
    claimed: (claim) => `В вопросе: ${claim}`,
    trainedOn: (chip) => `обучение на ${chip}`,
    claimNumber: (n, text) => `<b>${n}.</b> «${text}»`,
    missingMeasure: (subject, measure) => `Для ${subject} в моей базе нет цифры «${measure}».`,
    whatThereIs: "Что есть:",
    notInData: (name) => `«${name}» нет в моих данных, поэтому цифр о нём не дам.`,
    near: "Похожее, что есть:",
    askButton: (subject, measure) => `${subject} — ${measure}`,
    chat: "Я отвечаю на вопросы о деньгах в ИИ: сколько стоило обучение моделей, цены GPU и API, рынок. Спросите, например: «сколько стоил GPT-4?» или «правда, что DeepSeek обучили за $6 млн?»",
    howEstimated: (notes) => `Как оценено (Epoch AI, в оригинале): ${notes}`,
    converted: (amount, rate, date) => `≈ ${amount} (курс ${rate} на ${date})`,
    nothingToConvert:
      "В последнем ответе нет суммы в долларах, которую можно пересчитать. Спросите цифру — например, «сколько стоил GPT-4?» — а потом «а в рублях?».",
  },
  questions: {
    dontKnow: "Этого я не знаю — в моей базе нет подходящей проверенной цифры, а придумывать я не буду.",
    dontKnowSuggest: "Могу рассказать, например:",
    didYouMean: "Уточните, что вы имели в виду:",
    noSuchFigure: (subject) => `Такой цифры для ${subject} в моей базе нет. Что есть:`,
  },
  facts: {
    chooseTopic: "Выберите тему:",
    inTopic: (topic) => `<b>${topic}</b>\nВыберите факт:`,
    back: "« Темы",
  },
  sources: {
    heading: "Источники",
    fullHeading: "Источники последнего ответа",
    dateUnknown: "дата не указана",
    urlUnknown: "ссылка не указана",
    noneYet: "В этом чате ещё не было ответа с источниками. Задайте вопрос — например, «сколько стоил DeepSeek V3?»",
    claimType: {
      company_claim: "заявление компании",
      executive_statement: "слова руководителя",
      analyst_estimate: "оценка аналитиков",
      press_report: "сообщение СМИ",
      research_estimate: "оценка исследователей",
      vendor_spec: "спецификация производителя",
      our_calculation: "наш расчёт",
    },
  },
  lang: {
    choose: "Выберите язык ответов:",
    changed: "Готово: отвечаю по-русски.",
    unknown: (arg, available) => `Не знаю язык «${arg}». Доступны: ${available}.`,
  },
  compare: {
    usage:
      "Сравню две модели по стоимости обучения, GPU, GPU-часам, параметрам и токенам — с графиком. Например: /compare deepseek gpt4. Или выберите пару:",
    unknown: (names) => `Не знаю таких моделей. Могу сравнить: ${names}.`,
    notComparable: (name, names) => `Для «${name}» нет цифры стоимости обучения, сравнивать нечего. Могу сравнить: ${names}.`,
    same: "Это одна и та же модель — назовите две разные, например /compare deepseek gpt4.",
    pair: (a, b) => `${a} vs ${b}`,
    title: (a, b) => `${a} и ${b}`,
    cheaper: (cheap, dear, ratio, times) => `${cheap} дешевле ${dear} примерно в ${ratio} ${times} — смотря какую оценку брать.`,
    cheaperOne: (cheap, dear, ratio, times) => `${cheap} дешевле ${dear} примерно в ${ratio} ${times}.`,
    noRatio: "Посчитать соотношение нельзя: у одной из моделей нет цифры стоимости.",
    cost: "Стоимость обучения",
    gpus: "GPU",
    gpuHours: "GPU-часы",
    parameters: "Параметры",
    tokens: "Токены",
    none: "нет данных",
    active: (total, active) => `${total} (${active} активных)`,
    comparable: "Насколько это сравнимо",
    methods: "Цифры получены разными методами (см. каждую строку).",
    roughGuide: "Отношение таких цифр — грубый ориентир, а не сравнение один к одному.",
    chartTitle: (a, b) => `Стоимость обучения: ${a} и ${b}`,
    chartSubtitle: "оценки получены разными методами — см. примечание",
  },
  calc: {
    usage:
      "Калькулятор стоимости обучения. Примеры:\n" +
      "/calc 2048 GPU 57 дней $2/ч\n" +
      "/calc 2,788 млн GPU-часов по $2\n" +
      "/calc 37B параметров 14,8T токенов 2048 H800 40%\n" +
      "Можно и обычным текстом: «а если 4096 GPU на два месяца?». Месяц = 30 дней; без цены беру $2/GPU-час из отчёта DeepSeek.",
    buttons: { double: "×2 GPU", price: (price) => `по ${price}/ч`, rub: "В рублях", usd: "В долларах" },
    title: "Расчёт",
    perGpuHour: "/GPU·ч",
    hoursPerDay: "24 ч",
    anyGpu: "GPU",
    assumedPrice: (price, ref) => `Цена не указана — беру допущение DeepSeek: ${price} за GPU-час [${ref}].`,
    assumedDuration: (duration, ref) =>
      `Срок не указан — беру длительность прогона DeepSeek V3: 2,788 млн GPU-часов на 2048 GPU ≈ ${duration} [${ref}].`,
    assumedModel: "Модель GPU не указана — считаю по H100.",
    assumedUtilization: (ref) => `Загрузка не указана — беру 40% MFU (Meta сообщает 38–43% для Llama 3 [${ref}]).`,
    monthNote: "Месяц = 30 дней.",
    comparison: (reference, referenceGpuHours, ratio, ref) =>
      `Для сравнения: DeepSeek V3 — ${reference} (${referenceGpuHours}) [${ref}]; ваш расчёт — ${ratio}.`,
    ratioMore: (ratio, times) => `в ${ratio} ${times} больше`,
    ratioLess: (ratio, times) => `в ${ratio} ${times} меньше`,
    ratioSame: "примерно столько же",
    converted: (amount, rate, date, refs) => `≈ ${amount} по курсу ${rate} на ${date}${refs}.`,
    configuredRate: "курс задан настройкой бота",
    officialRate: "официальный курс Банка России, cbr.ru",
    noRate: "Нет проверенного курса для этой валюты.",
    computeLine: (flop) => `6 × параметры × токены ≈ ${flop} FLOP`,
    capexNote: "Только покупка GPU: без серверов, сети, энергии и людей.",
    missing: (fields) => `Для расчёта не хватает: ${fields}. Например: «4096 GPU на 30 дней по $2/ч» или «2,788 млн GPU-часов по $2».`,
    problems: "Не могу посчитать:",
    fields: {
      gpus: "число GPU",
      duration: "срок",
      price: "цена за GPU-час",
      gpuHours: "GPU-часы",
      units: "число штук",
      unitPrice: "цена за штуку",
      parameters: "число параметров",
      tokens: "число токенов",
      utilization: "загрузка (MFU)",
    },
    problemKinds: {
      zero: "не может быть нулём",
      negative: "не может быть отрицательным",
      too_large: "слишком большое значение",
      not_a_number: "не похоже на число",
      not_integer: "должно быть целым",
      contradictory: "указано дважды с разными значениями",
    },
    tooLarge: {
      gpus: "больше 10 млн — столько GPU не бывает в одном расчёте",
      duration: "больше 100 лет",
      price: "больше $1000 за GPU-час",
      gpuHours: "больше, чем 10 млн GPU за 100 лет",
    },
    bothModes: "даны и GPU × срок, и GPU-часы — оставьте что-то одно",
  },
  settings: {
    privateOnly: "Настройки — для групп: добавьте меня в группу и отправьте /settings там.",
    notAdmin: "Менять настройки могут только администраторы группы.",
    status: (keywordMode, interval) =>
      `<b>Настройки группы</b>\nРежим ключевых слов: <b>${keywordMode ? "включён" : "выключен"}</b>.\n` +
      `Когда он включён, я отвечаю и без упоминания на сообщения, которые явно спрашивают о стоимости ИИ, — не чаще раза в ${interval}. ` +
      "Всегда отвечаю на команды, упоминания и ответы на мои сообщения.",
    on: "Включить",
    off: "Выключить",
    minutes: (n) => `${n} мин`,
  },
  account: {
    forgot: (answers, language, contexts) =>
      `Удалено всё, что я хранил о вас: записей ответов — ${answers}, выбор языка — ${language ? "да" : "не было"}, контекстов разговора — ${contexts}.`,
    stats: "Статистика за 7 дней",
    perDay: "Ответы по дням (отвечено / без ответа)",
    top: "Чаще всего спрашивали",
    unanswered: "Вопросы без ответа — кандидаты в базу",
    none: "нет",
  },
  inline: {
    compare: (a, b) => `Сравнение: ${a} и ${b}`,
    calc: "Расчёт стоимости",
  },
};
