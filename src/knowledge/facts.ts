import type { Bilingual, FactInput } from "./schema.js";

/**
 * The curated facts. Every figure here is taken from shared/reference/ai-economics-facts.md
 * (row ids in comments) and carries the source that reference names. Article claims (section A)
 * are stored as the article's claims; where a primary source disagrees, both are stored and
 * linked through `related`, so the bot tells both.
 */

const V3_SCOPE_CAVEAT: Bilingual = {
  ru: "Это цена аренды GPU для одного финального прогона по условным $2 за GPU-час. Сам отчёт говорит, что в неё не входят предыдущие исследования и абляционные эксперименты; не входят и работа с данными, зарплаты и само железо (GPU у DeepSeek свои, а не арендованные).",
  en: "This is the rental-equivalent price of one final training run at an assumed $2 per GPU-hour. The report itself says it excludes prior research and ablation experiments; data work, staff and the hardware itself (DeepSeek owns its GPUs) are not in it either.",
};

const FLEET_CAVEAT: Bilingual = {
  ru: "Это оценка SemiAnalysis по платной модели, не данные компании. В «50 000 Hopper» много H20 (чипы для инференса), а парк обслуживает ещё исследования, инференс и трейдинг, а не только обучение V3.",
  en: "An estimate from SemiAnalysis' paywalled model, not company data. The “50,000 Hopper” include many H20s (inference-oriented chips), and the fleet also serves research, inference and trading, not just V3's training.",
};

const GPT4_METHODS_CAVEAT: Bilingual = {
  ru: "Оценки GPT-4 измеряют разное: Epoch $40 млн (амортизация железа + энергия), SemiAnalysis $63 млн (аренда в облаке), AI Index $78 млн (облачные прайс-листы), Альтман «больше $100 млн» (неформально, охват неизвестен). GPT-4 обучали на A100 в 2022 году, V3 — на H800 с FP8 двумя годами позже.",
  en: "The GPT-4 figures measure different things: Epoch $40M (amortized hardware + energy), SemiAnalysis $63M (cloud rental), AI Index $78M (cloud list prices), Altman “more than $100M” (informal, scope unknown). GPT-4 was trained on A100s in 2022; V3 on H800s with FP8 two years later.",
};

