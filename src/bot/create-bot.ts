import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, type Middleware, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, BotDeps } from "./context.js";
import { account } from "./features/account.js";
import { calculator } from "./features/calculator.js";
import { compareFeature } from "./features/compare.js";
import { facts } from "./features/facts.js";
import { groups } from "./features/groups.js";
import { inline } from "./features/inline.js";
import { settings } from "./features/settings.js";
import { fallback } from "./features/fallback.js";
import { language } from "./features/language.js";
import { questions } from "./features/questions.js";
import { rankings } from "./features/rankings.js";
import { sources } from "./features/sources.js";
import { start } from "./features/start.js";
import { UpdateWrites } from "../db/update-writes.js";
import { DEFAULT_LANG, LANGS, listOf, t, type Lang } from "./locales/index.js";

export interface CreateBotOptions {
  token: string;
  deps: BotDeps;
  /** Bot API server root; Telegram's by default. */
  apiRoot?: string;
  /** Known bot info skips getMe: tests and the terminal chat run without any server. */
  botInfo?: UserFromGetMe;
  /** API transformers, e.g. to record outgoing calls in tests. */
  transformers?: Transformer[];
  /** Messages a user may send per time frame before the bot ignores them for a while. */
  rateLimits?: RateLimits;
}

export interface RateLimits {
  limit: number;
  timeFrameMs: number;
}

/** Far above what a person types, low enough to stop a flood from one account. */
export const DEFAULT_RATE_LIMITS: RateLimits = { limit: 20, timeFrameMs: 10_000 };

/** Per user: over the limit, input is ignored, with one polite notice per time frame. */
function rateLimit({ limit: max, timeFrameMs }: RateLimits) {
  return limit<BotContext, never>({
    timeFrame: timeFrameMs,
    limit: max,
    alwaysReply: false,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // The plugin does not await this; failures to notify are not worth a crash.
    onLimitExceeded: (ctx) => {
      if (ctx.callbackQuery) void ctx.answerCallbackQuery({ text: ctx.t.errors.slowDown }).catch(() => undefined);
      else if (ctx.chat?.type === "private") void ctx.reply(ctx.t.errors.slowDown).catch(() => undefined);
    },
  });
}

/**
 * What every handler may rely on: the dependencies, a logger whose lines say which update and chat they
 * are about, and the update's writes, committed once the update is handled (inside sequentialize, so the
 * chat's next update sees them).
 */
export function updateContext(deps: BotDeps): Middleware<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, ...(ctx.chat ? { chat_id: ctx.chat.id } : {}) });
    ctx.writes = new UpdateWrites(deps.repo, ctx.update.update_id);
    try {
      await next();
    } finally {
      ctx.writes.commit();
    }
  };
}

/** A failing handler must not leave the user without a word: log it, apologise once, carry on. */
export const apologiseOnError: Middleware<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    ctx.log.error({ err: error }, "update failed");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat?.type === "private") await ctx.reply((ctx.t ?? t(DEFAULT_LANG)).errors.generic).catch(() => undefined);
  }
};

/** Builds the bot with every feature installed. It does not start polling: the caller decides how it runs. */
export function createBot({
  token,
  deps,
  apiRoot,
  botInfo,
  transformers = [],
  rateLimits = DEFAULT_RATE_LIMITS,
}: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(botInfo ? { botInfo } : {}),
    ...(apiRoot ? { client: { apiRoot } } : {}),
  });
  for (const transformer of transformers) bot.api.config.use(transformer);

  // Concurrent across chats, in order within a chat, and per user in groups (so one slow chat
  // does not hold up the others). Only matters under @grammyjs/runner; harmless otherwise.
  bot.use(sequentialize(orderingKey));
  bot.use(updateContext(deps), apologiseOnError);

  // The features in order; the first that answers an update ends it.
  bot.use(
    language,
    rateLimit(rateLimits),
    groups,
    inline,
    settings,
    account,
    start,
    facts,
    sources,
    compareFeature,
    rankings,
    calculator,
    questions,
    fallback,
  );
  return bot;
}

/** Updates with the same key are handled one after another: a private chat, or a user in a group. */
export function orderingKey(ctx: Context): string | undefined {
  const chat = ctx.chat;
  if (!chat) return ctx.from ? `u:${ctx.from.id}` : undefined;
  if (chat.type === "group" || chat.type === "supergroup") return ctx.from ? `${chat.id}:${ctx.from.id}` : `${chat.id}`;
  return `${chat.id}`;
}

/** Commands shown in Telegram's menu, per language, for private chats and for groups. */
export function commandMenu(lang: Lang, where: "private" | "group" = "private") {
  const d = t(lang).commands;
  const all = {
    start: { command: "start", description: d.start },
    help: { command: "help", description: d.help },
    facts: { command: "facts", description: d.facts },
    compare: { command: "compare", description: d.compare },
    top: { command: "top", description: d.top },
    calc: { command: "calc", description: d.calc },
    sources: { command: "sources", description: d.sources },
    lang: { command: "lang", description: d.lang(listOf(lang, LANGS)) },
    settings: { command: "settings", description: d.settings },
    forget: { command: "forget", description: d.forget },
  };
  return where === "private"
    ? [all.start, all.help, all.facts, all.compare, all.top, all.calc, all.sources, all.lang, all.forget]
    : [all.compare, all.top, all.calc, all.facts, all.sources, all.settings, all.help];
}
