/**
 * Words that mean the same thing to the matcher, in either language, with slang and
 * transliterations. Each list's forms map to the concept on the left; the matcher also
 * stems them, so only irregular forms need listing.
 */
export const CONCEPTS: Record<string, string[]> = {
  deepseek: ["deepseek", "дипсик", "дипсек", "дипсика", "дипсику", "дипсиком", "дипсике", "deepsek", "дипсиковский"],
  v3: ["v3", "в3"],
  r1: ["r1", "р1", "r1-zero"],
  gpt4: ["gpt4", "chatgpt", "чатгпт", "чатжпт", "openai", "опенаи", "опенай"],
  gpt3: ["gpt3"],
  gemini: ["gemini", "джемини", "гемини"],
  llama: ["llama", "лама", "ллама", "ламы", "ламу", "ламой"],
  claude: ["claude", "клод", "клода", "клоду", "sonnet", "anthropic", "антропик"],
  palm: ["palm", "палм"],
  h100: ["h100"],
  h800: ["h800"],
  a100: ["a100", "а100"],
  h200: ["h200"],
  b200: ["b200", "blackwell", "блэквелл"],
  rate: ["rate", "курс", "курсу", "курса", "exchange"],
  rouble: ["rouble", "roubles", "ruble", "rubles", "rub", "рубль", "рубли", "рублей", "рублях", "руб"],
  euro: ["euro", "euros", "eur", "евро"],
  gpu: ["gpu", "gpus", "гпу", "видеокарта", "видеокарты", "видеокарт", "видюха", "видюх", "видюхи", "карточки", "карточек", "ускоритель", "ускорителей", "chip", "chips", "чип", "чипов", "графических", "hopper", "h20"],
  cost: ["cost", "costs", "costed", "price", "priced", "prices", "стоимость", "стоить", "стоил", "стоила", "стоило", "стоили", "стоит", "стоят", "цена", "цену", "ценник", "обошлось", "обошелся", "обошлась", "обошлись", "обойтись", "budget", "бюджет", "spend", "spent", "spending", "потратил", "потратили", "потратила", "тратит", "затраты", "расходы", "expenses", "денег", "деньги", "money", "бабла", "бабло", "бабок", "burn", "burned", "спалил", "спалили", "слили", "дорого", "expensive", "почем"],
  train: ["train", "training", "trained", "обучение", "обучения", "обучить", "обучили", "обучал", "обучали", "обучать", "тренировка", "тренировки", "тренировать", "натренировать", "натренировали", "тренили", "обучалась", "обучался", "run"],
  pretrain: ["pretraining", "pretrain", "предобучение", "предобучения", "претрейн"],
  posttrain: ["posttraining", "постобучение", "постобучения", "пострейн", "sft", "rlhf"],
  million: ["million", "millions", "m", "mln", "млн", "миллион", "миллиона", "миллионов", "лям", "ляма", "лямов"],
  billion: ["billion", "billions", "b", "bn", "млрд", "миллиард", "миллиарда", "миллиардов", "ярд", "ярда"],
  hundred: ["hundred", "сотня", "сотню", "сотни", "100"],
  trillion: ["trillion", "trillions", "трлн", "триллион", "триллиона", "триллионов"],
  thousand: ["thousand", "k", "тыс", "тысяч", "тысячи"],
  usd: ["usd", "dollar", "dollars", "доллар", "доллара", "долларов", "бакс", "баксов", "бакса"],
  hour: ["hour", "hours", "час", "часа", "часов", "часы"],
  duration: ["long", "долго", "время", "времени", "time", "duration", "day", "days", "день", "дня", "дней", "сутки", "month", "months", "месяц", "месяца", "месяцев", "недель", "weeks"],
  param: ["parameter", "parameters", "params", "параметр", "параметры", "параметров"],
  size: ["size", "big", "large", "размер", "большая", "большой", "крупная"],
  token: ["token", "tokens", "токен", "токены", "токенов", "токенах"],
  data: ["data", "dataset", "данные", "данных", "датасет", "датасете", "выборка", "выборки"],
  expert: ["expert", "experts", "эксперт", "экспертов", "эксперты", "moe", "mixture"],
  salary: ["salary", "salaries", "зарплата", "зарплаты", "зарплат", "pay", "paid", "платят", "зарабатывают", "earn", "зп"],
  hire: ["hire", "hires", "recruit", "recruits", "нанимает", "нанимают", "набирает"],
  fleet: ["fleet", "парк"],
  server: ["server", "servers", "сервер", "серверы", "серверов", "серверах"],
  hardware: ["hardware", "железо", "железа", "железом", "оборудование", "оборудования"],
  capex: ["capex", "капекс", "капитальные", "капитальных"],
  opex: ["opex", "опекс", "операционные", "операционных", "operating", "содержание", "running"],
  invest: ["invest", "invested", "investment", "investments", "вложил", "вложила", "вложения", "вложений", "инвестиции", "инвестиций"],
  fund: ["fund", "funds", "funded", "funding", "selffunded", "vc", "финансирует", "финансирование", "инвесторы", "investors", "спонсирует"],
  article: ["article", "статья", "статье", "статьи", "news", "новость", "новости", "ensigame"],
  release: ["release", "released", "вышел", "вышла", "выход", "выхода", "выпустили", "релиз", "launch", "launched"],
  license: ["license", "licence", "лицензия", "лицензией", "лицензии", "opensource", "опенсорс"],
  rent: ["rent", "rental", "renting", "аренда", "аренды", "арендовать", "cloud", "облако", "облаке"],
  spec: ["spec", "specs", "specification", "характеристики", "характеристик", "производительность", "performance", "fast", "быстрая", "мощность"],
  flop: ["flop", "flops", "флоп", "флопс", "терафлопс", "tflops", "tflop", "compute", "вычисления", "вычислений", "вычислительный"],
  layer: ["layer", "layers", "слой", "слоев", "слоя"],
  precision: ["precision", "точность", "точности", "fp8", "bf16"],
  technique: ["technique", "techniques", "secret", "секрет", "секрета", "секреты", "технология", "технологии", "innovation", "innovations", "инновации", "трюки", "tricks"],
  cheap: ["cheap", "cheaper", "дешевый", "дешевая", "дешевое", "дешево", "дешевле", "дешевизна", "дешевизны", "lowcost", "бюджетный", "бюджетная"],
  compare: ["vs", "versus", "против", "compared", "сравни", "сравнить", "сравнение", "раз", "times"],
  true: ["true", "правда", "правду", "really", "реально", "действительно", "claim", "claims"],
  include: ["include", "includes", "included", "входит", "входят", "включает", "учтено", "учтены", "вошли", "left"],
  together: ["together", "вместе", "сумме", "combined", "total", "общая", "общие", "итого"],
  memory: ["memory", "памяти", "память", "hbm", "hbm3"],
  success: ["success", "succeed", "успех", "успеха"],
  grow: ["grow", "growing", "growth", "растет", "рост", "дорожает"],
  fall: ["fall", "falls", "decline", "дешевеет", "падает"],
  year: ["year", "yearly", "annually", "год", "года", "лет", "годом"],
};