export const FACTS: FactInput[] = [
  // ── DeepSeek V3: cost and compute ────────────────────────────────────────────
  {
    id: "v3-training-cost", // B6
    subject: "deepseek-v3",
    metric: "training_cost",
    value: 5_576_000,
    unit: "USD",
    details: { gpus: 2048, gpuModel: "H800", gpuHours: 2_788_000 },
    costMethod: {
      ru: "аренда GPU по условным $2 за GPU-час, только финальный прогон",
      en: "GPU rental equivalent at an assumed $2 per GPU-hour, final run only",
    },
    text: {
      ru: "DeepSeek оценивает обучение V3 в $5,576 млн: 2,788 млн GPU-часов на H800 по условной цене аренды $2 за GPU-час.",
      en: "DeepSeek puts V3's training at $5.576M: 2.788M H800 GPU-hours at an assumed rental price of $2 per GPU-hour.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    caveat: V3_SCOPE_CAVEAT,
    phrasings: {
      ru: [
        "сколько стоило обучение DeepSeek V3",
        "сколько стоил DeepSeek",
        "стоимость обучения дипсик",
        "за сколько обучили DeepSeek",
        "во сколько обошлась тренировка V3",
        "бюджет обучения DeepSeek V3",
        "цена обучения модели DeepSeek",
        "сколько денег потратили на обучение дипсика",
        "сколько стоит натренировать DeepSeek",
      ],
      en: [
        "how much did DeepSeek V3 cost to train",
        "how much did DeepSeek cost",
        "DeepSeek V3 training cost",
        "V3 training budget",
        "what did it cost to train DeepSeek",
        "how much money did DeepSeek spend on training V3",
        "price of training deepseek",
      ],
    },
    related: ["article-v3-6m", "v3-gpu-hours-split"],
    topic: "v3-cost",
  },
  {
    id: "article-v3-6m", // A1
    subject: "deepseek-v3",
    metric: "training_cost",
    value: 6_000_000,
    unit: "USD",
    details: { gpus: 2048 },
    costMethod: {
      ru: "округлённая цифра статьи",
      en: "the article's rounded figure",
    },
    text: {
      ru: "В статье сказано, что DeepSeek V3 обучили примерно за $6 млн всего на 2048 GPU.",
      en: "The article says DeepSeek V3 was trained for about $6M using only 2,048 GPUs.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: {
      ru: "«$6 млн» — это округлённые $5,576 млн из отчёта DeepSeek: цена аренды GPU для одного финального прогона по условным $2 за GPU-час. Исследования, абляции, данные, зарплаты и само железо в неё не входят — статья и сама оговаривает, что это только стоимость GPU для предобучения.",
      en: "“$6M” is DeepSeek's own $5.576M rounded up: the rental-equivalent cost of one final run at an assumed $2 per GPU-hour. Research, ablations, data work, staff and the hardware itself are not in it — the article itself notes it covers only the GPU cost of pre-training.",
    },
    phrasings: {
      ru: [
        "правда что DeepSeek обучили за 6 миллионов долларов",
        "дипсик обучили всего за $6 млн",
        "6 миллионов долларов на обучение дипсика",
        "DeepSeek за шесть миллионов",
        "обучили за 6 млн на 2048 видеокартах",
      ],
      en: [
        "was DeepSeek trained for $6M",
        "DeepSeek trained V3 for 6 million dollars",
        "is it true DeepSeek cost only six million",
        "deepseek $6M claim",
        "trained for 6 million on 2048 GPUs",
      ],
    },
    related: ["v3-training-cost"],
    topic: "v3-cost",
  },
  {
    id: "article-v3-cost-scope", // A2
    subject: "deepseek-v3",
    metric: "cost_scope",
    text: {
      ru: "Статья оговаривает: эта сумма покрывает только стоимость GPU для предобучения; исследования, доработка, обработка данных и инфраструктура в неё не входят.",
      en: "The article notes that the figure covers only the GPU cost of pre-training; research, refinement, data processing and infrastructure are left out.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    phrasings: {
      ru: [
        "что не входит в 6 миллионов",
        "что включает стоимость обучения DeepSeek",
        "что не учтено в стоимости дипсика",
        "какие расходы не вошли в оценку",
        "скрытые расходы DeepSeek",
        "полная стоимость DeepSeek с исследованиями",
      ],
      en: [
        "what does the $6M include",
        "what is left out of DeepSeek's cost",
        "what is not included in the training cost",
        "hidden costs of DeepSeek",
        "does the figure include research and staff",
      ],
    },
    related: ["v3-training-cost"],
    topic: "v3-cost",
  },
  {
    id: "v3-gpu-hours", // B1
    subject: "deepseek-v3",
    metric: "gpu_hours",
    value: 2_788_000,
    unit: "GPU-hours",
    details: { gpuHours: 2_788_000, gpuModel: "H800" },
    text: {
      ru: "Официальный прогон обучения DeepSeek V3 занял в сумме 2,788 млн GPU-часов на H800.",
      en: "DeepSeek V3's official training run took 2.788M H800 GPU-hours in total.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    caveat: {
      ru: "Только официальный прогон: предварительные эксперименты в это число не входят.",
      en: "The official run only: earlier experiments are not counted.",
    },
    phrasings: {
      ru: [
        "сколько GPU-часов ушло на DeepSeek V3",
        "GPU часы дипсик",
        "сколько часов работы видеокарт заняло обучение",
        "сколько гпу часов потратил DeepSeek",
      ],
      en: ["how many GPU hours did DeepSeek V3 take", "V3 GPU-hours", "total GPU hours of DeepSeek training", "compute hours deepseek"],
    },
    related: ["v3-gpu-hours-split"],
    topic: "v3-cost",
  },
  {
    id: "v3-gpu-hours-split", // B2–B4
    subject: "deepseek-v3",
    metric: "gpu_hours_split",
    value: 2_664_000,
    unit: "GPU-hours",
    text: {
      ru: "Из 2,788 млн GPU-часов: предобучение на 14,8 трлн токенов — 2664 тыс. (≈ $5,328 млн), расширение контекста 4K→32K→128K — 119 тыс. (≈ $0,238 млн), пост-обучение (SFT + RL) — 5 тыс. (≈ $0,01 млн).",
      en: "Of the 2.788M GPU-hours: pre-training on 14.8T tokens 2,664K (≈ $5.328M), context extension 4K→32K→128K 119K (≈ $0.238M), post-training (SFT + RL) 5K (≈ $0.01M).",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: [
        "из чего складывается стоимость обучения V3",
        "разбивка GPU-часов DeepSeek",
        "сколько стоило предобучение",
        "сколько стоило пост-обучение",
        "стоимость расширения контекста",
        "сколько стоил RL и SFT",
      ],
      en: [
        "breakdown of DeepSeek V3 training cost",
        "how much did pre-training cost",
        "post-training cost",
        "context extension cost",
        "split of GPU hours",
      ],
    },
    related: [],
    topic: "v3-cost",
  },
  {
    id: "v3-price-assumption", // B5
    subject: "deepseek-v3",
    metric: "gpu_hour_price",
    value: 2,
    unit: "USD/GPU-hour",
    text: {
      ru: "Чтобы перевести GPU-часы в доллары, DeepSeek взял условную цену аренды $2 за GPU-час H800.",
      en: "To turn GPU-hours into dollars DeepSeek assumed a rental price of $2 per H800 GPU-hour.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    caveat: {
      ru: "Это допущение: GPU у DeepSeek свои, компания их не арендовала.",
      en: "It is an assumption: DeepSeek owns its GPUs and did not rent them.",
    },
    phrasings: {
      ru: [
        "по какой цене считали GPU-час",
        "цена аренды видеокарты в расчёте DeepSeek",
        "почему 2 доллара за час",
        "сколько стоит час GPU у дипсика",
      ],
      en: [
        "what price per GPU hour did DeepSeek assume",
        "rental price assumption",
        "why $2 per GPU hour",
        "gpu hour price in the deepseek report",
      ],
    },
    related: [],
    topic: "v3-cost",
  },
  {
    id: "v3-cluster", // B9
    subject: "deepseek-v3",
    metric: "gpu_count",
    value: 2048,
    unit: "GPUs",
    details: { gpus: 2048, gpuModel: "H800" },
    text: {
      ru: "V3 обучали на кластере из 2048 NVIDIA H800: по 8 GPU на узел, между узлами InfiniBand.",
      en: "V3 was trained on a cluster of 2,048 NVIDIA H800 GPUs, 8 per node, with InfiniBand between nodes.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: [
        "на скольких видеокартах обучали DeepSeek",
        "сколько GPU использовали для V3",
        "какие видеокарты использовал дипсик",
        "на каком железе обучали DeepSeek",
        "кластер DeepSeek V3",
      ],
      en: [
        "how many GPUs was DeepSeek V3 trained on",
        "what hardware did DeepSeek use",
        "deepseek training cluster",
        "which GPUs trained V3",
      ],
    },
    related: [],
    topic: "v3-cost",
  },
  {
    id: "v3-tokens", // B7
    subject: "deepseek-v3",
    metric: "training_tokens",
    value: 14.8e12,
    unit: "tokens",
    details: { tokens: 14.8e12 },
    text: {
      ru: "V3 предобучали на 14,8 трлн токенов.",
      en: "V3 was pre-trained on 14.8 trillion tokens.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: [
        "на скольких токенах обучали DeepSeek V3",
        "объём данных для обучения дипсика",
        "сколько токенов в датасете",
        "размер обучающей выборки",
      ],
      en: ["how many tokens was DeepSeek trained on", "training data size of V3", "dataset size", "number of training tokens"],
    },
    related: [],
    topic: "v3-cost",
  },
  {
    id: "v3-parameters", // B8
    subject: "deepseek-v3",
    metric: "parameters",
    value: 671e9,
    unit: "parameters",
    details: { parameters: 671e9, activeParameters: 37e9 },
    text: {
      ru: "У V3 671 млрд параметров всего, из них на каждый токен активируется 37 млрд.",
      en: "V3 has 671B parameters in total, of which 37B are activated for each token.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: ["сколько параметров у DeepSeek V3", "размер модели дипсик", "сколько активных параметров", "насколько большая модель DeepSeek"],
      en: ["how many parameters does DeepSeek V3 have", "model size of deepseek", "active parameters", "how big is DeepSeek V3"],
    },
    related: [],
    topic: "v3-arch",
  },
  {
    id: "v3-efficiency", // B10
    subject: "deepseek-v3",
    metric: "training_time",
    value: 180_000,
    unit: "GPU-hours per trillion tokens",
    text: {
      ru: "На каждый триллион токенов уходило 180 тыс. GPU-часов H800 — 3,7 дня на 2048 GPU; всё предобучение заняло меньше двух месяцев.",
      en: "Each trillion tokens took 180K H800 GPU-hours, i.e. 3.7 days on 2,048 GPUs; the whole pre-training took under two months.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: [
        "сколько времени обучали DeepSeek V3",
        "как долго шло обучение дипсика",
        "сколько дней обучали модель",
        "сколько месяцев длилось обучение",
        "скорость обучения DeepSeek",
      ],
      en: [
        "how long did it take to train DeepSeek V3",
        "training time of deepseek",
        "how many days of training",
        "GPU hours per trillion tokens",
      ],
    },
    related: [],
    topic: "v3-cost",
  },
  {
    id: "v3-compute-flops", // C
    subject: "deepseek-v3",
    metric: "training_compute",
    value: 3.3e24,
    unit: "FLOP",
    text: {
      ru: "По нашему расчёту, предобучение V3 потребовало около 3,3·10²⁴ FLOP: 6 × 37 млрд активных параметров × 14,8 трлн токенов.",
      en: "By our calculation V3's pre-training took about 3.3×10²⁴ FLOP: 6 × 37B active parameters × 14.8T tokens.",
    },
    claimType: "our_calculation",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    caveat: {
      ru: "Приближение 6 × параметры × токены: считает только прямой и обратный проход, без накладных расходов.",
      en: "The 6 × parameters × tokens rule of thumb: forward and backward passes only, no overheads.",
    },
    phrasings: {
      ru: ["сколько FLOP ушло на обучение DeepSeek", "вычислительный бюджет дипсика", "сколько флопс потребовалось"],
      en: ["how many FLOPs did DeepSeek V3 take", "training compute of V3", "compute budget in flop"],
    },
    related: [],
    topic: "v3-cost",
  },

  // ── DeepSeek V3: architecture and methods ───────────────────────────────────
  {
    id: "v3-moe", // B11
    subject: "deepseek-v3",
    metric: "architecture_moe",
    value: 256,
    unit: "routed experts per layer",
    text: {
      ru: "V3 — модель Mixture-of-Experts: в каждом MoE-слое 1 общий и 256 маршрутизируемых экспертов, на токен активны 8 из них; всего 61 слой, первые 3 плотные.",
      en: "V3 is a Mixture-of-Experts model: each MoE layer has 1 shared and 256 routed experts, 8 routed experts active per token; 61 layers, the first 3 dense.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: [
        "что такое MoE в дипсике",
        "сколько экспертов у DeepSeek",
        "смесь экспертов",
        "архитектура DeepSeek V3",
        "сколько слоёв у модели",
      ],
      en: ["mixture of experts in DeepSeek", "how many experts does V3 have", "DeepSeek V3 architecture", "how many layers", "MoE layout"],
    },
    related: [],
    topic: "v3-arch",
  },
  {
    id: "v3-mtp", // B12
    subject: "deepseek-v3",
    metric: "architecture_mtp",
    value: 1,
    unit: "extra predicted tokens",
    text: {
      ru: "V3 обучали с Multi-Token Prediction глубины 1: кроме следующего токена модель предсказывает ещё один.",
      en: "V3 was trained with Multi-Token Prediction of depth 1: besides the next token it predicts one more.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: ["что такое MTP", "предсказание нескольких токенов сразу", "MTP в DeepSeek"],
      en: ["what is MTP", "multi-token prediction", "does deepseek predict several tokens at once"],
    },
    related: [],
    topic: "v3-arch",
  },
  {
    id: "v3-fp8", // B13
    subject: "deepseek-v3",
    metric: "precision",
    text: {
      ru: "V3 обучали в смешанной точности FP8 в таком масштабе — так описано в отчёте.",
      en: "V3 was trained with FP8 mixed precision at this scale, as the report describes.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-v3-report"],
    asOf: "2024-12-27",
    phrasings: {
      ru: ["обучение в FP8", "в какой точности обучали DeepSeek", "что такое FP8 у дипсика"],
      en: ["FP8 training", "what precision was DeepSeek trained in", "fp8 mixed precision"],
    },
    related: [],
    topic: "v3-arch",
  },
  {
    id: "article-techniques", // A3
    subject: "deepseek-v3",
    metric: "techniques",
    text: {
      ru: "Статья называет три ключевые технологии: Multi-Token Prediction (MTP, предсказание нескольких токенов сразу), Mixture of Experts (MoE, «256 нейросетей») и Multi-head Latent Attention (MLA).",
      en: "The article names three key techniques: Multi-Token Prediction (MTP, predicting several tokens at once), Mixture of Experts (MoE, “256 neural networks”) and Multi-head Latent Attention (MLA).",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: {
      ru: "По отчёту DeepSeek, это не «256 нейросетей»: в каждом MoE-слое 256 маршрутизируемых экспертов и 1 общий, и на токен активны только 8; MTP предсказывает один дополнительный токен.",
      en: "Per DeepSeek's report these are not “256 neural networks”: each MoE layer has 256 routed experts plus 1 shared, only 8 active per token; MTP predicts one extra token.",
    },
    phrasings: {
      ru: [
        "какие технологии использовал DeepSeek",
        "за счёт чего DeepSeek такой дешёвый",
        "что такое MLA",
        "секрет дешевизны дипсика",
        "какие инновации у DeepSeek",
      ],
      en: [
        "what techniques did DeepSeek use",
        "how did DeepSeek make training cheap",
        "what is MLA",
        "multi-head latent attention",
        "key innovations of deepseek",
      ],
    },
    related: ["v3-moe"],
    topic: "v3-arch",
  },

  // ── DeepSeek R1 ─────────────────────────────────────────────────────────────
  {
    id: "r1-training-cost", // B15
    subject: "deepseek-r1",
    metric: "training_cost",
    value: 294_000,
    unit: "USD",
    details: { gpus: 512, gpuModel: "H800", gpuHours: 147_000 },
    costMethod: {
      ru: "аренда GPU по $2 за GPU-час, поверх базовой модели V3",
      en: "GPU rental equivalent at $2 per GPU-hour, on top of the V3 base model",
    },
    text: {
      ru: "DeepSeek оценивает обучение R1 в $294 тыс.: 147 тыс. GPU-часов H800 × $2 на 512 H800 (R1-Zero ≈ 101 тыс. GPU-ч, данные для SFT 5 тыс., сам R1 ≈ 41 тыс.).",
      en: "DeepSeek puts R1's training at $294K: 147K H800 GPU-hours × $2 on 512 H800s (R1-Zero ≈ 101K GPU-h, SFT data 5K, R1 itself ≈ 41K).",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-r1-nature"],
    asOf: "2025-09-17",
    caveat: {
      ru: "Это дополнительная стоимость R1 поверх базовой модели V3, а не обучение с нуля. Цифра прошла рецензирование в Nature.",
      en: "This is R1's extra cost on top of the V3 base model, not a from-scratch cost. The figure was peer-reviewed in Nature.",
    },
    phrasings: {
      ru: ["сколько стоило обучение R1", "стоимость DeepSeek R1", "во сколько обошёлся дипсик р1", "сколько GPU-часов ушло на R1"],
      en: ["how much did R1 cost", "DeepSeek R1 training cost", "R1 budget", "how many GPU hours for R1"],
    },
    related: ["article-r1-5m"],
    topic: "r1",
  },
  {
    id: "article-r1-5m", // A9
    subject: "deepseek-r1",
    metric: "training_cost",
    value: 5_000_000,
    unit: "USD",
    costMethod: {
      ru: "утверждение статьи (путает R1 с V3)",
      en: "the article's claim (mixes R1 up with V3)",
    },
    text: {
      ru: "В статье сказано, что DeepSeek R1 стоил $5 млн, а GPT-4, по сообщениям, — $100 млн.",
      en: "The article says DeepSeek R1 cost $5M, while GPT-4 reportedly cost $100M.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: {
      ru: "«R1 стоил $5 млн» путает R1 с V3 ($5,576 млн). Собственная цифра DeepSeek для R1 (Nature, 2025) — $294 тыс. поверх базовой модели V3.",
      en: "“R1 cost $5M” mixes R1 up with V3 ($5.576M). DeepSeek's own figure for R1 (Nature, 2025) is $294K on top of the V3 base model.",
    },
    phrasings: {
      ru: ["правда что R1 стоил 5 миллионов", "R1 за $5 млн а GPT-4 за 100", "р1 5 млн долларов"],
      en: ["did R1 cost $5M", "R1 5 million vs GPT-4 100 million", "is it true R1 cost five million"],
    },
    related: ["r1-training-cost"],
    topic: "r1",
  },
  {
    id: "r1-release", // B14
    subject: "deepseek-r1",
    metric: "release",
    text: {
      ru: "R1 вышел 20 января 2025 года под лицензией MIT (arXiv:2501.12948).",
      en: "R1 was released on 20 January 2025 under the MIT licence (arXiv:2501.12948).",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-r1-arxiv"],
    asOf: "2025-01-20",
    phrasings: {
      ru: ["когда вышел R1", "дата выхода DeepSeek R1", "какая лицензия у R1", "когда выпустили р1"],
      en: ["when was R1 released", "R1 release date", "R1 license", "is R1 open source"],
    },
    related: [],
    topic: "r1",
  },
  {
    id: "v3-plus-r1", // C
    subject: "deepseek-r1",
    metric: "combined_cost",
    value: 5_870_000,
    unit: "USD",
    text: {
      ru: "V3 и R1 вместе, по нашему расчёту: $5,576 млн + $0,294 млн ≈ $5,87 млн (обе цифры DeepSeek по $2 за GPU-час).",
      en: "V3 and R1 together, by our calculation: $5.576M + $0.294M ≈ $5.87M (both DeepSeek's figures at $2 per GPU-hour).",
    },
    claimType: "our_calculation",
    sourceIds: ["deepseek-v3-report", "deepseek-r1-nature"],
    asOf: "2025-09-17",
    caveat: V3_SCOPE_CAVEAT,
    phrasings: {
      ru: ["сколько стоили V3 и R1 вместе", "общая стоимость V3 плюс R1", "V3 + R1 в сумме"],
      en: ["total cost of V3 and R1", "V3 plus R1 together", "combined cost of v3 and r1"],
    },
    related: [],
    topic: "r1",
  },

  // ── DeepSeek the company ────────────────────────────────────────────────────
  {
    id: "ds-fleet", // B16
    subject: "deepseek",
    metric: "gpu_fleet",
    value: 50_000,
    unit: "GPUs",
    text: {
      ru: "SemiAnalysis оценивает парк DeepSeek примерно в 50 000 GPU Hopper: около 10 тыс. H800, около 10 тыс. H100, остальное H20 (плюс 10 тыс. A100 с 2021 года).",
      en: "SemiAnalysis estimates DeepSeek's fleet at about 50,000 Hopper GPUs: ~10K H800, ~10K H100, the rest H20 (plus 10K A100 from 2021).",
    },
    claimType: "analyst_estimate",
    sourceIds: ["semianalysis-deepseek-debates"],
    asOf: "2025-01-31",
    caveat: FLEET_CAVEAT,
    phrasings: {
      ru: ["сколько всего видеокарт у DeepSeek", "парк GPU дипсика", "правда что у DeepSeek 50 тысяч GPU", "сколько H100 у DeepSeek"],
      en: ["how many GPUs does DeepSeek have", "DeepSeek GPU fleet", "50000 Hopper GPUs", "deepseek h100 count"],
    },
    related: ["article-fleet"],
    topic: "company",
  },
  {
    id: "article-fleet", // A4
    subject: "deepseek",
    metric: "gpu_fleet",
    value: 50_000,
    unit: "GPUs",
    text: {
      ru: "Статья со ссылкой на SemiAnalysis: у DeepSeek около 50 000 GPU Nvidia Hopper стоимостью около $1,6 млрд.",
      en: "The article, citing SemiAnalysis: DeepSeek runs about 50,000 Nvidia Hopper GPUs worth about $1.6B.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: FLEET_CAVEAT,
    phrasings: {
      ru: ["50 000 GPU на $1,6 млрд", "статья про парк видеокарт DeepSeek"],
      en: ["50,000 GPUs worth $1.6B", "article on deepseek gpu fleet"],
    },
    related: ["ds-fleet", "ds-capex"],
    topic: "company",
  },
  {
    id: "ds-capex", // B17
    subject: "deepseek",
    metric: "capex",
    value: 1.6e9,
    unit: "USD",
    text: {
      ru: "SemiAnalysis оценивает капитальные затраты DeepSeek на серверы примерно в $1,6 млрд.",
      en: "SemiAnalysis estimates DeepSeek's total server capital spending at about $1.6B.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["semianalysis-deepseek-debates"],
    asOf: "2025-01-31",
    caveat: FLEET_CAVEAT,
    phrasings: {
      ru: [
        "сколько DeepSeek потратил на серверы",
        "капитальные затраты DeepSeek",
        "капекс дипсика",
        "1,6 миллиарда на серверы",
        "сколько стоит парк GPU дипсика",
      ],
      en: ["DeepSeek capex", "how much did DeepSeek spend on servers", "server capital spending", "1.6 billion"],
    },
    related: ["ds-hardware-spend"],
    topic: "company",
  },
  {
    id: "ds-opex", // B18
    subject: "deepseek",
    metric: "opex",
    value: 944e6,
    unit: "USD",
    text: {
      ru: "SemiAnalysis оценивает операционные расходы DeepSeek на содержание кластеров примерно в $944 млн (период не указан).",
      en: "SemiAnalysis estimates DeepSeek's cost of running its clusters at about $944M (the period is not stated).",
    },
    claimType: "analyst_estimate",
    sourceIds: ["semianalysis-deepseek-debates"],
    asOf: "2025-01-31",
    caveat: FLEET_CAVEAT,
    phrasings: {
      ru: ["операционные расходы DeepSeek", "сколько стоит содержание кластеров дипсика", "opex дипсика", "944 миллиона"],
      en: ["DeepSeek operating costs", "opex", "cost to run deepseek clusters", "944 million"],
    },
    related: ["article-opex"],
    topic: "company",
  },
  {
    id: "article-opex", // A5
    subject: "deepseek",
    metric: "opex",
    value: 944e6,
    unit: "USD",
    text: {
      ru: "Статья со ссылкой на SemiAnalysis: операционные расходы DeepSeek — около $944 млн.",
      en: "The article, citing SemiAnalysis: DeepSeek's operating costs are about $944M.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    phrasings: {
      ru: ["статья про операционные расходы DeepSeek"],
      en: ["article on deepseek operating costs"],
    },
    related: ["ds-opex"],
    topic: "company",
  },
  {
    id: "ds-hardware-spend", // B19
    subject: "deepseek",
    metric: "hardware_spend",
    value: 500e6,
    unit: "USD",
    atLeast: true,
    text: {
      ru: "SemiAnalysis: за всю историю DeepSeek потратил на железо «значительно больше $500 млн».",
      en: "SemiAnalysis: DeepSeek's hardware spend over its history is “well higher than $500M”.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["semianalysis-deepseek-debates", "cnbc-semianalysis-deepseek"],
    asOf: "2025-01-31",
    caveat: {
      ru: "Это расходы только на GPU и оборудование, а не все вложения в ИИ.",
      en: "This is GPU and hardware spend only, not all AI investment.",
    },
    phrasings: {
      ru: ["сколько DeepSeek потратил на железо", "расходы на оборудование DeepSeek", "500 миллионов на GPU"],
      en: ["DeepSeek hardware spend", "how much did DeepSeek spend on GPUs", "500 million on hardware"],
    },
    related: ["article-investment"],
    topic: "company",
  },
  {
    id: "article-investment", // A8
    subject: "deepseek",
    metric: "investment",
    value: 500e6,
    unit: "USD",
    atLeast: true,
    text: {
      ru: "В статье сказано, что общие вложения DeepSeek в разработку ИИ превышают $500 млн.",
      en: "The article says DeepSeek's total investment in AI development is over $500M.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: {
      ru: "У SemiAnalysis «больше $500 млн» — это расходы на железо, а не все вложения в ИИ.",
      en: "SemiAnalysis' “more than $500M” is hardware spend, not all AI investment.",
    },
    phrasings: {
      ru: ["сколько DeepSeek вложил в ИИ", "общие инвестиции DeepSeek", "сколько всего потратил дипсик"],
      en: ["how much has DeepSeek invested in AI", "DeepSeek total investment", "total spending of deepseek"],
    },
    related: ["ds-hardware-spend"],
    topic: "company",
  },
  {
    id: "article-salaries", // A6
    subject: "deepseek",
    metric: "salaries",
    value: 1.3e6,
    unit: "USD/year",
    atLeast: true,
    text: {
      ru: "По статье, зарплаты исследователей DeepSeek превышают $1,3 млн в год; компания нанимает выпускников лучших китайских университетов.",
      en: "Per the article, DeepSeek researcher salaries exceed $1.3M a year; the company recruits from top Chinese universities.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    caveat: {
      ru: "$1,3 млн — это верхняя планка, а не средняя зарплата.",
      en: "$1.3M is top pay, not average pay.",
    },
    phrasings: {
      ru: ["зарплаты в DeepSeek", "сколько платят исследователям дипсика", "сколько зарабатывают в DeepSeek", "кого нанимает DeepSeek"],
      en: ["DeepSeek salaries", "how much do DeepSeek researchers earn", "deepseek pay", "who does deepseek hire"],
    },
    related: [],
    topic: "company",
  },
  {
    id: "article-self-funded", // A7
    subject: "deepseek",
    metric: "funding",
    text: {
      ru: "По статье, DeepSeek финансирует себя сам и держит компактную структуру.",
      en: "Per the article, DeepSeek is self-funded, with a lean structure.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    phrasings: {
      ru: ["кто финансирует DeepSeek", "есть ли у дипсика инвесторы", "на чьи деньги работает DeepSeek"],
      en: ["who funds DeepSeek", "is DeepSeek self-funded", "does deepseek have investors"],
    },
    related: [],
    topic: "company",
  },
  {
    id: "article-conclusion", // A10
    subject: "deepseek",
    metric: "conclusion",
    text: {
      ru: "Вывод статьи: история про «дешёвый ИИ» — упрощение; успех DeepSeek держится на крупных вложениях, технических находках и сильной команде.",
      en: "The article's conclusion: the “low-cost” narrative is a simplification; DeepSeek's success rests on large investment, technical advances and a skilled team.",
    },
    claimType: "press_report",
    sourceIds: ["ensigame-article"],
    asOf: null,
    phrasings: {
      ru: ["правда ли DeepSeek дешёвый", "миф о дешёвом дипсике", "вывод статьи", "в чём секрет успеха DeepSeek"],
      en: ["is DeepSeek really cheap", "the low cost narrative", "conclusion of the article", "why did deepseek succeed"],
    },
    related: ["article-v3-cost-scope"],
    topic: "article",
  },

  // ── GPT-4 ───────────────────────────────────────────────────────────────────
  {
    id: "gpt4-altman", // B20
    subject: "gpt-4",
    metric: "training_cost",
    value: 100e6,
    unit: "USD",
    costMethod: {
      ru: "неформальная реплика главы OpenAI, охват неизвестен",
      en: "an informal remark by OpenAI's CEO, scope unknown",
    },
    atLeast: true,
    text: {
      ru: "Сэм Альтман сказал, что обучение GPT-4 стоило «больше $100 млн».",
      en: "Sam Altman said GPT-4 cost “more than $100M” to train.",
    },
    claimType: "executive_statement",
    sourceIds: ["wired-altman-gpt4"],
    asOf: "2023-04-17",
    caveat: GPT4_METHODS_CAVEAT,
    phrasings: {
      ru: [
        "сколько стоило обучение GPT-4",
        "стоимость GPT-4",
        "во сколько обошёлся чатгпт",
        "сколько OpenAI потратила на GPT-4",
        "Альтман 100 миллионов",
      ],
      en: ["how much did GPT-4 cost", "GPT-4 training cost", "how much did OpenAI spend on GPT-4", "Altman 100 million"],
    },
    related: ["gpt4-ai-index", "gpt4-semianalysis", "gpt4-epoch"],
    topic: "gpt4",
  },
  {
    id: "gpt4-ai-index", // B21
    subject: "gpt-4",
    metric: "training_cost",
    value: 78.35e6,
    unit: "USD",
    costMethod: {
      ru: "только вычисления, по облачным прайс-листам",
      en: "compute only, at cloud list prices",
    },
    text: {
      ru: "AI Index (Stanford HAI) оценивает обучение GPT-4 в $78,35 млн — только вычисления по облачным ценам аренды.",
      en: "The AI Index (Stanford HAI) estimates GPT-4's training at $78.35M — compute only, at cloud rental prices.",
    },
    claimType: "research_estimate",
    sourceIds: ["ai-index-2024"],
    asOf: "2024-04-15",
    caveat: GPT4_METHODS_CAVEAT,
    phrasings: {
      ru: ["оценка AI Index для GPT-4", "Stanford оценка GPT-4", "78 миллионов GPT-4"],
      en: ["AI Index estimate of GPT-4", "Stanford GPT-4 cost", "78 million gpt-4"],
    },
    related: ["gpt4-altman"],
    topic: "gpt4",
  },
  {
    id: "gpt4-epoch", // B23
    subject: "gpt-4",
    metric: "training_cost",
    value: 40e6,
    unit: "USD",
    costMethod: {
      ru: "амортизация железа + энергия, финальный прогон",
      en: "amortized hardware + energy, final run",
    },
    text: {
      ru: "Epoch AI: финальный прогон GPT-4 стоил около $40 млн (амортизация железа + энергия); купить всё его железо обошлось бы примерно в $800 млн.",
      en: "Epoch AI: GPT-4's final run cost about $40M (amortized hardware + energy); buying its hardware outright would be about $800M.",
    },
    claimType: "research_estimate",
    sourceIds: ["epoch-training-costs"],
    asOf: "2024-05-31",
    caveat: GPT4_METHODS_CAVEAT,
    phrasings: {
      ru: ["оценка Epoch AI для GPT-4", "сколько стоило железо для GPT-4", "амортизированная стоимость GPT-4"],
      en: ["Epoch AI GPT-4 estimate", "GPT-4 hardware cost", "amortized cost of GPT-4"],
    },
    related: ["gpt4-altman"],
    topic: "gpt4",
  },
  {
    id: "gpt4-semianalysis", // B24
    subject: "gpt-4",
    metric: "training_compute",
    value: 63e6,
    unit: "USD",
    details: { gpus: 25_000, gpuModel: "A100", flop: 2.15e25 },
    costMethod: {
      ru: "аренда в облаке по $1 за час A100, оценка по утечкам",
      en: "cloud rental at $1 per A100-hour, estimated from leaks",
    },
    text: {
      ru: "SemiAnalysis: на GPT-4 ушло около 2,15·10²⁵ FLOP — примерно 25 000 A100 в течение 90–100 дней при загрузке 32–36% MFU; это ≈ $63 млн по $1 за час A100.",
      en: "SemiAnalysis: GPT-4 took about 2.15×10²⁵ FLOP — roughly 25,000 A100s for 90–100 days at 32–36% MFU; ≈ $63M at $1 per A100-hour.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["semianalysis-gpt4"],
    asOf: "2023-07-10",
    caveat: {
      ru: "Оценка по утечкам, не данные OpenAI.",
      en: "An estimate from leaks, not OpenAI's data.",
    },
    phrasings: {
      ru: ["на скольких видеокартах обучали GPT-4", "сколько GPU для GPT-4", "сколько дней обучали GPT-4", "сколько FLOP у GPT-4"],
      en: ["how many GPUs trained GPT-4", "GPT-4 A100 count", "how long was GPT-4 trained", "GPT-4 compute in FLOP"],
    },
    related: ["gpt4-altman"],
    topic: "gpt4",
  },

  // ── Other models ────────────────────────────────────────────────────────────
  {
    id: "gemini-ultra-ai-index", // B22
    subject: "gemini-ultra",
    metric: "training_cost",
    value: 191.4e6,
    unit: "USD",
    costMethod: {
      ru: "только вычисления, по облачным прайс-листам",
      en: "compute only, at cloud list prices",
    },
    text: {
      ru: "AI Index оценивает обучение Gemini Ultra в $191,4 млн (только вычисления по облачным ценам).",
      en: "The AI Index estimates Gemini Ultra's training at $191.4M (compute only, at cloud prices).",
    },
    claimType: "research_estimate",
    sourceIds: ["ai-index-2024"],
    asOf: "2024-04-15",
    phrasings: {
      ru: ["сколько стоило обучение Gemini Ultra", "стоимость джемини ультра"],
      en: ["how much did Gemini Ultra cost", "Gemini Ultra training cost"],
    },
    related: ["gemini-ultra-epoch"],
    topic: "peers",
  },
  {
    id: "gemini-ultra-epoch", // B23
    subject: "gemini-ultra",
    metric: "training_cost",
    value: 30e6,
    unit: "USD",
    costMethod: {
      ru: "амортизация железа + энергия, финальный прогон",
      en: "amortized hardware + energy, final run",
    },
    text: {
      ru: "Epoch AI оценивает финальный прогон Gemini Ultra примерно в $30 млн (амортизация железа + энергия).",
      en: "Epoch AI puts Gemini Ultra's final run at about $30M (amortized hardware + energy).",
    },
    claimType: "research_estimate",
    sourceIds: ["epoch-training-costs"],
    asOf: "2024-05-31",
    phrasings: {
      ru: ["оценка Epoch для Gemini Ultra"],
      en: ["Epoch estimate of Gemini Ultra"],
    },
    related: ["gemini-ultra-ai-index"],
    topic: "peers",
  },
  {
    id: "llama-405b-gpu-hours", // B25
    subject: "llama-3.1-405b",
    metric: "gpu_hours",
    value: 30.84e6,
    unit: "GPU-hours",
    details: { gpuHours: 30.84e6, gpuModel: "H100" },
    text: {
      ru: "Обучение Llama 3.1 405B заняло 30,84 млн GPU-часов на H100-80GB (вся линейка Llama 3.1 — 39,3 млн); больше 15 трлн токенов.",
      en: "Llama 3.1 405B took 30.84M H100-80GB GPU-hours (the whole Llama 3.1 family 39.3M), on 15T+ tokens.",
    },
    claimType: "company_claim",
    sourceIds: ["meta-llama31-card"],
    asOf: "2024-07-23",
    phrasings: {
      ru: ["сколько GPU-часов ушло на Llama 3.1 405B", "сколько стоило обучение ламы", "обучение Llama 405B"],
      en: ["Llama 3.1 405B GPU hours", "how much compute did Llama 405B take", "how much did Llama 3.1 cost"],
    },
    related: ["llama-vs-v3"],
    topic: "peers",
  },
  {
    id: "llama-405b-cluster", // B26
    subject: "llama-3.1-405b",
    metric: "gpu_count",
    value: 16_384,
    unit: "GPUs",
    details: { gpus: 16_384, gpuModel: "H100", flop: 3.8e25 },
    text: {
      ru: "Llama 3 405B обучали на кластере до 16 384 H100; около 3,8·10²⁵ FLOP при 38–43% BF16 MFU.",
      en: "Llama 3 405B was trained on up to 16,384 H100s; about 3.8×10²⁵ FLOP at 38–43% BF16 MFU.",
    },
    claimType: "company_claim",
    sourceIds: ["meta-llama3-herd"],
    asOf: "2024-07",
    phrasings: {
      ru: ["на скольких видеокартах обучали Llama", "сколько H100 у Meta для ламы"],
      en: ["how many GPUs trained Llama 3", "Llama cluster size"],
    },
    related: [],
    topic: "peers",
  },
  {
    id: "llama-vs-v3", // C
    subject: "llama-3.1-405b",
    metric: "comparison",
    value: 62e6,
    unit: "USD",
    costMethod: {
      ru: "наш расчёт: GPU-часы Meta по цене DeepSeek $2 за GPU-час",
      en: "our calculation: Meta's GPU-hours at DeepSeek's $2 per GPU-hour",
    },
    text: {
      ru: "По нашему расчёту, Llama 3.1 405B потребовала примерно в 11 раз больше GPU-часов, чем V3 (30,84 млн против 2,788 млн), — это ≈ $62 млн по $2 за час.",
      en: "By our calculation Llama 3.1 405B used about 11× the GPU-hours of V3 (30.84M vs 2.788M) — ≈ $62M at $2 per hour.",
    },
    claimType: "our_calculation",
    sourceIds: ["meta-llama31-card", "deepseek-v3-report"],
    asOf: "2024-12-27",
    caveat: {
      ru: "H100 и H800 — разные чипы, и $2/час — допущение DeepSeek, а не цена Meta.",
      en: "H100 and H800 are different chips, and $2/hour is DeepSeek's assumption, not Meta's price.",
    },
    phrasings: {
      ru: ["во сколько раз Llama дороже DeepSeek", "лама против дипсика по GPU-часам"],
      en: ["Llama vs DeepSeek GPU hours", "how much more compute did Llama use than DeepSeek"],
    },
    related: ["llama-405b-gpu-hours"],
    topic: "peers",
  },
  {
    id: "gpt3-lambda", // B27
    subject: "gpt-3",
    metric: "training_cost",
    value: 4.6e6,
    unit: "USD",
    details: { gpuModel: "V100", flop: 3.14e23 },
    costMethod: {
      ru: "оценка по облачным ценам 2020 года",
      en: "a cloud-price estimate from 2020",
    },
    text: {
      ru: "Lambda оценила обучение GPT-3 примерно в $4,6 млн: 355 GPU-лет на V100, 3,14·10²³ FLOP.",
      en: "Lambda estimated GPT-3's training at about $4.6M: 355 V100 GPU-years, 3.14×10²³ FLOP.",
    },
    claimType: "research_estimate",
    sourceIds: ["lambda-gpt3"],
    asOf: "2020-06-03",
    caveat: {
      ru: "Оценка по облачным ценам 2020 года, не данные OpenAI.",
      en: "A cloud-price estimate from 2020, not OpenAI's data.",
    },
    phrasings: {
      ru: ["сколько стоило обучение GPT-3", "стоимость гпт-3"],
      en: ["how much did GPT-3 cost", "GPT-3 training cost"],
    },
    related: ["gpt3-ai-index"],
    topic: "peers",
  },
  {
    id: "gpt3-ai-index", // B28
    subject: "gpt-3",
    metric: "training_cost",
    value: 4.32e6,
    unit: "USD",
    costMethod: {
      ru: "только вычисления, по облачным прайс-листам",
      en: "compute only, at cloud list prices",
    },
    text: {
      ru: "AI Index оценивает обучение GPT-3 в $4,32 млн (только вычисления).",
      en: "The AI Index estimates GPT-3's training at $4.32M (compute only).",
    },
    claimType: "research_estimate",
    sourceIds: ["ai-index-2024"],
    asOf: "2024-04-15",
    phrasings: { ru: ["оценка AI Index для GPT-3"], en: ["AI Index GPT-3 estimate"] },
    related: ["gpt3-lambda"],
    topic: "peers",
  },
  {
    id: "palm-ai-index", // B28
    subject: "palm-540b",
    metric: "training_cost",
    value: 12.39e6,
    unit: "USD",
    costMethod: {
      ru: "только вычисления, по облачным прайс-листам",
      en: "compute only, at cloud list prices",
    },
    text: {
      ru: "AI Index оценивает обучение PaLM 540B в $12,39 млн (только вычисления).",
      en: "The AI Index estimates PaLM 540B's training at $12.39M (compute only).",
    },
    claimType: "research_estimate",
    sourceIds: ["ai-index-2024"],
    asOf: "2024-04-15",
    phrasings: { ru: ["сколько стоило обучение PaLM"], en: ["how much did PaLM cost to train"] },
    related: [],
    topic: "peers",
  },
  {
    id: "llama2-ai-index", // B28
    subject: "llama-2-70b",
    metric: "training_cost",
    value: 3.93e6,
    unit: "USD",
    costMethod: {
      ru: "только вычисления, по облачным прайс-листам",
      en: "compute only, at cloud list prices",
    },
    text: {
      ru: "AI Index оценивает обучение Llama 2 70B в $3,93 млн (только вычисления).",
      en: "The AI Index estimates Llama 2 70B's training at $3.93M (compute only).",
    },
    claimType: "research_estimate",
    sourceIds: ["ai-index-2024"],
    asOf: "2024-04-15",
    phrasings: { ru: ["сколько стоило обучение Llama 2"], en: ["how much did Llama 2 cost to train"] },
    related: [],
    topic: "peers",
  },
  {
    id: "claude-35-sonnet-cost", // B29
    subject: "claude-3.5-sonnet",
    metric: "training_cost",
    text: {
      ru: "Дарио Амодеи: обучение Claude 3.5 Sonnet стоило «несколько десятков миллионов долларов».",
      en: "Dario Amodei: Claude 3.5 Sonnet cost “a few $10M's” to train.",
    },
    claimType: "executive_statement",
    sourceIds: ["amodei-export-controls"],
    asOf: "2025-01-29",
    phrasings: {
      ru: ["сколько стоило обучение Claude 3.5 Sonnet", "стоимость клода"],
      en: ["how much did Claude 3.5 Sonnet cost", "Claude training cost"],
    },
    related: [],
    topic: "peers",
  },
  {
    id: "cost-decline-amodei", // B29
    subject: "frontier-models",
    metric: "cost_trend",
    value: 4,
    unit: "× per year",
    text: {
      ru: "Дарио Амодеи: стоимость обучения (при той же способности модели) падает примерно в 4 раза в год.",
      en: "Dario Amodei: training costs (for the same capability) fall about 4× a year.",
    },
    claimType: "executive_statement",
    sourceIds: ["amodei-export-controls"],
    asOf: "2025-01-29",
    phrasings: {
      ru: ["как быстро дешевеет обучение", "насколько падает стоимость обучения в год"],
      en: ["how fast do training costs fall", "cost decline per year"],
    },
    related: ["frontier-cost-growth"],
    topic: "peers",
  },
  {
    id: "frontier-cost-growth", // B23
    subject: "frontier-models",
    metric: "cost_trend",
    value: 2.4,
    unit: "× per year",
    text: {
      ru: "Epoch AI: стоимость обучения передовых моделей растёт примерно в 2,4 раза в год.",
      en: "Epoch AI: the cost of training frontier models grows about 2.4× a year.",
    },
    claimType: "research_estimate",
    sourceIds: ["epoch-training-costs"],
    asOf: "2024-05-31",
    phrasings: {
      ru: ["как растёт стоимость обучения передовых моделей", "насколько дорожает обучение ИИ каждый год"],
      en: ["how fast are frontier training costs growing", "growth of AI training costs per year"],
    },
    related: ["cost-decline-amodei"],
    topic: "peers",
  },

  // ── GPUs ────────────────────────────────────────────────────────────────────
  {
    id: "h100-specs", // B30
    subject: "h100",
    metric: "peak_flops",
    value: 989e12,
    unit: "FLOP/s",
    details: { fp8Flops: 1979e12 },
    text: {
      ru: "H100 SXM: 989 TFLOP/s в BF16 и 1979 TFLOP/s в FP8 (плотные вычисления); 80 ГБ HBM3, 3,35 ТБ/с; NVLink 900 ГБ/с; 700 Вт.",
      en: "H100 SXM: 989 TFLOP/s BF16 and 1,979 TFLOP/s FP8 (dense); 80 GB HBM3, 3.35 TB/s; NVLink 900 GB/s; 700 W.",
    },
    claimType: "vendor_spec",
    sourceIds: ["nvidia-h100"],
    asOf: null,
    phrasings: {
      ru: ["характеристики H100", "сколько терафлопс у H100", "производительность H100", "сколько памяти у H100"],
      en: ["H100 specs", "H100 TFLOPS", "how fast is the H100", "H100 memory"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "h800-specs", // B31
    subject: "h800",
    metric: "peak_flops",
    value: 989e12,
    unit: "FLOP/s",
    details: { fp8Flops: 1979e12 },
    text: {
      ru: "H800 SXM — экспортная версия H100: та же производительность тензорных ядер, FP8 и память, но NVLink урезан до 400 ГБ/с.",
      en: "H800 SXM is the export variant of the H100: the same tensor/FP8 throughput and memory, with NVLink cut to 400 GB/s.",
    },
    claimType: "company_claim",
    sourceIds: ["deepseek-isca25"],
    asOf: "2025-05",
    phrasings: {
      ru: ["чем H800 отличается от H100", "характеристики H800", "что такое H800"],
      en: ["H800 vs H100", "H800 specs", "what is the H800"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "h100-price", // B32
    subject: "h100",
    metric: "unit_price",
    value: 25_000,
    valueHigh: 30_000,
    unit: "USD",
    text: {
      ru: "Аналитики Raymond James оценивали цену одной H100 в $25 000–30 000.",
      en: "Raymond James analysts estimated one H100 at $25,000–30,000.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["techspot-h100-price"],
    asOf: "2023-08",
    phrasings: {
      ru: ["сколько стоит H100", "цена видеокарты H100", "почём одна H100"],
      en: ["how much does an H100 cost", "H100 price", "price of one H100"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "h800-price-unknown", // D5
    subject: "h800",
    metric: "unit_price",
    text: {
      ru: "Проверенной цены одной H800 в наших источниках нет. Для ориентира: аналитики оценивали H100 в $25 000–30 000.",
      en: "There is no verified unit price for the H800 in our sources. For reference, analysts put the H100 at $25,000–30,000.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["techspot-h100-price"],
    asOf: "2023-08",
    phrasings: {
      ru: ["сколько стоит H800", "цена H800"],
      en: ["how much does an H800 cost", "H800 price"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "h100-rental", // B33
    subject: "h100",
    metric: "rental_price",
    value: 2,
    unit: "USD/GPU-hour",
    text: {
      ru: "Аренда H100 в 2023 году доходила примерно до $8 в час, а к концу 2024-го упала ниже $2 в час.",
      en: "Renting an H100 peaked at about $8 an hour in 2023 and fell under $2 an hour by late 2024.",
    },
    claimType: "analyst_estimate",
    sourceIds: ["latent-space-h100"],
    asOf: "2024-10",
    phrasings: {
      ru: ["сколько стоит аренда H100", "цена аренды видеокарты в час", "почём час GPU в облаке"],
      en: ["H100 rental price", "how much does it cost to rent an H100", "cloud GPU price per hour"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "a100-specs",
    subject: "a100",
    metric: "peak_flops",
    value: 312e12,
    unit: "FLOP/s",
    text: {
      ru: "NVIDIA: A100 даёт 312 TFLOPS в задачах глубокого обучения (тензорные ядра).",
      en: "NVIDIA: the A100 delivers 312 TFLOPS of deep-learning (Tensor Core) performance.",
    },
    claimType: "vendor_spec",
    sourceIds: ["nvidia-a100-page"],
    asOf: null,
    phrasings: {
      ru: ["характеристики A100", "сколько терафлопс у A100"],
      en: ["A100 specs", "how fast is the A100"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "h200-specs",
    subject: "h200",
    metric: "peak_flops",
    value: 989e12,
    unit: "FLOP/s",
    details: { fp8Flops: 1979e12 },
    text: {
      ru: "H200 SXM вычисляет как H100: около 989 TFLOP/s в BF16 и 1979 TFLOP/s в FP8 (плотные); памяти больше — 141 ГБ HBM3e, 4,8 ТБ/с.",
      en: "The H200 SXM computes like the H100: about 989 TFLOP/s BF16 and 1,979 TFLOP/s FP8 (dense), with more memory — 141 GB HBM3e at 4.8 TB/s.",
    },
    claimType: "vendor_spec",
    sourceIds: ["itkb-h200-b300"],
    asOf: "2026-06-22",
    phrasings: {
      ru: ["характеристики H200", "чем H200 отличается от H100"],
      en: ["H200 specs", "H200 vs H100"],
    },
    related: [],
    topic: "gpus",
  },
  {
    id: "b200-specs",
    subject: "b200",
    metric: "peak_flops",
    value: 2250e12,
    unit: "FLOP/s",
    details: { fp8Flops: 4500e12 },
    text: {
      ru: "B200 (вариант HGX, 1000 Вт): 2250 TFLOP/s в BF16 и 4500 TFLOP/s в FP8 (плотные); 192 ГБ HBM3, до 8 ТБ/с.",
      en: "B200 (HGX variant, 1,000 W): 2,250 TFLOP/s BF16 and 4,500 TFLOP/s FP8 (dense); 192 GB HBM3, up to 8 TB/s.",
    },
    claimType: "vendor_spec",
    sourceIds: ["lockwood-b200"],
    asOf: null,
    phrasings: {
      ru: ["характеристики B200", "сколько терафлопс у B200", "блэквелл"],
      en: ["B200 specs", "how fast is the B200", "Blackwell"],
    },
    related: [],
    topic: "gpus",
  },

  // ── Exchange rates for conversions ─────────────────────────────────────────
  {
    id: "usd-rub-rate",
    subject: "fx",
    metric: "fx_rate",
    value: 81.01,
    unit: "RUB/USD",
    text: {
      ru: "Официальный курс Банка России на 3 октября 2025 года: $1 = 81,01 ₽.",
      en: "Bank of Russia official rate for 3 October 2025: $1 = 81.01 ₽.",
    },
    claimType: "press_report",
    sourceIds: ["vedomosti-cbr-2025-10"],
    asOf: "2025-10-03",
    phrasings: {
      ru: ["по какому курсу доллара считаешь", "курс доллара к рублю в расчётах"],
      en: ["what dollar to rouble rate do you use", "usd rub rate"],
    },
    answersQuestions: false,
    related: ["eur-rub-rate"],
    topic: "rates",
  },
  {
    id: "eur-rub-rate",
    subject: "fx",
    metric: "fx_rate",
    value: 95.34,
    unit: "RUB/EUR",
    text: {
      ru: "Официальный курс Банка России на 3 октября 2025 года: €1 = 95,34 ₽.",
      en: "Bank of Russia official rate for 3 October 2025: €1 = 95.34 ₽.",
    },
    claimType: "press_report",
    sourceIds: ["vedomosti-cbr-2025-10"],
    asOf: "2025-10-03",
    phrasings: {
      ru: ["курс евро в расчётах", "по какому курсу евро считаешь"],
      en: ["what euro rate do you use", "eur rub rate"],
    },
    answersQuestions: false,
    related: [],
    topic: "rates",
  },
];
