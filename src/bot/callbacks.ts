/**
 * callback_data is short ASCII (Telegram allows 64 bytes): a one-letter kind and an argument.
 * Parsing is strict, so a forged or outdated button is recognised and answered as such.
 */
export const callback = {
  fact: (factId: string) => `f:${factId}`,
  topic: (topicId: string) => `t:${topicId}`,
  topics: () => "t:",
  lang: (lang: string) => `l:${lang}`,
  example: (index: number) => `e:${index}`,
} as const;

export const CALLBACK_PATTERNS = {
  fact: /^f:([a-z0-9.-]{1,60})$/,
  topic: /^t:([a-z0-9.-]{0,60})$/,
  lang: /^l:(ru|en)$/,
  example: /^e:(\d{1,2})$/,
} as const;
