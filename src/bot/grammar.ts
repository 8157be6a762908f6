import type { RankMeasure } from "../knowledge/rankings.js";

/**
 * Words the bot recognises in what people write, outside the calculator's parser
 * (src/calc/parse.ts) and the knowledge base's lexicon: grammar, not text anyone reads, so they
 * live here rather than in src/bot/locales, and the features hold no language of their own.
 */

/** In keyword mode, a group message must look like a question about costs before it is matched. */
export const QUESTION_CUE = /\?|сколько|скольк|почем|во что|how much|how many|what did|cost|стоил|стоит|стоимость/iu;

/** "/settings on" / "/settings вкл", and off. */
export const SWITCH_ON = /(?<![\p{L}])(?:on|вкл\p{L}*)(?![\p{L}])/u;
export const SWITCH_OFF = /(?<![\p{L}])(?:off|выкл\p{L}*)(?![\p{L}])/u;

/** /top's words for a trend rather than a list ("/top trend", "/top рост"). */
export const TREND_WORDS = /(?<![\p{L}])(?:trends?|тренд\p{L}*|growth|grow\p{L}*|рост\p{L}*|раст[её]т)(?![\p{L}])/iu;

/** /top's words for what to rank by, in either language; the first that matches wins. */
export const RANK_WORDS: readonly (readonly [RegExp, RankMeasure])[] = [
  [/(?<![\p{L}])(?:costs?|стоим\p{L}*|дорог\p{L}*|expensive|pric\p{L}*|цен\p{L}*|money|деньг\p{L}*|usd)(?![\p{L}])|\$/iu, "training_cost"],
  [/(?<![\p{L}])(?:compute|flops?|вычислен\p{L}*|компьют\p{L}*)(?![\p{L}])/iu, "training_compute"],
  [/(?<![\p{L}])(?:gpus?|chips?|чип\p{L}*|кластер\p{L}*|clusters?|hardware|гпу|видеокарт\p{L}*|ускорител\p{L}*)(?![\p{L}])/iu, "gpu_count"],
  [/(?<![\p{L}])(?:params?|parameters?|параметр\p{L}*|size|sizes|largest|размер\p{L}*)(?![\p{L}])/iu, "parameters"],
  [/(?<![\p{L}])(?:tokens?|токен\p{L}*|data|datasets?|данны\p{L}*)(?![\p{L}])/iu, "training_tokens"],
];

/** "/top 5": how many, a number that is not a year. */
export const RANK_COUNT = /(?<![\p{L}\d.,])(\d{1,2})(?![\p{L}\d.,])/u;
/** "/top 2024", "/top since 2023", "/top с 2024": from that year on. */
export const RANK_SINCE = /(?<![\p{L}\d])((?:19|20)\d\d)(?![\p{L}\d])/u;
