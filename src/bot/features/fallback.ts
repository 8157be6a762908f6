import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";

/** Last in the chain: whatever no feature took gets a short hint in private chats, silence elsewhere. */
export const fallback = new Composer<BotContext>();

const privateChat = fallback.chatType("private");

privateChat.on("message::bot_command", async (ctx) => {
  await ctx.reply(t(ctx.lang).unknownCommand);
});

privateChat.on("message", async (ctx) => {
  await ctx.reply(t(ctx.lang).textOnly);
});

/** A button that nothing recognised (forged, or from an older version of the bot). */
fallback.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: t(ctx.lang).staleButton });
});