/** A word for one of these concepts also stands for the concepts listed ("на скольких H100" = GPUs). */
export const IMPLIES: Record<string, string[]> = {
  h100: ["gpu"],
  h800: ["gpu"],
  a100: ["gpu"],
  h200: ["gpu"],
  b200: ["gpu"],
};

/** Words that carry no meaning for matching: question words and fillers (RU and EN). */
export const STOPWORDS = new Set(
  (
    "а и в во на за у о об по с со к ко из от до для же ли ну вот это этот эта эти то так такой такая " +
    "бы был была было были есть мне меня я ты вы мы он она они его ее их что чтобы как какой какая какие каков " +
    "какую каким сколько скольких скольки скока скоко сколька этих этой этим этом уже еще очень да скажи подскажи расскажи пожалуйста привет бот скажите " +
    "интересно слышал слышала говорят слушай кстати вообще вроде типа именно ли либо или но мол ага " +
    "the a an of to in on for did does do is are was were be been it its how much many what which who " +
    "whom me tell please about by with at from that this these those i you we they and or just so " +
    "hey hi bot know there has have had can could would should will any some s t ll ve yo lol лол мой моя мое мои " +
    "говорит говорят сказал пишут use used using при be being take takes took went go goes get got " +
    "version версия версии версию"
  ).split(" "),
);
