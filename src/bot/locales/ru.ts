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
    systemsOf: (system) => ({ one: `система ${system}`, few: `системы ${system}`, many: `систем ${system}`, other: `системы ${system}` }),
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
    models: { one: "модель", few: "модели", many: "моделей", other: "модели" },
    chips: { one: "чип", few: "чипа", many: "чипов", other: "чипа" },
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
    top: "Рейтинги: /top cost 5, /top compute, /top h100",
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
      "/compare deepseek gpt4 — любые две модели рядом, с графиком\n" +
      "/top cost 5 — самые дорогие обучения; /top compute, /top h100, /top trend\n" +
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
    ratioFound: (ratio, times) => `По цифрам ниже: в ${ratio} ${times}`,
    forwardedHeading: "Проверил утверждения из пересланного сообщения",
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
    whichFigureOf: (subject) => `Не понял, какая цифра о ${subject} вам нужна. Вот какие у меня есть:`,
    noSuchFigure: (subject) => `Такой цифры для ${subject} в моей базе нет. Что есть:`,
  },
  facts: {
    chooseTopic: "Выберите тему:",
    inTopic: (topic) => `<b>${topic}</b>\nВыберите факт:`,
    back: "« Темы",
    epochIntro: (title, models) =>
      `<b>${title}</b>\n${models} с цифрами Epoch AI — слишком много для списка. Начните с рейтинга или тренда или спросите о модели по имени («сколько стоил грок 3?», /compare grok 3 gpt-4.5).`,
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
      "Сравню любые две модели по стоимости обучения, вычислениям, GPU, GPU-часам, времени обучения, параметрам и токенам — с графиком. Например: /compare deepseek gpt4, /compare grok 3 gpt-4.5. Или выберите пару:",
    unknown: (examples) => `Не знаю таких моделей. Назовите две модели из моих данных, например ${examples}; самые дорогие — в /top cost.`,
    notComparable: (name, examples) => `«${name}» — не модель с цифрами в моих данных, сравнивать нечего. Попробуйте ${examples}.`,
    noFigures: (name, missing) => `Для ${name} в моих данных нет ${missing} — сравнивать не по чему.`,
    same: "Это одна и та же модель — назовите две разные, например /compare deepseek gpt4.",
    pair: (a, b) => `${a} vs ${b}`,
    title: (a, b) => `${a} и ${b}`,
    headline: (cheap, dear, ratio, times, basis) => `${cheap} дешевле ${dear} примерно в ${ratio} ${times}, если сравнивать ${basis}.`,
    bases: {
      epoch: (a, b) => `оценки Epoch AI для обеих в долларах 2023 года (${a} и ${b})`,
      epochCloud: (a, b) => `оценки Epoch AI для обеих по облачным ценам (${a} и ${b})`,
      rental: (price, a, b) => `обе по цене аренды GPU ${price} за GPU-час (${a} и ${b})`,
      cloud: (a, b) => `обе по облачным ценам (${a} и ${b})`,
      amortized: (a, b) => `обе как амортизацию железа + энергию финального прогона (${a} и ${b})`,
    },
    range: (range, times) => `Все пары оценок вместе, сделанных разными методами, дают соотношение в ${range} ${times} — см. примечание.`,
    overlap: (cheap, dear, low, high) =>
      `Все пары оценок вместе, сделанных разными методами, дают для ${dear} от ${low} до ${high} стоимостей ${cheap}: по некоторым из них ${cheap} вовсе не дешевле.`,
    cheaper: (cheap, dear, ratio, times) =>
      `${cheap} дешевле ${dear} примерно в ${ratio} ${times} — смотря какую оценку брать; ни одна пара оценок не сделана одним методом.`,
    cheaperOne: (cheap, dear, ratio, times) => `${cheap} дешевле ${dear} примерно в ${ratio} ${times}.`,
    noRatio: "Посчитать соотношение стоимости нельзя: у одной из моделей нет цифры стоимости.",
    computeRatio: (larger, smaller, ratio, times, basis) =>
      `На обучение ${larger} ушло примерно в ${ratio} ${times} больше вычислений, чем на ${smaller} (${basis}).`,
    computeBases: { epoch: "оценки Epoch AI для обеих", mixed: "оценки из разных источников" },
    lineage: (model, base, figure, combined) =>
      `${model} обучали поверх ${base}: ${figure} — это только дообучение ${model}, без обучения ${base}, поэтому с полным обучением эту цифру не сравниваю. ${model} сравниваю как ${combined}: по цифрам, которые покрывают обе.`,
    combined: (base, model) => `${base} + ${model}`,
    onTopOf: (base) => `поверх ${base}`,
    partnerPopular: (name) => `Сравниваю с ${name} — эту пару спрашивают чаще всего. Другую пару: /compare A B.`,
    partnerClosest: (name) =>
      `Сравниваю с ${name} — ближайшей моделью в моих данных (та же линейка или компания, ближайшая дата). Другую пару: /compare A B.`,
    cost: "Стоимость обучения",
    compute: "Вычисления на обучение",
    gpus: "GPU",
    gpuHours: "GPU-часы",
    trainingTime: "Время обучения",
    parameters: "Параметры",
    tokens: "Токены",
    none: "нет данных",
    active: (total, active) => `${total} (${active} активных)`,
    hours: (hours, days) => `${hours} ч (${days} сут.)`,
    rated: (claimType, confidence) => (confidence ? `${claimType}; по шкале Epoch AI — «${confidence}»` : claimType),
    confidence: { confident: "уверенная", likely: "вероятная", speculative: "спекулятивная", unknown: "неизвестная" },
    ours: "наш расчёт",
    cloudShort: "облачные цены",
    comparable: "Насколько это сравнимо",
    methods: "Цифры получены разными методами (см. каждую строку).",
    roughGuide: "Отношение таких цифр — грубый ориентир, а не сравнение один к одному.",
    likeForLike:
      "Главное соотношение сравнивает две цифры, полученные одним методом; диапазон берёт все пары, каким бы методом они ни были получены, и это лишь грубый ориентир.",
    ourEstimate: {
      title: "Наш расчёт — не заявленная стоимость",
      line: (model, flop, chip, peak, peakRef, util, utilRef, gpuHours, price, priceRef, usd) =>
        `${model}: ${flop} ÷ (${chip} ${peak} TFLOP/s${peakRef} × загрузка ${util}${utilRef}) ≈ ${gpuHours} × ${price}/GPU·ч${priceRef} ≈ ${usd}`,
      note: (model, ownChip) =>
        `Сколько стоила бы аренда этих вычислений при таких допущениях${ownChip ? "" : " (взят H100: для чипа модели у меня нет пиковой производительности)"}: иллюстрация, а не стоимость ${model} — такой цифры никто не называл.`,
    },
    missing: (name, list) => `${name}: в моих данных нет ${list}.`,
    figureNames: {
      cost: "стоимости обучения",
      compute: "вычислений на обучение",
      gpus: "числа GPU",
      gpuHours: "GPU-часов",
      trainingTime: "времени обучения",
      parameters: "числа параметров",
      tokens: "числа токенов",
    },
    chartTitle: (a, b) => `Стоимость обучения: ${a} и ${b}`,
    chartSubtitle: "каждый столбец — одна оценка; выделена пара одного метода, по которой считано соотношение",
    chartComputeTitle: (a, b) => `Вычисления на обучение: ${a} и ${b}`,
    chartComputeSubtitle: "FLOP, по оценкам",
  },
  rankings: {
    usage:
      "Рейтинги по таблице Epoch AI: /top cost 5 (самые дорогие обучения), /top compute, /top gpus, /top params, /top tokens, /top h100 (обученные на H100), /top google, /top trend (как быстро дорожает обучение).",
    title: {
      training_cost: "Самые дорогие обучения",
      training_compute: "Больше всего вычислений на обучение",
      gpu_count: "Самые большие кластеры для обучения",
      parameters: "Самые большие модели по числу параметров",
      training_tokens: "Самые большие обучающие наборы",
    },
    measureNote: {
      training_cost: "оценка Epoch AI: стоимость вычислений финального прогона, в долларах 2023 года",
      training_compute: "оценка Epoch AI: вычисления на обучение, FLOP",
      gpu_count: "число чипов при обучении, по таблице Epoch AI",
      parameters: "число параметров, по таблице Epoch AI",
      training_tokens: "токены обучающего набора (языковые модели), по таблице Epoch AI",
    },
    hardware: (chip) => `обучены на ${chip}`,
    organization: (org) => `компания ${org}`,
    since: (date) => `с ${date}`,
    named: "среди названных моделей",
    beside: (figures) => `ещё: ${figures}`,
    none: "В моих данных нет подходящих моделей.",
    fewer: (models) => `Подходят только ${models}.`,
    sourcesNote: (models) => `Статьи и анонсы самих моделей (${models}): /sources.`,
    chartTitle: {
      training_cost: "Стоимость обучения заметных моделей",
      training_compute: "Вычисления на обучение заметных моделей",
      gpu_count: "Размер кластера для обучения",
      parameters: "Число параметров заметных моделей",
      training_tokens: "Обучающие наборы заметных моделей",
    },
    chartSubtitle: {
      training_cost: "финальный прогон, доллары 2023 года, логарифмическая шкала; с номерами — список",
      training_compute: "FLOP, логарифмическая шкала; с номерами — список",
      gpu_count: "чипы, логарифмическая шкала; с номерами — список",
      parameters: "логарифмическая шкала; с номерами — список",
      training_tokens: "токены, логарифмическая шкала; с номерами — список",
    },
    trendTitle: {
      training_cost: "Как быстро дорожает обучение",
      training_compute: "Как быстро растут вычисления на обучение",
      gpu_count: "Как быстро растут кластеры",
      parameters: "Как быстро растут модели",
      training_tokens: "Как быстро растут обучающие наборы",
    },
    trend: (factor, from, to, models) =>
      `Модели на переднем крае — ${models} с ${from} по ${to}: рост примерно ×${factor} в год (наша прямая методом наименьших квадратов по цифрам Epoch AI в логарифмической шкале).`,
    trendPublished: (factor, ref) =>
      `Собственная опубликованная оценка Epoch AI — ×${factor} в год ${ref}: это другая подгонка (другие годы и модели), поэтому цифры расходятся.`,
    frontierNote:
      "Передний край — модели, которые на момент выхода входили в 10 крупнейших по вычислениям на обучение (определение Epoch AI).",
    perYear: (factor) => `×${factor} в год`,
    noTrend: "Слишком мало передовых моделей с такой цифрой, чтобы посчитать тренд.",
    buttons: { cost: "Топ по стоимости", compute: "Топ по вычислениям", trend: "Тренд стоимости" },
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
    flopLine: (parameters, tokens, flop) => `6 × ${parameters} параметров × ${tokens} токенов ≈ ${flop} FLOP`,
    flopNote:
      "Это наш расчёт по обычному приближению 6·N·D: около 6 FLOP на параметр на токен обучения (прямой и обратный проход). " +
      "Это не опубликованная цифра.",
    flopMore: "Добавьте GPU («на 2048 H100») — посчитаю время и стоимость.",
    costLine: (working) => `Стоимость: ${working}`,
    roundTheClock: "Считаю, что GPU заняты 24 часа в сутки без простоев.",
    capexNote: "Только покупка GPU: без серверов, сети, энергии и людей.",
    systemNote: "Цена системы целиком: 8 GPU с сервером вокруг них; без сети кластера, энергии и людей.",
    perPeriod: { hour: "в час", day: "в день", week: "в неделю", month: "в месяц", year: "в год" },
    overSpan: (span) => `за ${span}`,
    rateNote: "Простая арифметика с вашей цифрой, поровну: без роста и скидок (месяц — 30 дней).",
    rateNoteTold: "Простая арифметика, поровну: без роста и скидок (месяц — 30 дней).",
    apiLine: (tokens, price, result) => `${tokens} токенов × ${price} за 1 млн токенов = ${result}`,
    apiNote: "По вашей цене за миллион токенов. Входные и выходные токены у API стоят по-разному, кэшированный вход дешевле.",
    missing: (fields) => `Для расчёта не хватает: ${fields}. Например: «4096 GPU на 30 дней по $2/ч» или «2,788 млн GPU-часов по $2».`,
    problems: "Не могу посчитать:",
    fields: {
      gpus: "число GPU",
      duration: "срок",
      price: "цена за GPU-час",
      gpuHours: "GPU-часы",
      units: "число штук",
      unitPrice: "цена за штуку",
      tokenPrice: "цена за миллион токенов",
      amount: "сумма",
      parameters: "число параметров",
      tokens: "число токенов",
      utilization: "загрузка (MFU)",
      flop: "объём вычислений (FLOP)",
      peakFlops: "пиковая производительность чипа",
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
    presetFigures: (by, model) => `цифры ${by} для ${model}`,
    presetWhat: { run: "Число GPU и время обучения", gpus: "Число GPU", duration: "Время обучения", gpuHours: "GPU-часы" },
    presetNote: (what, by, model, chip, refs, priceGiven) =>
      `${what} — цифры ${by} для ${model}${chip ? ` (${chip})` : ""} ${refs}${priceGiven ? "; цена — ваша" : ""}.`,
    amountNote: (subject, refs) => `Исходная сумма — цифра о ${subject} из ответа выше${refs}.`,
    rentPriceNote: (chip, listed, date, refs, lowest) =>
      `Цена — рыночная аренда ${chip}: ${listed} за GPU-час (${date})${refs}${lowest ? "; в расчёте — нижняя" : ""}.`,
    presetUnknown: (name) => `Не знаю модель «${name}». Назовите её как в /compare, например «как грок 3 по $1,5/ч».`,
    presetNoApiPrice: (model) =>
      `В моих данных нет цены API для ${model}, так что считать токены не по чему. Укажите цену: «10 млн токенов по $2,19 за миллион».`,
    apiPriceNote: (model, side, date, refs) =>
      `По прайсу API ${model} за ${side === "input" ? "входные токены (без кэша)" : side === "output" ? "выходные токены" : "входные (без кэша) и выходные токены"} на ${date} ${refs}. Кэшированный вход дешевле; у других моделей и в другие даты цены другие.`,
    apiSplitLine: (inputTokens, inputPrice, outputTokens, outputPrice, result) =>
      `${inputTokens} входных × ${inputPrice} + ${outputTokens} выходных × ${outputPrice} за 1 млн токенов = ${result}`,
    presetNoFigures: (model) =>
      `Для ${model} в моих данных нет числа GPU и времени обучения (или GPU-часов) — брать нечего. Дайте цифры сами: /calc 2048 GPU 57 дней $2/ч.`,
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
    perDay: "Ответы по дням (отвечено / не уверен / без ответа)",
    top: "Чаще всего спрашивали",
    unanswered: "Вопросы без ответа — кандидаты в базу",
    unsure: "Вопросы, в которых я не был уверен — проверить",
    none: "нет",
  },
  inline: {
    compare: (a, b) => `Сравнение: ${a} и ${b}`,
    calc: "Расчёт стоимости",
    modelFact: (model, figure) => `${model} · ${figure}`,
    figures: {
      cost: "стоимость обучения",
      compute: "вычисления на обучение",
      gpus: "число GPU",
      gpuHours: "GPU-часы",
      trainingTime: "время обучения",
      parameters: "число параметров",
      tokens: "обучающие токены",
    },
  },
};
