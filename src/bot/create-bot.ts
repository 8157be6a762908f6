import { Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, BotDeps } from "./context.js";
import { calculator } from "./features/calculator.js";
import { compareFeature } from "./features/compare.js";
import { facts } from "./features/facts.js";
import { fallback } from "./features/fallback.js";
import { language } from "./features/language.js";
import { questions } from "./features/questions.js";
import { sources } from "./features/sources.js";
import { start } from "./features/start.js";
import { t } from "./i18n.js";

export interface CreateBotOptions {
  token: string;
  deps: BotDeps;
  /** Bot API server root; Telegram's by default. */
  apiRoot?: string;
  /** Known bot info skips getMe: tests and the terminal chat run without any server. */
  botInfo?: UserFromGetMe;
  /** API transformers, e.g. to record outgoing calls in tests. */
  transformers?: Transformer[];
}

/** Builds the bot with every feature installed. It does not start polling: the caller decides how it runs. */
export function createBot({ token, deps, apiRoot, botInfo, transformers = [] }: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(botInfo ? { botInfo } : {}),
    client: apiRoot ? { apiRoot } : {},
  });
  for (const transformer of transformers) bot.api.config.use(transformer);

  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    await next();
  });
  // A failing handler must not leave the user without a word: log it, apologise once, carry on.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      deps.logger.error("update failed", { updateId: ctx.update.update_id, error });
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      if (ctx.chat?.type === "private") await ctx.reply(t(ctx.lang ?? "en").error).catch(() => undefined);
    }
  });

  bot.use(language);
  bot.use(start);
  bot.use(facts);
  bot.use(sources);
  bot.use(compareFeature);
  bot.use(calculator);
  bot.use(questions);
  bot.use(fallback);
  return bot;
}

/** Commands shown in Telegram's menu, per language. */
export function commandMenu(lang: "ru" | "en") {
  const d = t(lang).commandDescriptions;
  return [
    { command: "start", description: d.start },
    { command: "help", description: d.help },
    { command: "facts", description: d.facts },
    { command: "compare", description: d.compare },
    { command: "calc", description: d.calc },
    { command: "sources", description: d.sources },
    { command: "lang", description: d.lang },
  ];
}
