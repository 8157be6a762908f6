import { Composer, InlineKeyboard } from "grammy";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";
import { answerQuestion } from "../answers.js";

export const start = new Composer<BotContext>();

start.command("start", async (ctx) => {
  const m = t(ctx.lang);
  const keyboard = new InlineKeyboard();
  m.examples.forEach((example, i) => keyboard.text(example, callback.example(i)).row());
  await ctx.reply(m.start, { reply_markup: keyboard });
});

start.command("help", async (ctx) => {
  await ctx.reply(t(ctx.lang).help, { parse_mode: "HTML" });
});

/** An example button asks its question as if the user had typed it. */
start.callbackQuery(CALLBACK_PATTERNS.example, async (ctx) => {
  const question = t(ctx.lang).examples[Number(ctx.match[1])];
  if (question === undefined) {
    await ctx.answerCallbackQuery({ text: t(ctx.lang).staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerQuestion(ctx, question);
});
