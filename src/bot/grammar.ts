/**
 * Words the bot recognises in what people write, outside the calculator's parser
 * (src/calc/parse.ts) and the knowledge base's lexicon: grammar, not text anyone reads, so they
 * live here rather than in src/bot/locales, and the features hold no language of their own.
 */

/** Words that make a message with model names a comparison ("во сколько раз дешевле", "vs"). */
export const COMPARE_WORDS =
  /(?<![\p{L}])(?:vs\.?|versus|против|сравн\p{L}*|compare\p{L}*|дешевле|дороже|cheaper|pricier|more expensive|во сколько раз|how many times)(?![\p{L}])/iu;

/** Words that make a lone GPU count a cost question ("сколько будет стоить 4096 GPU?"). */
export const COST_WORDS = /сто(?:ит|ить|или|ил|ят)|стоимост|обойд|обошл|cost|price|how much|сколько/iu;

/** In keyword mode, a group message must look like a question about costs before it is matched. */
export const QUESTION_CUE = /\?|сколько|скольк|почем|во что|how much|how many|what did|cost|стоил|стоит|стоимость/iu;

/** "/settings on" / "/settings вкл", and off. */
export const SWITCH_ON = /(?<![\p{L}])(?:on|вкл\p{L}*)(?![\p{L}])/u;
export const SWITCH_OFF = /(?<![\p{L}])(?:off|выкл\p{L}*)(?![\p{L}])/u;
