import { Composer, InlineKeyboard } from "grammy";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { LANGS } from "../locales/index.js";
import { answerText } from "./questions.js";

export const start = new Composer<BotContext>();

start.command("start", async (ctx) => {
  const m = ctx.t.start;
  const keyboard = new InlineKeyboard();
  m.examples.forEach((example, i) => keyboard.text(example, callback.example(i)).row());
  await ctx.reply(m.greeting, { reply_markup: keyboard });
});

start.command("help", async (ctx) => {
  await ctx.reply(ctx.t.help.text(LANGS.join("|")), { parse_mode: "HTML" });
});

/** An example button asks its question as if the user had typed it. */
start.callbackQuery(CALLBACK_PATTERNS.example, async (ctx) => {
  const question = ctx.t.start.examples[Number(ctx.match[1])];
  if (question === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerText(ctx, question);
});
