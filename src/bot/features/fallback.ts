import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** Last in the chain: whatever no feature took gets a short hint in private chats, silence elsewhere. */
export const fallback = new Composer<BotContext>();

const privateChat = fallback.chatType("private");

privateChat.on("message::bot_command", async (ctx) => {
  await ctx.reply(ctx.t.errors.unknownCommand);
});

privateChat.on("message", async (ctx) => {
  await ctx.reply(ctx.t.errors.textOnly);
});

/** A button that nothing recognised (forged, or from an older version of the bot). */
fallback.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
});
